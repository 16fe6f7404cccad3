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

/// <summary>
/// <c>scoring evaluate FILE [--targets CSV] [--policy P] [--format table|json|csv|xlsx] [--out e.xlsx]</c>: the comprehensive evaluation
/// (综合评定) — self-evaluations, department figures and findings resolved, both totals per unit, the corrections,
/// and the ranking on the evaluated figures.
/// </summary>
public static class EvaluateCommand
{
    public static Command Build(CliServices s)
    {
        var file = new Argument<string>("FILE") { Description = "The proto3 JSON of an EvaluateRequest (as specs/examples/evaluation-2015.json; the same body POST /v1/evaluate takes)." };
        var targets = CommonOptions.Targets();
        var policy = CommonOptions.Policy();
        var format = CommonOptions.Format("table", "json", "csv", "xlsx");
        var output = new Option<string?>("--out") { Description = "With --format xlsx: where to write the evaluation workbook." };
        var bom = CsvOptions.Bom();
        var command = new Command("evaluate", "The comprehensive evaluation: self-evaluated and evaluated totals, corrections, ranking on the evaluated figures.") { file, targets, policy, format, output, bom };
        command.SetAction(r =>
        {
            var response = Evaluate(s, r.GetValue(file)!, r.GetValue(targets), r.GetValue(policy));
            switch (r.GetValue(format))
            {
                case "json": s.Terminal.Out.WriteLine(JsonFormatter.Default.Format(response)); break;
                case "csv": s.Terminal.Out.Write(Csv(response, r.GetValue(bom))); break;
                case "xlsx":
                    return WorkbookCommands.Save(s, r.GetValue(output) ?? throw CliFailure.Invalid("--out: required with --format xlsx"), EvaluationWorkbook.Write(response, s.Scoring.NoticeBasis(response.Assessment.RuleSetId)));
                default: Table(s, response); break;
            }
            return 0;
        });
        return command;
    }

    public static P.EvaluateResponse Evaluate(CliServices s, string path, string? targets, string? policy)
    {
        var (request, source) = Requests.Evaluate(path, targets, policy, s.Language);
        return s.Scoring.Evaluate(request, s.Language).OrFail(source, s.Language);
    }

    private static void Table(CliServices s, P.EvaluateResponse e)
    {
        var grades = e.Assessment.Groups.SelectMany(g => g.Units).ToDictionary(u => u.UnitCode);
        var table = new Table().Title("自评与核定对比").AddColumns("单位", "代码", "自评", "核定", "差", "等级", "核定依据");
        foreach (var u in e.Units)
            table.AddRow(Markup.Escape(u.Name), u.UnitCode, u.SelfEvaluated.Total, u.Evaluated.Total, u.TotalDifference,
                CliWords.Grade(grades[u.UnitCode].Grade),
                Markup.Escape(string.Join("\n", u.Corrections.Select(CliWords.Correction))));
        s.Terminal.Write(table);
        AssessCommand.Table(s, e.Assessment);
        foreach (var w in e.Warnings)
            s.Terminal.Out.WriteLine(s.Language == Language.En ? $"warning: {w.Field}: {w.Message}" : $"提示:{CliWords.Issue(w, s.Language)}");
        s.Terminal.Out.WriteLine($"inputs sha256 {e.Stamp.InputSha256}, kernel {e.Stamp.KernelVersion}");
    }

    public static string Csv(P.EvaluateResponse e, bool byteOrderMark = true)
    {
        var grades = e.Assessment.Groups.SelectMany(g => g.Units).ToDictionary(u => u.UnitCode);
        var rows = e.Units.Select(u =>
        {
            var g = grades[u.UnitCode];
            return (IReadOnlyList<CsvCell>)[u.UnitCode, u.Name, CsvCell.Number(u.SelfEvaluated.Total), CsvCell.Number(u.Evaluated.Total), CsvCell.Number(u.TotalDifference),
                u.Overstated ? "true" : "false", g.Rank == 0 ? "" : CsvCell.Number(g.Rank), ResultWords.GradeCode(g.Grade), CsvCell.Number(u.Corrections.Count)];
        });
        return CsvWriter.Write(["unit_code", "name", "self_evaluated_total", "evaluated_total", "difference", "overstated", "rank", "grade", "corrections"], rows, byteOrderMark);
    }
}
