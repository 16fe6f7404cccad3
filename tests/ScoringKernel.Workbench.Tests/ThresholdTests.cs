using Xunit;

namespace ScoringKernel.Workbench.Tests;

/// <summary>The three threshold questions of specs/docs/planners-guide.md (issue 27) asked and answered in 差距与可达, with their exact numbers.</summary>
[Collection(WorkbenchCollection.Name)]
public class ThresholdTests(WorkbenchFixture fixture)
{
    [Fact]
    public async Task The_county_group_s_reduction_target_keeps_six_counties_qualified_up_to_17_39_percent()
    {
        await using var w = await WorkbenchPage.Open(fixture, "margins/430424");
        // The defaults are this question: 县市组 减贫率目标, at least 6 of 县市组 qualified.
        var ends = await Ask(w);
        Assert.Equal(new[] { ("0", "17.39") }, ends);
        var summary = await w.Text("#thresholds-answer [data-summary]");
        Assert.Contains("0 % – 17.39 %", summary);
        Assert.Contains("县市组至少 6 个单位合格", summary);
        var high = await w.Text("#thresholds-answer td[data-end='high']");
        Assert.Contains("17.4", high);
        Assert.Contains("常宁市 总分 80.00 → 79.99", high);
        Assert.Contains("二类 → 不合格", high);
        Assert.DoesNotMatch("[A-Za-z]{4,}", await w.Text("#thresholds"));
        // How the answer was computed is kept in a closed 计算详情, out of the answer's text.
        Assert.Contains("断点", await w.Text("#thresholds-answer details.calc-details"));
        Assert.False(await w.Page.EvaluateExpressionAsync<bool>("document.querySelector('#thresholds-answer details.calc-details').open"));
        Assert.DoesNotContain("断点", await w.Page.EvaluateExpressionAsync<string>("[...document.querySelectorAll('#thresholds-answer > p')].map(p => p.textContent).join('')"));
        await w.Page.EvaluateExpressionAsync("document.getElementById('thresholds').scrollIntoView()");
        await w.Screenshot(Path.Combine(fixture.Out, "workbench-7-thresholds.png"));
        await w.Page.SetViewportAsync(new PuppeteerSharp.ViewPortOptions { Width = 1024, Height = 768 });
        await w.Page.EvaluateExpressionAsync("document.getElementById('thresholds').scrollIntoView()");
        await w.Screenshot(Path.Combine(fixture.Out, "workbench-7-thresholds-1024.png"));
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task Hengdong_is_Class_1_only_for_per_village_targets_from_30_24_to_33_03_wan()
    {
        await using var w = await WorkbenchPage.Open(fixture, "margins/430424");
        await w.Select("阈值目标列", "TARGET_FIELD_PER_VILLAGE_INVESTMENT_WAN");
        await w.Select("条件", "KIND_UNIT_CLASS_1");
        await w.Select("条件单位", "430424");
        await w.Type("范围终点(可空)", "100");
        Assert.Equal(new[] { ("30.24", "33.03") }, await Ask(w));
        Assert.Contains("衡南县", await w.Text("#thresholds-answer td[data-end='low']"));
        Assert.Contains("衡东县 总分 80.03 → 79.98", await w.Text("#thresholds-answer td[data-end='high']"));
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task Five_counties_stay_qualified_for_every_pass_line_up_to_84_59()
    {
        await using var w = await WorkbenchPage.Open(fixture, "margins/430424");
        await w.Select("阈值对象", "parameter");
        // The parameters named as the server's catalog names them.
        var options = await w.Page.EvaluateFunctionAsync<string[]>("(id) => [...document.getElementById(id).options].map(o => o.textContent)", await w.ControlId("阈值参数"));
        Assert.Equal("合格线(现为 80)", options[0]);
        Assert.Contains(options, o => o.StartsWith("附件1-一 减贫率差距(百分点) 每档扣分(现为 ", StringComparison.Ordinal));
        await w.Select("阈值参数", "pass_line");
        Assert.Equal("现值:80", await w.Text("#thresholds .now"));
        await w.Type("单位数 K", "5");
        Assert.Equal(new[] { ("0", "84.59") }, await Ask(w));
        Assert.Contains("衡山县 总分 84.59,二类 → 不合格", await w.Text("#thresholds-answer td[data-end='high']"));
        Assert.Empty(w.Errors);
    }

    private static async Task<(string, string)[]> Ask(WorkbenchPage w)
    {
        await w.Page.EvaluateExpressionAsync("document.getElementById('thresholds-answer').replaceChildren()");
        await w.ClickButton("求阈值");
        await w.Page.WaitForSelectorAsync("#thresholds-answer [data-summary]");
        var ends = await w.Page.EvaluateExpressionAsync<string[][]>(
            "[...document.querySelectorAll('#thresholds-answer tr[data-interval]')].map(tr => [tr.querySelector(\"[data-end='low']\").dataset.value, tr.querySelector(\"[data-end='high']\").dataset.value])");
        return ends.Select(e => (e[0], e[1])).ToArray();
    }
}
