using ScoringKernel.Words;
using System.CommandLine;
using Google.Protobuf;
using ScoringKernel.Cli.Input;
using ScoringKernel.Cli.Output;
using ScoringKernel.Files;
using ScoringKernel.Files.Csv;
using ScoringKernel.Files.Workbooks;
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
            var response = Assess(s, path, r.GetValue(targets), r.GetValue(policy));
            switch (r.GetValue(format))
            {
                case "json": s.Terminal.Out.WriteLine(JsonFormatter.Default.Format(response)); break;
                case "csv": s.Terminal.Out.Write(Csv(response.Assessment, r.GetValue(bom))); break;
                case "xlsx":
                    return WorkbookCommands.Save(s, r.GetValue(output) ?? throw CliFailure.Invalid("--out: required with --format xlsx"), ResultWorkbook.Write(response.Assessment, s.Scoring.NoticeBasis(response.Assessment.RuleSetId)));
                default: Table(s, response.Assessment); s.Terminal.Out.WriteLine($"inputs sha256 {response.Stamp.InputSha256}, kernel {response.Stamp.KernelVersion}"); break;
            }
            return 0;
        });
        return command;
    }

    public static P.AssessResponse Assess(CliServices s, string path, string? targets, string? policy)
    {
        var (request, source) = Requests.Assess(path, targets, policy, s.Language);
        foreach (var warning in source.Warnings) s.Terminal.Error.WriteLine($"warning: {warning}");
        return s.Scoring.Assess(request, s.Language).OrFail(source, s.Language);
    }

    public static void Table(CliServices s, P.Assessment a)
    {
        s.Terminal.Out.WriteLine($"rule set {a.RuleSetId} v{a.RuleSetVersion}, unit policy {CliWords.Policy(a.UnitPolicy)}");
        foreach (var g in a.Groups)
        {
            var table = new Table().Title($"{CliWords.Group(g.Group)} (一类名额 {g.Class1Quota})").AddColumns("名次", "单位", "代码", "总分", "等级", "grade", "并列");
            foreach (var u in g.Units)
                table.AddRow(CliWords.Rank(u.Rank), Markup.Escape(u.Name), u.UnitCode, u.Total, CliWords.Grade(u.Grade), CliWords.GradeWord(u.Grade), u.TieUnresolved ? "tie_unresolved" : "");
            s.Terminal.Write(table);
        }
        foreach (var issue in a.TableIssues)
            s.Terminal.Out.WriteLine(s.Language == Language.En ? $"target table {issue.Severity}: {issue.Field}: {issue.Message}" : $"目标任务表{CliWords.Severity(issue.Severity, s.Language)}:{CliWords.Issue(issue, s.Language)}");
        foreach (var issue in a.ConsistencyWarnings)
            s.Terminal.Out.WriteLine(s.Language == Language.En ? $"figures {issue.Severity}: {issue.Field}: {issue.Message}" : $"指标数据{CliWords.Severity(issue.Severity, s.Language)}:{CliWords.Issue(issue, s.Language)}");
    }

    /// <summary>One RFC 4180 record per unit: names and words as guarded text, totals, ranks and scores as numbers.</summary>
    public static string Csv(P.Assessment a, bool byteOrderMark = true)
    {
        var cards = a.ScoreCards.ToDictionary(c => c.UnitCode);
        var header = new[] { "unit_code", "name", "group", "total", "rank", "grade", "tie_unresolved" }.Concat(Enumerable.Range(1, 10).Select(i => $"indicator_{i}")).ToList();
        var rows = a.Groups.SelectMany(g => g.Units.Select(u => (IReadOnlyList<CsvCell>)[
            u.UnitCode, u.Name, ResultWords.Group(g.Group), CsvCell.Number(u.Total), u.Rank == 0 ? "" : CsvCell.Number(u.Rank), ResultWords.GradeCode(u.Grade),
            u.TieUnresolved ? "true" : "false", .. cards[u.UnitCode].IndicatorScores.Select(x => CsvCell.Number(x.Score))]));
        return CsvWriter.Write(header, rows, byteOrderMark);
    }
}
