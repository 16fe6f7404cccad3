using Xunit;

namespace ScoringKernel.Workbench.Tests;

/// <summary>Every unit's card opens, from the plain example and after loading the evaluation example, with no error on the page.</summary>
[Collection(WorkbenchCollection.Name)]
public class EvaluationCardTests(WorkbenchFixture fixture)
{
    [Fact]
    public async Task Every_unit_s_card_opens_in_plain_and_in_evaluation_mode_without_an_error()
    {
        await using var w = await WorkbenchPage.Open(fixture, "unit");
        var codes = await w.Page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('main select option')].map(o => o.value)");
        Assert.Equal(12, codes.Length);
        foreach (var code in codes) await OpenCard(w, code, evaluation: false);

        await w.Go("figures");
        await w.ClickButton("载入综合评定示例");
        await w.Page.WaitForFunctionAsync("() => document.getElementById('source').textContent.includes('综合评定')");
        await w.Go("unit");
        Assert.DoesNotContain("出错", await w.Text("main"));
        foreach (var code in codes) await OpenCard(w, code, evaluation: true);
        Assert.Empty(w.Errors);
    }

    private static async Task OpenCard(WorkbenchPage w, string code, bool evaluation)
    {
        await w.Page.EvaluateExpressionAsync("document.getElementById('view').removeAttribute('data-view')");
        await w.Go($"unit/{code}");
        await w.Page.WaitForFunctionAsync($"() => document.querySelector('main [data-total]')?.closest('main') && document.querySelector('main select')?.value === '{code}'");
        var text = await w.Text("main");
        Assert.DoesNotContain("出错", text);
        Assert.Equal(10, await w.Page.EvaluateExpressionAsync<int>("document.querySelectorAll('section.indicator').length"));
        // In evaluation mode every card says both totals: the self-evaluated and the evaluated.
        if (evaluation) Assert.Contains("核定", await w.Text("section.sources h3"));
        else Assert.Equal(0, await w.Page.EvaluateExpressionAsync<int>("document.querySelectorAll('section.sources').length"));
    }
}
