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
            if (r.GetValue(format) == "json")
            {
                // The JSON output is the wire's answer, as POST /v1/evaluate gives it.
                s.Terminal.Out.WriteLine(JsonFormatter.Default.Format(Evaluate(s, r.GetValue(file)!, r.GetValue(targets), r.GetValue(policy))));
                return 0;
            }
            var evaluated = Evaluated(s, r.GetValue(file)!, r.GetValue(targets), r.GetValue(policy));
            switch (r.GetValue(format))
            {
                case "csv": s.Terminal.Out.Write(Csv(evaluated, r.GetValue(bom))); break;
                case "xlsx":
                    return WorkbookCommands.Save(s, r.GetValue(output) ?? throw CliFailure.Invalid("--out: required with --format xlsx"),
                        EvaluationWorkbook.Write(evaluated.Rules, evaluated.Result, evaluated.Resolved, s.Scoring.NoticeBasis(evaluated.Rules.Id)));
                default: Table(s, evaluated); break;
            }
            return 0;
        });
        return command;
    }

    /// <summary>The wire's answer, for the JSON output.</summary>
    public static P.EvaluateResponse Evaluate(CliServices s, string path, string? targets, string? policy)
    {
        var (request, source) = Requests.Evaluate(path, targets, policy, s.Language);
        return s.Scoring.Evaluate(request, s.Language).OrFail(source, s.Language);
    }

    /// <summary>The evaluation as the kernel made it, for the tables and the files.</summary>
    public static Evaluated Evaluated(CliServices s, string path, string? targets, string? policy)
    {
        var (request, source) = Requests.Evaluate(path, targets, policy, s.Language);
        return s.Scoring.EvaluatedOf(request).OrFail(source, s.Language);
    }

    private static void Table(CliServices s, Evaluated evaluated)
    {
        var e = evaluated.Result;
        var decimals = evaluated.Rules.ScoreDecimals;
        var grades = e.Assessment.Groups.SelectMany(g => g.Units).ToDictionary(u => u.Unit);
        var table = new Table().Title("自评与核定对比").AddColumns("单位", "代码", "自评", "核定", "差", "等级", "核定依据");
        foreach (var u in e.Units)
            table.AddRow(Markup.Escape(u.Name), u.Unit.Value, ResultWords.Score(u.SelfEvaluated.Total, decimals), ResultWords.Score(u.Evaluated.Total, decimals), ResultWords.Score(u.TotalDifference, decimals),
                Labels.Grade(grades[u.Unit].Grade),
                Markup.Escape(string.Join("\n", u.Corrections.Select(ResultWords.Correction))));
        s.Terminal.Write(table);
        AssessCommand.Table(s, evaluated.Rules, e.Assessment);
        foreach (var w in e.Warnings)
            s.Terminal.Out.WriteLine(s.Language == Language.En ? $"warning: {CliWords.Issue(w, s.Language)}" : $"提示:{CliWords.Issue(w, s.Language)}");
        s.Terminal.Out.WriteLine($"inputs sha256 {evaluated.Stamp.InputSha256}, kernel {evaluated.Stamp.KernelVersion}");
    }

    public static string Csv(Evaluated evaluated, bool byteOrderMark = true)
    {
        var e = evaluated.Result;
        string S(decimal score) => ResultWords.Score(score, evaluated.Rules.ScoreDecimals);
        var grades = e.Assessment.Groups.SelectMany(g => g.Units).ToDictionary(u => u.Unit);
        var rows = e.Units.Select(u =>
        {
            var g = grades[u.Unit];
            return (IReadOnlyList<CsvCell>)[u.Unit.Value, u.Name, CsvCell.Number(S(u.SelfEvaluated.Total)), CsvCell.Number(S(u.Evaluated.Total)), CsvCell.Number(S(u.TotalDifference)),
                u.Overstated ? "true" : "false", g.Rank.Match(CsvCell.Number, () => ""), ResultWords.GradeCode(g.Grade), CsvCell.Number(u.Corrections.Count)];
        });
        return CsvWriter.Write(["unit_code", "name", "self_evaluated_total", "evaluated_total", "difference", "overstated", "rank", "grade", "corrections"], rows, byteOrderMark);
    }
}
