using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Google.Protobuf;
using ScoringKernel.Contracts.V1;
using Xunit;

namespace ScoringKernel.Cli.Tests;

/// <summary><c>scoring evaluate</c>, <c>explain</c> and <c>report</c> on specs/examples/evaluation-2015.json.</summary>
public class EvaluateCommandTests
{
    [Fact]
    public void Evaluate_prints_both_totals_and_the_corrections_and_ranks_on_the_evaluated_figures()
    {
        var run = CliRun.En("evaluate", CliRun.Evaluation, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var reply = JsonParser.Default.Parse<EvaluateResponse>(run.Out);
        var changning = reply.Units.Single(u => u.UnitCode == "430482");
        Assert.Equal(("80.89", "79.69"), (changning.SelfEvaluated.Total, changning.Evaluated.Total));
        Assert.Equal(new[] { "430406", "430424", "430482" }, reply.Units.Where(u => u.Corrections.Count > 0).Select(u => u.UnitCode));
        Assert.Equal(Grade.Unqualified, reply.Assessment.Groups.SelectMany(g => g.Units).Single(u => u.UnitCode == "430482").Grade);

        var csv = CliRun.En("evaluate", CliRun.Evaluation, "--format", "csv");
        Assert.Equal(0, csv.ExitCode);
        Assert.Contains("430482,常宁市,80.89,79.69,-1.20,true,6,unqualified,1", csv.Out);
        Assert.Contains("430424,衡东县,94.67,95.32,0.65,false,3,class_1,1", csv.Out);

        var table = CliRun.En("evaluate", CliRun.Evaluation);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("自评与核定对比", table.Out);
        Assert.Contains("warning: submissions[7].departments[0].figures[0]", table.Out);
    }

    [Fact]
    public void Explain_shows_a_unit_s_corrections_when_given_an_evaluation()
    {
        var run = CliRun.En("explain", CliRun.Evaluation, "430482");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("self-evaluated 80.89, evaluated 79.69", run.Out);
        Assert.Contains("house_renovation.households_renovated", run.Out);
        Assert.Contains("年终考核 2015-12-18", run.Out);
        Assert.Contains("overstated", run.Out);
    }

    [Fact]
    public void The_notice_compares_self_evaluated_and_evaluated_totals_and_lists_the_overstated_units()
    {
        var path = Path.Combine(Path.GetTempPath(), $"notice-{Guid.NewGuid():N}.html");
        var run = CliRun.En("report", CliRun.Evaluation, "--out", path);
        Assert.Equal(0, run.ExitCode);
        var doc = new HtmlParser().ParseDocument(File.ReadAllText(path));

        var section = doc.QuerySelector("section.evaluation")!;
        Assert.Equal("自评与核定对比", section.QuerySelector("h2")!.TextContent);
        var rows = section.QuerySelectorAll("table.self-evaluation tbody tr").ToDictionary(r => r.GetAttribute("data-unit")!);
        Assert.Equal(12, rows.Count);
        Assert.Equal(("80.89", "79.69"), (rows["430482"].GetAttribute("data-self"), rows["430482"].GetAttribute("data-evaluated")));
        var correction = rows["430482"].QuerySelector(".correction")!;
        Assert.Equal("house_renovation.households_renovated", correction.GetAttribute("data-path"));
        Assert.Contains("其中4户为2014年度已验收项目", correction.TextContent);
        Assert.Equal(2, rows["430406"].QuerySelectorAll(".correction").Length);
        Assert.Equal("按自评", rows["430421"].Children[5].TextContent);

        var overstated = section.QuerySelector("p.callout.overstated")!;
        Assert.Equal(new[] { "430482" }, overstated.QuerySelectorAll("[data-unit]").Select(e => e.GetAttribute("data-unit")));
        // The ranking above it is the evaluated one: 常宁市 below 80 is called out for criticism.
        Assert.Contains("常宁市", doc.QuerySelector("p.callout.unqualified")!.TextContent);
    }

    [Theory]
    [InlineData("\"field\": \"FIGURE_FIELD_HOUSEHOLDS_RENOVATED\"", "\"field\": 99", "submissions[11].findings[0].figure.field")]
    [InlineData("\"department\": \"DEPARTMENT_FINANCE_BUREAU\"", "\"department\": 99", "submissions[8].departments[0].department")]
    [InlineData("\"name\": \"村001\",\n                  \"field\": \"VILLAGE_FIELD_RESIDENT_TEAM\"", "\"name\": \"无此村\",\n                  \"field\": \"VILLAGE_FIELD_RESIDENT_TEAM\"", "submissions[1].departments[0].figures[0].figure.village.name")]
    public void A_bad_evaluation_file_exits_2_naming_the_field_and_nothing_is_printed(string from, string to, string field)
    {
        var text = File.ReadAllText(CliRun.Evaluation);
        Assert.Contains(from, text);
        var path = CliRun.Temp("bad-evaluation.json", text.Replace(from, to));
        var run = CliRun.En("evaluate", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(field, run.Error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Two_findings_that_disagree_exit_2_naming_both()
    {
        var request = JsonParser.Default.Parse<EvaluateRequest>(File.ReadAllText(CliRun.Evaluation));
        var findings = request.Submissions.Single(s => s.SelfEvaluation.UnitCode == "430482").Findings;
        var second = findings[0].Clone();
        second.Value = "46";
        findings.Add(second);
        var run = CliRun.En("evaluate", CliRun.Temp("conflict.json", JsonFormatter.Default.Format(request)));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("submissions[11].findings[1].value: Attachment 1-4 dilapidated houses renovated: year-end review 2015-12-18 gives 46, but year-end review 2015-12-18 gives 44 at finding #1", run.Error);
        var zh = CliRun.Of("evaluate", CliRun.Temp("conflict.json", JsonFormatter.Default.Format(request)));
        Assert.Contains("常宁市 · 第2条检查发现 · 数值:附件1-四 危房改造户数:年终考核 2015-12-18 为 46,而第1条检查发现(年终考核 2015-12-18)为 44;同一级别的来源必须一致", zh.Error);
        Assert.Equal("", run.Out);
    }
}
