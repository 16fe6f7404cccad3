using ScoringKernel.Words;
using System.CommandLine;
using Google.Protobuf;
using ScoringKernel.Cli.Input;
using Spectre.Console;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Cli.Commands;

/// <summary><c>scoring margins FILE UNIT [--goal pass_line|class_1|both]</c>: the exact change of each input that reaches the goal.</summary>
public static class MarginsCommand
{
    public static Command Build(CliServices s)
    {
        var file = CommonOptions.File();
        var unit = new Argument<string>("UNIT") { Description = "The unit's GB/T 2260 code, e.g. 430424." };
        var goal = new Option<string>("--goal") { Description = "pass_line, class_1 or both.", DefaultValueFactory = _ => "both" };
        goal.AcceptOnlyFromAmong("pass_line", "class_1", "both");
        var format = CommonOptions.Format("table", "json");
        var command = new Command("margins", "For one unit and each input it controls, the smallest change that reaches the pass line or Class 1.") { file, unit, goal, format };
        command.SetAction(r =>
        {
            var path = r.GetValue(file)!;
            var (request, source) = Requests.Assess(path, null, null, s.Language);
            var reply = s.Scenarios.Margins(new P.GetMarginsRequest
            {
                Base = request,
                UnitCode = r.GetValue(unit)!,
                Goal = r.GetValue(goal) switch { "pass_line" => P.Goal.PassLine, "class_1" => P.Goal.Class1, _ => P.Goal.Unspecified },
            }).OrFail(source, s.Language);
            if (r.GetValue(format) == "json") { s.Terminal.Out.WriteLine(JsonFormatter.Default.Format(reply)); return 0; }
            var table = new Table().AddColumns("goal", "input", "status", "current", "required", "change", "needs total", "why");
            foreach (var m in reply.Margins)
                table.AddRow(m.Goal == P.Goal.PassLine ? "pass line" : "Class 1", Input(m.Field), Status(m.Status), m.Current, m.Required, m.Change, m.ThresholdTotal, Markup.Escape(s.Language == Language.En || m.LocalizedReason is null ? m.Reason : m.LocalizedReason.Message));
            s.Terminal.Write(table);
            return 0;
        });
        return command;
    }

    private static string Input(P.FigureField field) => field.ToString();

    private static string Status(P.MarginStatus status) => status switch
    {
        P.MarginStatus.Met => "met",
        P.MarginStatus.Reachable => "reachable",
        P.MarginStatus.Unreachable => "unreachable",
        _ => "?",
    };
}
