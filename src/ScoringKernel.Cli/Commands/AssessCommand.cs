using ScoringKernel.Words;
using System.CommandLine;
using Google.Protobuf;
using ScoringKernel.Application;
using Assessed = ScoringKernel.Application.Scoring.Assessed;
using Evaluated = ScoringKernel.Application.Scoring.Evaluated;
using ScoringKernel.Cli.Input;
using ScoringKernel.Cli.Output;
using ScoringKernel.Files;
using ScoringKernel.Files.Csv;
using ScoringKernel.Files.Workbooks;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Rules;
using Spectre.Console;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Cli.Commands;

/// <summary><c>scoring assess FILE [--targets CSV] [--policy P] [--format table|json|csv]</c>: scores, ranks and grades.</summary>
public static class AssessCommand
{
    public static Command Build(CliServices s)
    {
        var file = CommonOptions.File();
        var targets = CommonOptions.Targets();
        var policy = CommonOptions.Policy();
        var format = CommonOptions.Format("table", "json", "csv", "xlsx");
        var output = new Option<string?>("--out") { Description = "With --format xlsx: where to write the result workbook." };
        var bom = CsvOptions.Bom();
        var command = new Command("assess", "Score every unit, rank each group and grade.") { file, targets, policy, format, output, bom };
        command.SetAction(r =>
        {
            var path = r.GetValue(file)!;
            if (r.GetValue(format) == "json")
            {
                // The JSON output is the wire's answer, as POST /v1/assess gives it.
                s.Terminal.Out.WriteLine(JsonFormatter.Default.Format(Assess(s, path, r.GetValue(targets), r.GetValue(policy))));
                return 0;
            }
            var assessed = Assessed(s, path, r.GetValue(targets), r.GetValue(policy));
            switch (r.GetValue(format))
            {
                case "csv": s.Terminal.Out.Write(Csv(assessed.Rules, assessed.Assessment, r.GetValue(bom))); break;
                case "xlsx":
                    return WorkbookCommands.Save(s, r.GetValue(output) ?? throw CliFailure.Invalid("--out: required with --format xlsx"),
                        ResultWorkbook.Write(assessed.Rules, assessed.Assessment, assessed.Explainer, s.Scoring.NoticeBasis(assessed.Rules.Id)));
                default: Table(s, assessed.Rules, assessed.Assessment); s.Terminal.Out.WriteLine($"inputs sha256 {assessed.Stamp.InputSha256}, kernel {assessed.Stamp.KernelVersion}"); break;
            }
            return 0;
        });
        return command;
    }

    /// <summary>The wire's answer, for the JSON output.</summary>
    public static P.AssessResponse Assess(CliServices s, string path, string? targets, string? policy)
    {
        var (request, source) = Read(s, path, targets, policy);
        return s.Scoring.Assess(request, s.Language).OrFail(source, s.Language);
    }

    /// <summary>The assessment as the kernel made it, for the tables and the files.</summary>
    public static Assessed Assessed(CliServices s, string path, string? targets, string? policy)
    {
        var (request, source) = Read(s, path, targets, policy);
        return s.Scoring.AssessedOf(request).OrFail(source, s.Language);
    }

    private static (P.AssessRequest Request, InputSource Source) Read(CliServices s, string path, string? targets, string? policy)
    {
        var (request, source) = Requests.Assess(path, targets, policy, s.Language);
        foreach (var warning in source.Warnings) s.Terminal.Error.WriteLine($"warning: {warning}");
        return (request, source);
    }

    public static void Table(CliServices s, RuleSet rules, Assessment a)
    {
        s.Terminal.Out.WriteLine($"rule set {a.RuleSetId} v{a.RuleSetVersion}, unit policy {ResultWords.PolicyCode(rules.Policy)}");
        foreach (var g in a.Groups)
        {
            var table = new Table().Title($"{Labels.Group(g.Group)} (一类名额 {g.Class1Quota})").AddColumns("名次", "单位", "代码", "总分", "等级", "grade", "并列");
            foreach (var u in g.Units)
                table.AddRow(ResultWords.Rank(u.Rank), Markup.Escape(u.Name), u.Unit.Value, ResultWords.Score(u.Total, rules.ScoreDecimals), Labels.Grade(u.Grade), ResultWords.GradeCode(u.Grade), u.TieUnresolved ? "tie_unresolved" : "");
            s.Terminal.Write(table);
        }
        foreach (var issue in a.TableIssues)
            s.Terminal.Out.WriteLine(s.Language == Language.En ? $"target table {issue.Severity}: {CliWords.Issue(issue, s.Language)}" : $"目标任务表{Labels.Severity(issue.Severity, s.Language)}:{CliWords.Issue(issue, s.Language)}");
        foreach (var issue in a.ConsistencyWarnings)
            s.Terminal.Out.WriteLine(s.Language == Language.En ? $"figures {issue.Severity}: {CliWords.Issue(issue, s.Language)}" : $"指标数据{Labels.Severity(issue.Severity, s.Language)}:{CliWords.Issue(issue, s.Language)}");
    }

    /// <summary>One RFC 4180 record per unit: names and words as guarded text, totals, ranks and scores as numbers.</summary>
    public static string Csv(RuleSet rules, Assessment a, bool byteOrderMark = true)
    {
        var cards = a.Cards.ToDictionary(c => c.Unit);
        string S(decimal score) => ResultWords.Score(score, rules.ScoreDecimals);
        var header = new[] { "unit_code", "name", "group", "total", "rank", "grade", "tie_unresolved" }.Concat(Enumerable.Range(1, 10).Select(i => $"indicator_{i}")).ToList();
        var rows = a.Groups.SelectMany(g => g.Units.Select(u => (IReadOnlyList<CsvCell>)[
            u.Unit.Value, u.Name, Labels.Group(g.Group), CsvCell.Number(S(u.Total)), u.Rank.Match(CsvCell.Number, () => ""), ResultWords.GradeCode(u.Grade),
            u.TieUnresolved ? "true" : "false", .. cards[u.Unit].Indicators.Select(x => CsvCell.Number(S(x.Score)))]));
        return CsvWriter.Write(header, rows, byteOrderMark);
    }
}
