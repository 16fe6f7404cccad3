using System.Text.Json;
using Xunit;

namespace ScoringKernel.Workbench.Tests;

/// <summary>The history of every figure in the round view: who changed which figure when, before → after, from which source.</summary>
[Collection(WorkbenchCollection.Name)]
public class RoundHistoryTests(WorkbenchFixture fixture)
{
    private const string Renovated = "house_renovation.households_renovated";

    [Fact]
    public async Task A_figure_changed_by_a_second_self_evaluation_and_a_finding_shows_each_change_with_who_when_and_the_source()
    {
        // A year of this test's own (the year test publishes 2015), under the 2015 rule set chosen for it.
        await using var w = await WorkbenchPage.Open(fixture, "round/2017", demo: false);
        await w.Select("考核规则", "hengyang-2015");
        await RoundYearTests.Act(w, "year", "开启该年度考核");
        await RoundYearTests.Upload(w, await RoundYearTests.FiguresWorkbook(fixture));
        await w.Page.WaitForSelectorAsync("#import-preview table.preview");
        await RoundYearTests.Act(w, "import", "确认导入");

        // 珠晖区's figure changed in its self-evaluation form: a second version, confirmed with the change named.
        await w.Select("自评单位", "430405");
        var input = $"#round-self input[data-path='{Renovated}']";
        var before = await w.Page.EvaluateFunctionAsync<string>("(s) => document.querySelector(s).value", input);
        await RoundYearTests.TypeInto(w, input, "9");
        await w.Page.EvaluateExpressionAsync("document.getElementById('view').removeAttribute('data-view')");
        await w.ClickButton("提交 珠晖区 的自评");
        await w.Page.WaitForSelectorAsync("dialog#confirm[open]");
        Assert.Contains($"危房改造户数 {before} → 9", await w.Text("dialog#confirm"));
        Assert.Contains("第 2 版", await w.Text("dialog#confirm"));
        await w.ClickButton("确认提交");
        await w.Page.WaitForSelectorAsync("main[data-view='round'] #feedback-self .done");
        await w.Select("发现单位", "430405");
        await w.Select("发现指标", "FIGURE_FIELD_HOUSEHOLDS_RENOVATED");
        await w.Type("数值", "7");
        await w.Type("说明", "入户核查危房改造户数");
        await w.Type("检查人", "王芳");
        await RoundYearTests.Act(w, "findings", "记录检查发现");

        await w.Select("记录单位", "430405");
        try { await w.Page.WaitForSelectorAsync($"#round-history tr[data-path='{Renovated}']", new PuppeteerSharp.WaitForSelectorOptions { Timeout = 10_000 }); }
        catch (PuppeteerSharp.WaitTaskTimeoutException) { throw new Xunit.Sdk.XunitException($"no history: {await w.Text("#round-history")} {await w.Text("#status")} {string.Join("; ", w.Errors)}"); }
        var rows = await w.Page.EvaluateFunctionAsync<string[][]>(
            "(p) => [...document.querySelectorAll(`#round-history tr[data-path='${p}']`)].map(tr => [...tr.querySelectorAll('td')].map(td => td.textContent))", Renovated);
        Assert.Equal(3, rows.Length);
        Assert.Equal(["(首次填报)", $"{before} 户", "自评", "报送自评(第 1 版)"], rows[0][2..6]);
        Assert.Equal([$"{before} 户", "9 户", "自评", "报送自评(第 2 版)"], rows[1][2..6]);
        Assert.Equal(["9 户", "7 户"], rows[2][2..4]);
        Assert.All(rows, r => Assert.Equal("开发模式(无证书)", r[1]));
        // The finding is said by its figure, date and inspector, built from the change's finding_id and the round's
        // finding (never the round's internal id, never a sentence of the server's rewritten).
        var findingDate = await w.Page.EvaluateExpressionAsync<string>("document.querySelector('#round-findings tr[data-finding] td:nth-child(5)').textContent");
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", findingDate);
        Assert.Equal($"检查发现(危房改造户数,{findingDate},检查人 王芳)", rows[2][4]);
        Assert.Equal("年终考核记录:入户核查危房改造户数", rows[2][5]);
        Assert.DoesNotContain("f-", await w.Text("#round-history"));
        Assert.DoesNotContain("development", await w.Text("main"));
        Assert.Contains("危房改造户数", await w.Text($"#round-history tr[data-path='{Renovated}'] th"));

        await w.SectionShots("#round-history", fixture.Out, "round-history");
        // What the page shows is the API's history, change by change.
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("accept-language", "zh-CN");
        var answer = JsonDocument.Parse(await http.GetStringAsync($"{fixture.Address}/v1/rounds/2017/events?unitCode=430405"));
        var changes = answer.RootElement.GetProperty("entries").EnumerateArray()
            .SelectMany(e => e.TryGetProperty("changes", out var c) ? c.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Where(c => c.GetProperty("path").GetString() == Renovated)
            .Select(c => (c.TryGetProperty("before", out var b) ? b.GetString() ?? "" : "", c.GetProperty("after").GetString() ?? "")).ToArray();
        var shown = await w.Page.EvaluateFunctionAsync<string[][]>(
            "(p) => [...document.querySelectorAll(`#round-history tr[data-path='${p}']`)].map(tr => [tr.querySelector('[data-before]').dataset.before, tr.querySelector('[data-after]').dataset.after])", Renovated);
        Assert.Equal(changes, shown.Select(s => (s[0], s[1])).ToArray());

        // Only the changed figures by default; every figure on asking.
        var changedOnly = await w.Page.EvaluateExpressionAsync<int>("document.querySelectorAll('#round-history tbody th').length");
        await w.Select("显示", "all");
        await w.Page.WaitForFunctionAsync("(n) => document.querySelectorAll('#round-history tbody th').length > n", changedOnly);
        Assert.Empty(w.Errors);
    }
}
