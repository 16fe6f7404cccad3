using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace ScoringKernel.Workbench.Tests;

/// <summary>The poor villages of a unit edited row by row: each change checked by the server, its problem at the row.</summary>
[Collection(WorkbenchCollection.Name)]
public class VillageTests(WorkbenchFixture fixture)
{
    private const string Investment = "input[data-village='0'][data-part='projectInvestmentWan']";

    [Fact]
    public async Task Editing_a_village_s_investment_changes_the_unit_s_total_to_the_API_s_value()
    {
        await using var w = await WorkbenchPage.Open(fixture, "figures/430405");
        await w.Page.WaitForSelectorAsync(Investment);
        Assert.Equal(5, await w.Page.EvaluateExpressionAsync<int>("document.querySelectorAll('table.villages tbody tr').length"));
        var before = await w.Page.EvaluateExpressionAsync<string>("document.querySelector('#figures-total [data-total]').dataset.total");

        await w.Page.EvaluateFunctionAsync("(s) => { document.querySelector(s).value = ''; }", Investment);
        await w.Page.TypeAsync(Investment, "10");
        await w.Page.WaitForFunctionAsync("(b) => document.querySelector('#figures-total [data-total]').dataset.total !== b", before);
        var shown = await w.Page.EvaluateExpressionAsync<string>("document.querySelector('#figures-total [data-total]').dataset.total");

        await w.SectionShots("#villages", fixture.Out, "villages");
        // The same change asked of the API directly.
        var request = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Path.GetDirectoryName(fixture.Out)!, "specs", "examples", "illustrative-2015.json")))!;
        var unit = request["units"]!.AsArray().Single(u => (string)u!["unitCode"]! == "430405")!;
        unit["villageAssistance"]!["villages"]![0]!["projectInvestmentWan"] = "10";
        Assert.Equal(await TotalOf(request, "430405"), shown);
        Assert.NotEqual(before, shown);
        // The ranking shows the same total.
        await w.Go("ranking");
        Assert.Equal(shown, await w.Page.EvaluateExpressionAsync<string>("document.querySelector(\"tr[data-unit='430405'] td:nth-child(4)\").textContent"));
        Assert.Empty(w.Errors);
        await w.Page.EvaluateExpressionAsync("localStorage.removeItem('scoringkernel.workbench.draft')");
    }

    [Fact]
    public async Task A_negative_investment_is_refused_at_its_row_in_Chinese_and_rows_are_added_and_removed()
    {
        await using var w = await WorkbenchPage.Open(fixture, "figures/430406");
        await w.Page.WaitForSelectorAsync(Investment);
        await w.Page.EvaluateFunctionAsync("(s) => { document.querySelector(s).value = ''; }", Investment);
        await w.Page.TypeAsync(Investment, "-5");
        await w.Page.WaitForSelectorAsync($"{Investment}[aria-invalid='true']");
        Assert.Equal("不能为负数(填写了 -5)", await w.Text("#village-0-error"));

        // A row removed, then added back; a third row is more than the target table's 2 villages: refused, said in Chinese.
        await w.Page.EvaluateExpressionAsync("document.querySelector(\"tr[data-village='1'] button\").click()");
        await w.Page.WaitForFunctionAsync("() => document.querySelectorAll('table.villages tbody tr').length === 1");
        Assert.Single(await w.Page.EvaluateExpressionAsync<JsonElement[]>("window.workbench.state.request.units.find(u => u.unitCode === '430406').villageAssistance.villages"));
        await w.ClickButton("新增贫困村");
        await w.Page.WaitForFunctionAsync("() => document.querySelectorAll('table.villages tbody tr').length === 2");
        Assert.Equal("村002", await w.Page.EvaluateExpressionAsync<string>("document.querySelector(\"input[data-village='1'][data-part='name']\").value"));
        await w.ClickButton("新增贫困村");
        await w.Page.WaitForFunctionAsync("() => document.getElementById('village-message').textContent !== ''");
        Assert.Equal("无法新增贫困村:填报了 3 个贫困村,但目标任务表中 雁峰区 只有 2 个贫困村", await w.Text("#village-message"));
        await w.Page.EvaluateExpressionAsync("document.getElementById('villages').scrollIntoView()");
        await w.Screenshot(Path.Combine(fixture.Out, "workbench-villages-full-1366.png"));
        // The reason is beside the button it answers.
        Assert.True(await w.Page.EvaluateExpressionAsync<bool>(
            "(() => { const b = [...document.querySelectorAll('button')].find(x => x.textContent === '新增贫困村'); return b.nextElementSibling?.id === 'village-message' && b.getAttribute('aria-describedby') === 'village-message'; })()"));
        Assert.Equal(2, await w.Page.EvaluateExpressionAsync<int>("document.querySelectorAll('table.villages tbody tr').length"));
        Assert.DoesNotContain(w.Errors, e => !e.Contains("status of 400"));
        await w.Page.EvaluateExpressionAsync("localStorage.removeItem('scoringkernel.workbench.draft')");
    }

    [Fact]
    public async Task In_evaluation_mode_a_village_edit_is_the_office_s_correction_with_its_note()
    {
        await using var w = await WorkbenchPage.Open(fixture, "figures");
        await w.ClickButton("载入综合评定示例");
        await w.Page.WaitForFunctionAsync("() => document.getElementById('source').textContent.includes('综合评定')");
        await w.Go("figures/430405");
        await w.Page.WaitForSelectorAsync(Investment);
        await w.Type("更正说明", "核查村001台账");
        var before = await w.Page.EvaluateExpressionAsync<string>("document.querySelector('#figures-total [data-total]').dataset.total");
        await w.Page.EvaluateFunctionAsync("(s) => { document.querySelector(s).value = ''; }", Investment);
        await w.Page.TypeAsync(Investment, "12");
        await w.Page.WaitForFunctionAsync("(b) => document.querySelector('#figures-total [data-total]').dataset.total !== b", before);
        Assert.Contains("作为核定更正", await w.Text("#status"));
        var finding = await w.Page.EvaluateExpressionAsync<JsonElement>(
            "window.workbench.state.evaluation.submissions.find(s => s.selfEvaluation.unitCode === '430405').findings.find(f => f.figure.village?.name === '村001')");
        Assert.Equal("12", finding.GetProperty("value").GetString());
        Assert.Equal("核查村001台账", finding.GetProperty("note").GetString());
        // The self-evaluation keeps the unit's own figure; the card says what the office corrected.
        Assert.Equal("30", await w.Page.EvaluateExpressionAsync<string>(
            "window.workbench.state.evaluation.submissions.find(s => s.selfEvaluation.unitCode === '430405').selfEvaluation.villageAssistance.villages[0].projectInvestmentWan"));
        await w.Go("unit/430405");
        Assert.Contains("核查村001台账", await w.Text("section.sources"));
        Assert.Empty(w.Errors);
        await w.Page.EvaluateExpressionAsync("localStorage.removeItem('scoringkernel.workbench.draft')");
    }

    private async Task<string> TotalOf(JsonNode request, string code)
    {
        using var http = new HttpClient();
        using var body = new StringContent(request.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        var answer = JsonDocument.Parse(await (await http.PostAsync($"{fixture.Address}/v1/assess", body)).Content.ReadAsStringAsync());
        return answer.RootElement.GetProperty("assessment").GetProperty("scoreCards").EnumerateArray()
            .Single(c => c.GetProperty("unitCode").GetString() == code).GetProperty("total").GetString()!;
    }
}
