using System.Text;
using PuppeteerSharp;
using Xunit;

namespace ScoringKernel.Workbench.Tests;

/// <summary>
/// What a clerk walking a year met: the round changed by another session while the page was open (said and shown when
/// the clerk comes back to the page, and before a write is confirmed), a self-evaluation checked before it is confirmed,
/// and one print button on the notice.
/// </summary>
[Collection(WorkbenchCollection.Name)]
public class RoundClerkWalkTests(WorkbenchFixture fixture)
{
    private const string Year = "2018", Zhuhui = "430405";
    private const string Renovated = "house_renovation.households_renovated";

    [Fact]
    public async Task A_round_changed_elsewhere_is_read_again_on_return_and_before_a_confirm_and_a_self_evaluation_is_checked_before_it_is_confirmed()
    {
        // A year of this test's own, under the 2015 rule set, every unit's self-evaluation imported.
        await using var w = await WorkbenchPage.Open(fixture, $"round/{Year}", demo: false);
        await w.Select("考核规则", "hengyang-2015");
        await RoundYearTests.Act(w, "year", "开启该年度考核");
        await RoundYearTests.Upload(w, await RoundYearTests.FiguresWorkbook(fixture));
        await w.Page.WaitForSelectorAsync("#import-preview table.preview");
        await RoundYearTests.Act(w, "import", "确认导入");
        await w.Page.WaitForSelectorAsync("[data-status='ROUND_STATUS_OPEN']");

        // Another session closes submissions; the clerk comes back to the page: the round is read again and said changed.
        using var other = new HttpClient();
        other.DefaultRequestHeaders.Add("accept-language", "zh-CN");
        await Post(other, "/v1/rounds:closeSubmissions", $"{{\"year\":{Year},\"reason\":\"另一位办事员截止报送\"}}");
        await w.Page.EvaluateExpressionAsync("document.dispatchEvent(new Event('visibilitychange'))");
        await w.Page.WaitForSelectorAsync("[data-status='ROUND_STATUS_CLOSED']");
        Assert.Contains("已在别处更改(状态:进行中 → 报送截止)", await w.Text("#round-changed"));
        Assert.Contains("报送截止", await w.Page.EvaluateFunctionAsync<string>("(id) => document.getElementById(id).selectedOptions[0].textContent", await w.ControlId("考核年度")));
        await w.ClickButton("知道了");

        // Another session reopens submissions; the clerk, still seeing 报送截止, asks to approve: the round is read
        // again before the question, so nothing is asked or sent and the view shows the round as it now is.
        await Post(other, "/v1/rounds:reopenSubmissions", $"{{\"year\":{Year},\"reason\":\"另一位办事员恢复报送\"}}");
        await w.Page.EvaluateExpressionAsync("document.getElementById('view').removeAttribute('data-view')");
        await w.ClickButton("审定(领导小组)");
        await w.Page.WaitForSelectorAsync("main[data-view='round'] [data-status='ROUND_STATUS_OPEN']");
        Assert.Null(await w.Page.QuerySelectorAsync("dialog#confirm"));
        Assert.Contains("审定(领导小组):未执行", await w.Text("#feedback-stage"));
        Assert.Contains("已在别处更改(状态:报送截止 → 进行中)", await w.Text("#round-changed"));
        var round = await other.GetStringAsync($"{fixture.Address}/v1/rounds/{Year}");
        Assert.Contains("ROUND_STATUS_OPEN", round);

        // Text that is no number in a count: said at its figure in the form's words, not in the request body's terms
        // (found by a clerk's walk: "第1行第101列 · 数据.poverty_reduction.persons_lifted").
        await w.Select("自评单位", Zhuhui);
        var input = $"#round-self input[data-path='{Renovated}']";
        await RoundYearTests.TypeInto(w, input, "abc");
        await w.ClickButton($"提交 珠晖区 的自评");
        await w.Page.WaitForSelectorAsync("#feedback-self table");
        var notANumber = await w.Text("#feedback-self");
        Assert.Contains("危房改造户数", notANumber);
        Assert.Contains("不能为“abc”", notANumber);
        Assert.DoesNotContain("第1行", notANumber);
        Assert.Null(await w.Page.QuerySelectorAsync("dialog#confirm"));

        // A self-evaluation with a negative figure: the server's check first, its problem shown, no question asked.
        await RoundYearTests.TypeInto(w, input, "-5");
        await w.ClickButton($"提交 珠晖区 的自评");
        await w.Page.WaitForFunctionAsync("() => document.querySelector('#feedback-self')?.textContent.includes('不能为负数')");
        Assert.Null(await w.Page.QuerySelectorAsync("dialog#confirm"));
        // A valid one, typed in full-width digits: read as the workbook reads it, then asked to confirm.
        await RoundYearTests.TypeInto(w, input, "１２");
        await w.ClickButton($"提交 珠晖区 的自评");
        await w.Page.WaitForSelectorAsync("dialog#confirm[open]");
        Assert.Contains("→ 12", await w.Text("dialog#confirm"));
        await w.ClickButton("取消");

        // A finding's value refused: its problem names the field by the word the form labels it with.
        await w.Select("发现单位", Zhuhui);
        await w.Select("发现指标", "FIGURE_FIELD_HOUSEHOLDS_RENOVATED");
        await w.Type("数值", "七");
        await w.Type("说明", "入户核查");
        await w.Type("检查人", "王芳");
        await w.ClickButton("记录检查发现");
        await w.Page.WaitForSelectorAsync("#feedback-findings table");
        var column = await w.Text("#feedback-findings table tbody tr td:nth-child(2)");
        Assert.True(column.Contains("数值", StringComparison.Ordinal), $"the problem's column: {column}");
        // The refused check is a 400 the browser logs; nothing else went wrong.
        Assert.DoesNotContain(w.Errors, e => !e.Contains("status of 400", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_notice_view_has_one_way_to_print()
    {
        await using var w = await WorkbenchPage.Open(fixture, "notice");
        await w.Page.WaitForSelectorAsync("article.notice");
        var printing = await w.Page.EvaluateExpressionAsync<string[]>(
            "[...document.querySelectorAll('main button, main a')].map(e => e.textContent.trim()).filter(t => t.includes('打印'))");
        Assert.Equal(["打印通报"], printing);
        Assert.Contains("下载通报(.docx)", await w.Text("main .no-print"));
        Assert.Empty(w.Errors);
    }

    private async Task Post(HttpClient http, string path, string json)
    {
        var response = await http.PostAsync($"{fixture.Address}{path}", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
