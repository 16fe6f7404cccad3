using System.CommandLine;
using Google.Protobuf;
using ScoringKernel.Cli.Input;
using ScoringKernel.Cli.Output;
using Spectre.Console;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Cli.Commands;

/// <summary><c>scoring compare BASE SCENARIO...</c>: each scenario (proto3 JSON of a Scenario) against the base.</summary>
public static class CompareCommand
{
    public static Command Build(CliServices s)
    {
        var file = CommonOptions.File();
        var scenarios = new Argument<string[]>("SCENARIO") { Description = "Scenario files: proto3 JSON of scoringkernel.v1.Scenario (a name and overrides).", Arity = ArgumentArity.OneOrMore };
        var format = CommonOptions.Format("table", "json");
        var command = new Command("compare", "Compare scenarios with a base: score, rank and grade changes, and who crosses the pass line or the Class 1 boundary.") { file, scenarios, format };
        command.SetAction(r =>
        {
            var path = r.GetValue(file)!;
            var (baseRequest, source) = Requests.Assess(path, null, null, s.Language);
            var request = new P.CompareScenariosRequest { Base = baseRequest };
            foreach (var scenarioPath in r.GetValue(scenarios)!)
                request.Scenarios.Add(InputSource.Read<P.Scenario>(scenarioPath, s.Language).Message);
            var reply = s.Scenarios.Compare(request, s.Language).OrFail(source, s.Language);
            if (r.GetValue(format) == "json") { s.Terminal.Out.WriteLine(JsonFormatter.Default.Format(reply)); return 0; }
            foreach (var c in reply.Comparisons) Print(s, c);
            return 0;
        });
        return command;
    }

    internal static void Print(CliServices s, P.ScenarioComparison c)
    {
        var table = new Table().Title(Markup.Escape($"scenario: {c.Scenario}")).AddColumns("单位", "代码", "组", "总分", "Δ", "名次", "等级", "crossings");
        foreach (var u in c.Units)
            table.AddRow(Markup.Escape(u.Name), u.UnitCode, CliWords.Group(u.Group), $"{u.TotalBefore} → {u.TotalAfter}", u.TotalDelta,
                $"{CliWords.Rank(u.RankBefore)} → {CliWords.Rank(u.RankAfter)}", $"{CliWords.Grade(u.GradeBefore)} → {CliWords.Grade(u.GradeAfter)}",
                string.Join(", ", u.Crossings.Select(x => $"{Crossing(x.Boundary)} {(x.Direction == P.Crossing.Types.Direction.Up ? "↑" : "↓")}")));
        s.Terminal.Write(table);
        foreach (var g in c.Groups)
            s.Terminal.Out.WriteLine($"{CliWords.Group(g.Group)}: " + string.Join("; ", g.Grades.Where(x => x.Before != 0 || x.After != 0).Select(x => $"{CliWords.Grade(x.Grade)} {x.Before} → {x.After}"))
                + $"; crossed up {g.CrossedUp}, down {g.CrossedDown}");
    }

    private static string Crossing(P.Crossing.Types.Boundary b) => b switch
    {
        P.Crossing.Types.Boundary.PassLine => "pass line",
        P.Crossing.Types.Boundary.Class1 => "Class 1",
        _ => $"boundary {(int)b}",
    };
}
