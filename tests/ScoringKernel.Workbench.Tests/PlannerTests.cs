using Xunit;

namespace ScoringKernel.Workbench.Tests;

/// <summary>The planner questions of specs/docs/planners-guide.md through the page, and pickers a planner can read.</summary>
[Collection(WorkbenchCollection.Name)]
public class PlannerTests(WorkbenchFixture fixture)
{
    [Fact]
    public async Task A_17_5_percent_target_for_the_county_group_shows_each_current_value_and_drops_Changning_below_80()
    {
        await using var w = await WorkbenchPage.Open(fixture, "whatif");
        await w.Select("类型", "target");
        await w.Select("目标列", "TARGET_FIELD_REDUCTION_RATE_PERCENT");
        await w.Select("范围", "group:ASSESSMENT_GROUP_COUNTIES_AND_CITIES");
        // Before it is applied, the scope says what each unit has now.
        var now = await w.Text(".editor .now");
        Assert.Contains("常宁市 16.5", now);
        Assert.Contains("祁东县 17.5", now);
        Assert.Contains("衡阳县", now);
        Assert.DoesNotContain("珠晖区", now);
        await w.Type("取值", "17.5");
        await w.ClickButton("添加到方案1");
        await w.Page.WaitForSelectorAsync("#comparison td[data-scenario]");
        var cell = await w.Page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll(\"#comparison tr[data-unit='430482'] td\")].map(td => td.textContent)");
        Assert.Equal("80.89", cell[2]);
        Assert.StartsWith("79.89", cell[4]);
        Assert.Contains("合格线↓", cell[6]);
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task Hengdong_needs_821_wan_of_total_investment_and_a_total_of_95_28_for_Class_1_with_the_reason()
    {
        await using var w = await WorkbenchPage.Open(fixture, "margins/430424");
        var cells = await w.Page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll(\"tr[data-field='FIGURE_FIELD_TOTAL_INVESTMENT_WAN'] td\")].map(td => td.textContent)");
        Assert.Equal("700", cells[3]);
        Assert.Equal("821", cells[6]);
        Assert.Equal("+121", cells[7]);
        Assert.Contains("须达 95.28 分", cells[9]);
        Assert.Contains("附件1-八最多可扣 0.395 分", cells[9]);
        Assert.Equal("已达到合格线", cells[8][(cells[8].IndexOf(';') + 1)..]);
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task Every_picker_speaks_Chinese_and_a_yes_no_figure_is_chosen_as_是_or_否()
    {
        await using var w = await WorkbenchPage.Open(fixture, "whatif");
        await w.Select("类型", "parameter");
        var parameters = await w.Page.EvaluateFunctionAsync<string[]>("(id) => [...document.getElementById(id).options].map(o => o.textContent)", await w.ControlId("参数"));
        Assert.True(parameters.Length > 30);
        Assert.All(parameters, p => Assert.DoesNotMatch("[a-z_]{3,}", p));
        await w.Select("类型", "figure");
        var figures = await w.Page.EvaluateFunctionAsync<string[]>("(id) => [...document.getElementById(id).options].map(o => o.textContent)", await w.ControlId("指标"));
        Assert.Contains("违规违纪使用扶贫资金(是/否)", figures);
        Assert.All(figures, f => Assert.DoesNotContain("undefined", f));
        await w.Select("单位", "430405");
        await w.Select("指标", "FIGURE_FIELD_POVERTY_DAY_HELD");
        Assert.Contains("现值:", await w.Text(".editor .now"));
        var choices = await w.Page.EvaluateFunctionAsync<string[]>("(id) => [...document.getElementById(id).options].map(o => o.textContent)", await w.ControlId("取值"));
        Assert.Equal(new[] { "是", "否" }, choices);
        Assert.DoesNotContain("undefined", await w.Text("main"));
        Assert.Empty(w.Errors);
    }
}
