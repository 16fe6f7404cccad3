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
        // A year of this test's own (the other round test publishes 2015).
        await using var w = await WorkbenchPage.Open(fixture, "round/2017");
        await Act(w, "开启本年度考核");
        await w.Select("自评单位", "430405");
        await Act(w, "提交自评");

        // The unit's figure changed in the workbench, then its self-evaluation sent again.
        await w.Go("figures/430405");
        var id = "figure-house_renovation-households_renovated";
        var before = await w.Page.EvaluateFunctionAsync<string>("(id) => document.getElementById(id).value", id);
        await w.Page.EvaluateFunctionAsync("(id) => { document.getElementById(id).value = ''; }", id);
        await w.Page.TypeAsync($"#{id}", "9");
        await w.Page.WaitForFunctionAsync("() => document.getElementById('status').textContent.includes('已更新')");
        await w.Go("round/2017");
        await w.Select("自评单位", "430405");
        await Act(w, "提交自评");
        await w.Select("发现单位", "430405");
        await w.Select("发现指标", "FIGURE_FIELD_HOUSEHOLDS_RENOVATED");
        await w.Type("核实取值", "7");
        await w.Type("说明", "入户核查危房改造户数");
        await w.Type("检查人", "王芳");
        await Act(w, "记录检查发现");

        await w.Select("记录单位", "430405");
        try { await w.Page.WaitForSelectorAsync($"#round-history tr[data-path='{Renovated}']", new PuppeteerSharp.WaitForSelectorOptions { Timeout = 10_000 }); }
        catch (PuppeteerSharp.WaitTaskTimeoutException) { throw new Xunit.Sdk.XunitException($"no history: {await w.Text("#round-history")} {await w.Text("#status")} {string.Join("; ", w.Errors)}"); }
        var rows = await w.Page.EvaluateFunctionAsync<string[][]>(
            "(p) => [...document.querySelectorAll(`#round-history tr[data-path='${p}']`)].map(tr => [...tr.querySelectorAll('td')].map(td => td.textContent))", Renovated);
        Assert.Equal(3, rows.Length);
        Assert.Equal(["(首次填报)", before, "自评"], rows[0][2..5]);
        Assert.Equal([before, "9", "自评"], rows[1][2..5]);
        Assert.Equal(["9", "7"], rows[2][2..4]);
        Assert.StartsWith("检查发现", rows[2][4]);
        Assert.Contains("王芳", rows[2][5]);
        Assert.All(rows, r => Assert.Equal("开发模式(无证书)", r[1]));
        // The finding is said by its figure, date and inspector, never by the round's internal id.
        Assert.Contains("王芳", rows[2][4]);
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
        await w.Page.EvaluateExpressionAsync("localStorage.removeItem('scoringkernel.workbench.draft')");
    }

    private static async Task Act(WorkbenchPage w, string button)
    {
        var before = await w.Page.EvaluateExpressionAsync<string>("document.getElementById('status').textContent");
        // The view is drawn again after the act: wait for that drawing, not for the one before.
        await w.Page.EvaluateExpressionAsync("document.getElementById('view').removeAttribute('data-view')");
        await w.ClickButton(button);
        await w.Page.WaitForFunctionAsync("(before) => document.getElementById('status').textContent !== before", before);
        var status = await w.Text("#status");
        Assert.False(status.Contains("未完成"), $"{button}: {status} {await w.Text("#round-messages")}");
        await w.WaitForView("round");
    }
}
