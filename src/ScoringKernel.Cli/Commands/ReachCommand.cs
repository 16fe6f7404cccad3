using System.CommandLine;
using ScoringKernel.Cli.Input;
using ScoringKernel.Wire.Mapping;
using Spectre.Console;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Cli.Commands;

/// <summary><c>scoring reach [--targets CSV] [--policy P]</c>: each unit's lowest and highest possible total and each indicator's floor.</summary>
public static class ReachCommand
{
    public static Command Build(CliServices s)
    {
        var targets = CommonOptions.Targets();
        var policy = CommonOptions.Policy();
        var command = new Command("reach", "What the rules allow at all: each unit's lowest and highest total, each indicator's floor.") { targets, policy };
        command.SetAction(r =>
        {
            var request = new P.GetReachRequest();
            if (r.GetValue(targets) is { } csv) request.TargetTable = TargetsMapping.FromDomain(Requests.Targets(csv, s.Language));
            if (r.GetValue(policy) is { } p) request.UnitPolicy = Requests.Policy(p);
            var reply = s.Scenarios.Reach(request).OrFail(InputSource.None("--targets"), s.Language);
            var table = new Table().AddColumns(new[] { "单位", "代码", "lowest", "highest" }.Concat(Enumerable.Range(1, 10).Select(i => $"floor {i}")).ToArray());
            foreach (var u in reply.Reaches)
                table.AddRow(new[] { Markup.Escape(u.Name), u.UnitCode, u.LowestTotal, u.HighestTotal }.Concat(u.Indicators.Select(i => i.Floor)).ToArray());
            s.Terminal.Write(table);
            return 0;
        });
        return command;
    }
}
