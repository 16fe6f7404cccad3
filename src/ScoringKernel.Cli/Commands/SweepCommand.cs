using System.CommandLine;
using Google.Protobuf;
using ScoringKernel.Cli.Input;
using ScoringKernel.Cli.Output;
using ScoringKernel.Wire.Mapping;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Scenarios;
using ScoringKernel.Core.Targets;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Cli.Commands;

/// <summary>
/// <c>scoring sweep FILE (--parameter PATH | --target FIELD --scope SCOPE | --figure UNIT:FIELD) --from A --to B --step S</c>:
/// one override over a range, a line per point with the grade counts of each group.
/// </summary>
public static class SweepCommand
{
    public static Command Build(CliServices s)
    {
        var file = CommonOptions.File();
        var parameter = new Option<string?>("--parameter") { Description = "A rule-set parameter path, e.g. pass_line (see 'scoring rules')." };
        var target = new Option<string?>("--target") { Description = $"A target column: {string.Join(", ", TargetFields.All.Map(f => f.Name()))}." };
        var scope = new Option<string?>("--scope") { Description = "For --target: a unit code, county, county_city, district, counties_and_cities or districts." };
        var figure = new Option<string?>("--figure") { Description = "UNIT:FIELD, e.g. 430424:total_investment_wan." };
        var from = new Option<string>("--from") { Required = true, Description = "First value (decimal)." };
        var to = new Option<string>("--to") { Required = true, Description = "Last value (decimal), included." };
        var step = new Option<string>("--step") { Required = true, Description = "Step (decimal, > 0); at most 10,000 points." };
        var format = CommonOptions.Format("table", "json");
        var command = new Command("sweep", "Vary one parameter, target or figure over a range.") { file, parameter, target, scope, figure, from, to, step, format };
        command.SetAction(r =>
        {
            var path = r.GetValue(file)!;
            var (baseRequest, source) = Requests.Assess(path, null, null, s.Language);
            var request = new P.SweepScenarioRequest
            {
                Base = baseRequest,
                Template = Template(r.GetValue(parameter), r.GetValue(target), r.GetValue(scope), r.GetValue(figure)),
                Start = r.GetValue(from)!, Stop = r.GetValue(to)!, Step = r.GetValue(step)!,
            };
            var points = s.Scenarios.Sweep(request).OrFail(source, s.Language);
            var json = r.GetValue(format) == "json";
            foreach (var p in points)
                s.Terminal.Out.WriteLine(json ? JsonFormatter.Default.Format(p.Point) : Line(p.Point));
            return 0;
        });
        return command;
    }

    private static string Line(P.SweepPoint p) =>
        $"{p.Value,10}  " + string.Join("  |  ", p.GradeCounts.GroupBy(c => c.Group).Select(g =>
            $"{CliWords.Group(g.Key)} " + string.Join(" ", g.Where(c => c.Grade != P.Grade.Disqualified || c.Count > 0).Select(c => $"{CliWords.Grade(c.Grade)} {c.Count}"))));

    internal static P.Override Template(string? parameter, string? target, string? scope, string? figure)
    {
        var given = new[] { parameter, target, figure }.Count(x => x is not null);
        if (given != 1) throw CliFailure.Invalid("sweep: give exactly one of --parameter, --target or --figure");
        if (parameter is not null) return new P.Override { Parameter = new P.ParameterOverride { Path = parameter, Value = "0" } };
        if (target is not null)
        {
            var field = TargetFields.ByName(target).IfNone(() => throw CliFailure.Invalid($"--target: no target column '{target}'"));
            var o = new P.TargetOverride { Field = EnumMapping.FromDomain(field), Value = "0" };
            switch (scope)
            {
                case null: throw CliFailure.Invalid("--scope: required with --target");
                case "county": o.Kind = P.UnitKind.County; break;
                case "county_city": o.Kind = P.UnitKind.CountyCity; break;
                case "district": o.Kind = P.UnitKind.District; break;
                case "counties_and_cities": o.Group = P.AssessmentGroup.CountiesAndCities; break;
                case "districts": o.Group = P.AssessmentGroup.Districts; break;
                default: o.UnitCode = scope; break;
            }
            return new P.Override { Target = o };
        }
        var parts = figure!.Split(':', 2);
        if (parts.Length != 2) throw CliFailure.Invalid($"--figure: must be UNIT:FIELD, e.g. 430424:total_investment_wan (got '{figure}')");
        var f = FigureFields.All.Find(x => x.Path == parts[1] || x.Leaf == parts[1])
            .IfNone(() => throw CliFailure.Invalid($"--figure: no figure '{parts[1]}'; one of {string.Join(", ", FigureFields.All.Map(x => x.Path))}"));
        return new P.Override { Figure = new P.FigureOverride { UnitCode = parts[0], Field = EnumMapping.FromDomain(f.Field), Value = "0" } };
    }
}
