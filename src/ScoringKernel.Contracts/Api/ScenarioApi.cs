using LanguageExt;
using ScoringKernel.Contracts.Mapping;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Scenarios;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Contracts.Api;

/// <summary>The scenario RPCs as pure functions: base and overrides validated together, then the kernel's scenario functions.</summary>
public sealed class ScenarioApi(ScoringApi scoring)
{
    public Either<ApiFailure, P.CompareScenariosResponse> Compare(P.CompareScenariosRequest request) =>
        from b in scoring.Base(request.Base, "base.")
        from scenarios in (request.Scenarios.Count > ScenarioComparer.MaxScenarios
                ? Valid.Fail<Seq<Scenario>>("scenarios", $"at most {ScenarioComparer.MaxScenarios} scenarios per comparison (got {request.Scenarios.Count})")
                : Valid.Each("scenarios", request.Scenarios, ScenarioMapping.ToDomain)).ToEither().MapLeft(ScoringApi.Invalid)
        from comparisons in ScenarioComparer.Compare(b, scenarios).ToEither().MapLeft(ScoringApi.Invalid)
        select Response(comparisons, b.Rules.ScoreDecimals);

    private static P.CompareScenariosResponse Response(Seq<ScenarioComparison> comparisons, int decimals)
    {
        var response = new P.CompareScenariosResponse();
        response.Comparisons.AddRange(comparisons.Map(c => ScenarioMapping.FromDomain(c, decimals)));
        return response;
    }

    /// <summary>Every point validated before the first is computed; the points come lazily.</summary>
    public Either<ApiFailure, IEnumerable<P.SweepScenarioResponse>> Sweep(P.SweepScenarioRequest request) =>
        from b in scoring.Base(request.Base, "base.")
        from spec in SweepSpec(request).ToEither().MapLeft(ScoringApi.Invalid)
        from points in Sweeper.Points(b, spec).ToEither().MapLeft(ScoringApi.Invalid)
        select points.Select(p => new P.SweepScenarioResponse { Point = ScenarioMapping.FromDomain(p, b.Rules.ScoreDecimals) });

    private static Validation<Problem, SweepSpec> SweepSpec(P.SweepScenarioRequest request)
    {
        var r = new WireReader();
        var start = r.Dec(request.Start, "start");
        var stop = r.Dec(request.Stop, "stop");
        var step = r.Dec(request.Step, "step");
        return r.Finish(ScenarioMapping.ToDomain(request.Template).Under("template").Map(t => new SweepSpec(t, start, stop, step)));
    }

    public Either<ApiFailure, P.GetMarginsResponse> Margins(P.GetMarginsRequest request) =>
        from b in scoring.Base(request.Base, "base.")
        from unit in UnitCode.Create("unit_code", request.UnitCode).ToEither().MapLeft(ScoringApi.Invalid)
        from goals in EnumMapping.ToDomain(request.Goal, "goal").ToEither().MapLeft(ScoringApi.Invalid)
        from _ in b.Table.Find(unit).ToEither<ApiFailure>(() => new NotFound("unit_code", Messages.NotScored(b.Table, unit)))
        from margins in Core.Scenarios.Margins.For(b, unit, goals).ToEither().MapLeft(ScoringApi.Invalid)
        select MarginsResponse(margins, b.Rules.ScoreDecimals, b.Table);

    private static P.GetMarginsResponse MarginsResponse(Seq<Margin> margins, int decimals, TargetTable table)
    {
        var response = new P.GetMarginsResponse();
        response.Margins.AddRange(margins.Map(m => ScenarioMapping.FromDomain(m, decimals, table)));
        return response;
    }

    public Either<ApiFailure, P.GetReachResponse> Reach(P.GetReachRequest request) =>
        from entry in scoring.Entry(request.RuleSetId)
        from inputs in (EnumMapping.ToDomain(request.UnitPolicy, "unit_policy"),
                        request.TargetTable is null ? Valid.Ok(entry.Targets) : TargetsMapping.ToDomain(request.TargetTable).Under("target_table"))
            .Apply((p, t) => (Rules: entry.Rules with { Policy = p.IfNone(entry.Rules.Policy) }, Table: t))
            .ToEither().MapLeft(ScoringApi.Invalid)
        select ReachResponse(Core.Scenarios.Reach.Of(inputs.Rules, inputs.Table), inputs.Rules.ScoreDecimals);

    private static P.GetReachResponse ReachResponse(Seq<UnitReach> reaches, int decimals)
    {
        var response = new P.GetReachResponse();
        response.Reaches.AddRange(reaches.Map(r => ScenarioMapping.FromDomain(r, decimals)));
        return response;
    }
}
