using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace ScoringKernel.Workbench.Tests;

/// <summary>"+20 %" and "+5" in what-if: each unit's new value shown before it is applied, exact, and scored by the API.</summary>
[Collection(WorkbenchCollection.Name)]
public class RelativeChangeTests(WorkbenchFixture fixture)
{
    [Fact]
    public async Task Plus_20_percent_on_the_county_group_s_reduction_target_shows_each_unit_s_new_target_and_the_API_s_totals()
    {
        await using var w = await WorkbenchPage.Open(fixture, "whatif");
        await w.Select("类型", "target");
        await w.Select("目标列", "TARGET_FIELD_REDUCTION_RATE_PERCENT");
        await w.Select("范围", "group:ASSESSMENT_GROUP_COUNTIES_AND_CITIES");
        await w.Select("改变方式", "percent");
        await w.Type("取值", "20");
        // Before it is applied: every unit of the scope with its own value and what it becomes, in exact decimals.
        var preview = await w.Text(".editor .now");
        Assert.Contains("常宁市 16.5 → 19.8(升)", preview);
        Assert.Contains("祁东县 17.5 → 21(升)", preview);
        Assert.DoesNotContain("珠晖区", preview);
        var targets = await w.Page.EvaluateExpressionAsync<JsonElement[]>(
            "window.workbench.state.assessment.scoreCards.filter(c => c.group === 'ASSESSMENT_GROUP_COUNTIES_AND_CITIES').map(c => ({ code: c.unitCode, now: window.workbench.state.targets.rows.find(r => r.code === c.unitCode).reductionRatePercent }))");
        await w.SectionShots(".editor", fixture.Out, "whatif-percent");
        await w.ClickButton("添加到方案1");
        await w.Page.WaitForSelectorAsync("#comparison td[data-scenario]");
        Assert.Contains("按百分比增减", await w.Text("ul.overrides"));
        var shown = await w.Page.EvaluateExpressionAsync<Dictionary<string, string>>(
            "Object.fromEntries([...document.querySelectorAll('#comparison tr[data-unit]')].map(tr => [tr.dataset.unit, tr.querySelector('td[data-scenario]').dataset.total]))");

        // The API asked directly, each county's target × 1.2 computed here in decimal.
        var overrides = new JsonArray(targets.Select(t => (JsonNode)new JsonObject
        {
            ["target"] = new JsonObject
            {
                ["unitCode"] = t.GetProperty("code").GetString(), ["field"] = "TARGET_FIELD_REDUCTION_RATE_PERCENT",
                ["value"] = (decimal.Parse(t.GetProperty("now").GetString()!, CultureInfo.InvariantCulture) * 1.2m).ToString(CultureInfo.InvariantCulture),
            },
        }).ToArray());
        var expected = await CompareTotals(overrides);
        Assert.Equal(12, shown.Count);
        Assert.Equal(expected, shown);
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task Plus_5_on_the_pass_line_shows_80_to_85_and_a_keystroke_changes_the_percentage_in_place()
    {
        await using var w = await WorkbenchPage.Open(fixture, "whatif");
        await w.Select("类型", "parameter");
        await w.Select("参数", "pass_line");
        Assert.Equal("现值:80", await w.Text(".editor .now"));
        await w.Select("改变方式", "add");
        await w.Type("取值", "5");
        Assert.Equal("现值 → 新值:80 → 85(升)", await w.Text(".editor .now"));
        await w.Select("改变方式", "percent");
        Assert.Equal("现值 → 新值:80 → 84(升)", await w.Text(".editor .now"));
        await w.Type("取值", "-2.5");
        Assert.Equal("现值 → 新值:80 → 78(降)", await w.Text(".editor .now"));
        await w.ClickButton("添加到方案1");
        await w.Page.WaitForSelectorAsync("#comparison td[data-scenario]");
        var row = await w.Text("ul.overrides");
        Assert.Contains("合格线(现为 80),按百分比增减(%)", row);
        Assert.Contains("80 → 78(降)", row);
        Assert.Empty(w.Errors);
    }

    private async Task<Dictionary<string, string>> CompareTotals(JsonArray overrides)
    {
        var root = Path.GetDirectoryName(fixture.Out)!;
        var body = new JsonObject
        {
            ["base"] = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(root, "specs", "examples", "illustrative-2015.json"))),
            ["scenarios"] = new JsonArray(new JsonObject { ["name"] = "方案1", ["overrides"] = overrides }),
        };
        using var http = new HttpClient();
        using var content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        var answer = JsonDocument.Parse(await (await http.PostAsync($"{fixture.Address}/v1/scenarios:compare", content)).Content.ReadAsStringAsync());
        return answer.RootElement.GetProperty("comparisons")[0].GetProperty("units").EnumerateArray()
            .ToDictionary(u => u.GetProperty("unitCode").GetString()!, u => u.GetProperty("totalAfter").GetString()!);
    }
}
