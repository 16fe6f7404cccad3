using System.CommandLine;
using ScoringKernel.Cli.Input;
using ScoringKernel.Files.Workbooks;
using ScoringKernel.Core.Targets;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Cli.Commands;

/// <summary>
/// <c>scoring template [--out figures.xlsx] [--targets CSV]</c>: the empty figures workbook with every unit listed;
/// <c>scoring figures FILE.json --out figures.xlsx</c>: a request's figures as a filled workbook.
/// </summary>
public static class WorkbookCommands
{
    public static Command Template(CliServices s)
    {
        var output = new Option<string>("--out") { Description = "Where to write the workbook.", DefaultValueFactory = _ => "figures.xlsx" };
        var targets = CommonOptions.Targets();
        var command = new Command("template", "Write the empty figures workbook (单位指标, 贫困村, 说明) with every scored unit listed.") { output, targets };
        command.SetAction(r =>
        {
            var table = r.GetValue(targets) is { } csv ? Requests.Targets(csv, s.Language) : EmbeddedTargets.Table2015;
            return Save(s, r.GetValue(output)!, FiguresWorkbook.Template(table));
        });
        return command;
    }

    public static Command Figures(CliServices s)
    {
        var file = CommonOptions.File();
        var output = new Option<string>("--out") { Required = true, Description = "Where to write the workbook." };
        var command = new Command("figures", "Write a request's figures as a filled figures workbook (an evaluation's with its 部门数据 and 检查发现).") { file, output };
        command.SetAction(r =>
        {
            if (Requests.IsEvaluation(r.GetValue(file)!))
            {
                var (evaluation, evaluationSource) = Requests.Evaluate(r.GetValue(file)!, null, null, s.Language);
                var evaluated = s.Scoring.EvaluatedOf(evaluation).OrFail(evaluationSource, s.Language);
                var unitNames = evaluated.Result.Units.ToDictionary(u => u.Unit.Value, u => u.Name);
                return Save(s, r.GetValue(output)!, FiguresWorkbook.Write(evaluation, code => unitNames.GetValueOrDefault(code, "")));
            }
            var (request, source) = Requests.Assess(r.GetValue(file)!, null, null, s.Language);
            // The request is checked as any request is before it is written out: a workbook of bad figures helps nobody.
            var assessed = s.Scoring.AssessedOf(request).OrFail(source, s.Language);
            var names = assessed.Assessment.Cards.ToDictionary(c => c.Unit.Value, c => c.Name);
            return Save(s, r.GetValue(output)!, FiguresWorkbook.Write(request, code => names.GetValueOrDefault(code, "")));
        });
        return command;
    }

    public static int Save(CliServices s, string path, byte[] workbook)
    {
        try { File.WriteAllBytes(path, workbook); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw CliFailure.Invalid($"{path}: cannot write the file: {e.Message}");
        }
        s.Terminal.Out.WriteLine($"wrote {path}");
        return 0;
    }
}
