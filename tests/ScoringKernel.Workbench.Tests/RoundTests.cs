using Xunit;

namespace ScoringKernel.Workbench.Tests;

/// <summary>The year's round through the page: open, a self-evaluation, a department's figure, a finding, the evaluation, approval and publication.</summary>
[Collection(WorkbenchCollection.Name)]
public class RoundTests(WorkbenchFixture fixture)
{
    [Fact]
    public async Task The_2015_round_is_opened_filled_evaluated_approved_and_published_from_the_page()
    {
        await using var w = await WorkbenchPage.Open(fixture, "round/2015");
        if (await w.Page.EvaluateExpressionAsync<bool>("[...document.querySelectorAll('button')].some(b => b.textContent === '开启本年度考核')"))
        {
            await w.ClickButton("开启本年度考核");
            await w.Page.WaitForSelectorAsync("[data-status='ROUND_STATUS_OPEN']");
        }
        Assert.Equal(12, await w.Page.EvaluateExpressionAsync<int>("document.querySelectorAll('tr[data-unit]').length"));

        // One self-evaluation: 珠晖区's figures as loaded in the workbench.
        await w.Select("自评单位", "430405");
        await Act(w, "提交自评");
        await w.Page.WaitForFunctionAsync("() => document.querySelector(\"tr[data-unit='430405'] td[data-source='self']\").textContent.includes('第1版')");
        var self = await w.Text("tr[data-unit='430405'] td[data-source='self']");
        Assert.Contains("开发模式(无证书)", self);
        Assert.Equal("珠晖区 的自评已提交(第 1 版)", await w.Text("#status"));
        Assert.Contains("自评", await w.Text("tr[data-unit='430406'] td[data-missing]"));
        Assert.DoesNotContain("自评", await w.Text("tr[data-unit='430405'] td[data-missing]"));

        // A department's figure: the statistics bureau's persons lifted for 珠晖区.
        await w.Select("部门单位", "430405");
        await w.Select("部门", "DEPARTMENT_STATISTICS_BUREAU");
        await w.Select("部门指标", "FIGURE_FIELD_PERSONS_LIFTED");
        await w.Type("部门取值", "820");
        await Act(w, "提交部门数据");
        await w.Page.WaitForFunctionAsync("() => document.querySelector(\"tr[data-unit='430405'] td[data-source='DEPARTMENT_STATISTICS_BUREAU']\").textContent.includes('第1版')");

        // A finding by an inspector, with its date and note.
        await w.Select("发现单位", "430405");
        await w.Select("发现指标", "FIGURE_FIELD_HOUSEHOLDS_RENOVATED");
        await w.Type("核实取值", "3");
        await w.Type("说明", "年终检查实地核实危房改造户数");
        await w.Type("检查人", "李明");
        await Act(w, "记录检查发现");
        await w.Page.WaitForFunctionAsync("() => document.querySelector(\"tr[data-unit='430405'] td[data-source='findings']\").textContent.includes('李明')");

        // The evaluation waits for every self-evaluation, and says so in Chinese.
        await w.ClickButton("综合评定");
        await w.Page.WaitForSelectorAsync("#round-messages table.problems");
        Assert.Contains("没有报送自评", await w.Text("#round-messages"));
        // Submitting every unit's self-evaluation from the invented example asks first, and says what it would submit.
        await w.ClickButton("提交全部单位自评");
        await w.Page.WaitForSelectorAsync("dialog#confirm[open]");
        var question = await w.Text("dialog#confirm");
        Assert.Contains("示例数据(虚构)", question);
        Assert.Contains("虚构的示例数据", question);
        Assert.Contains("12 个单位", question);
        await w.ClickButton("取消");
        Assert.Contains("已取消", await w.Text("#status"));
        Assert.Contains("未交", await w.Text("tr[data-unit='430406'] td[data-source='self']"));
        await Act(w, "提交全部单位自评", "确认提交");
        await w.Page.WaitForFunctionAsync("() => !document.querySelector('td[data-source=self]')?.closest('tbody').textContent.includes('未交')");
        await Act(w, "综合评定");
        await w.Page.WaitForSelectorAsync("#round-evaluation tr[data-unit='430405']");
        var row = await w.Text("#round-evaluation tr[data-unit='430405']");
        Assert.Contains("年终检查实地核实危房改造户数", row);
        Assert.Contains("820", row);
        // The finding is said by its figure, date and inspector; the check kinds in the server's words.
        Assert.DoesNotContain("f-", await w.Text("tr[data-unit='430405'] td[data-source='findings']"));
        Assert.Contains("危房改造", await w.Text("tr[data-unit='430405'] td[data-source='findings']"));
        Assert.DoesNotContain("f-", row);
        Assert.Equal(["年终考核", "平时检查"], await w.Page.EvaluateFunctionAsync<string[]>("(id) => [...document.getElementById(id).options].map(o => o.text)", await w.ControlId("检查类别")));

        // Approval and publication each ask first, naming the evaluation's digest and its units.
        var digest = await w.Page.EvaluateExpressionAsync<string>("document.querySelector('[data-digest]').dataset.digest.slice(0, 12)");
        await w.ClickButton("审定(领导小组)");
        await w.Page.WaitForSelectorAsync("dialog#confirm[open]");
        Assert.Contains(digest, await w.Text("dialog#confirm"));
        Assert.Contains("共 12 个单位", await w.Text("dialog#confirm"));
        await w.ClickButton("取消");
        Assert.Equal("ROUND_STATUS_OPEN", await w.Page.EvaluateExpressionAsync<string>("document.querySelector('[data-status]').dataset.status"));
        await w.Screenshot(Path.Combine(fixture.Out, "workbench-round.png"));
        await w.ClickButton("发布通报");
        await w.Page.WaitForSelectorAsync("dialog#confirm[open]");
        Assert.Contains(digest, await w.Text("dialog#confirm"));
        await w.Screenshot(Path.Combine(fixture.Out, "workbench-round-confirm.png"));
        await w.ClickButton("取消");

        await Act(w, "审定(领导小组)", "确认审定");
        await w.Page.WaitForSelectorAsync("[data-status='ROUND_STATUS_APPROVED']");
        await Act(w, "发布通报", "确认发布");
        await w.Page.WaitForSelectorAsync("[data-status='ROUND_STATUS_PUBLISHED']");
        Assert.Contains("已通报", await w.Text("main h2"));
        // The one refusal (the evaluation asked too early) is the only failed request.
        Assert.DoesNotContain(w.Errors, e => !e.Contains("status of 409") && !e.Contains("status of 412") && !e.Contains("status of 400"));
        Assert.Single(w.Errors);
    }

    private static async Task Act(WorkbenchPage w, string button, string? confirm = null)
    {
        var before = await w.Page.EvaluateExpressionAsync<string>("document.getElementById('status').textContent");
        await w.ClickButton(button);
        if (confirm is not null)
        {
            await w.Page.WaitForSelectorAsync("dialog#confirm[open]");
            await w.ClickButton(confirm);
        }
        await w.Page.WaitForFunctionAsync("(before) => document.getElementById('status').textContent !== before", before);
        var status = await w.Text("#status");
        Assert.False(status.Contains("未完成"), $"{button}: {status} {await w.Text("#round-messages")}");
        await w.WaitForView("round");
    }
}
