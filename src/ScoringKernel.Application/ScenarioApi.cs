using LanguageExt;
using ScoringKernel.Wire.Mapping;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Scenarios;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;
using ScoringKernel.Words;
using static LanguageExt.Prelude;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Application;

/// <summary>The scenario RPCs as pure functions: base and overrides validated together, then the kernel's scenario functions.</summary>
public sealed class ScenarioApi(ScoringApi scoring)
{
    public Either<ApiFailure, P.CompareScenariosResponse> Compare(P.CompareScenariosRequest request, Language language = Languages.Default) =>
        from b in scoring.Base(request.Base, Step.Base.Instance)
        from scenarios in (request.Scenarios.Count > ScenarioComparer.MaxScenarios
                ? Valid.Fail<Seq<Scenario>>(Step.Scenarios.Instance, new ScenarioReason.TooManyScenarios(request.Scenarios.Count, ScenarioComparer.MaxScenarios))
                : Valid.Each(i => new Step.ScenarioEntry(i), request.Scenarios, ScenarioMapping.ToDomain)).ToEither().MapLeft(ScoringApi.Invalid)
        from comparisons in ScenarioComparer.Compare(b, scenarios).ToEither().MapLeft(ScoringApi.Invalid)
        select WithViolations(Response(comparisons, b.Rules.ScoreDecimals, language), b, scenarios, language);

    /// <summary>A comparison whose scenario breaks an invariant of the rule sets says so (<c>invariant_violations</c>).</summary>
    private P.CompareScenariosResponse WithViolations(P.CompareScenariosResponse response, ScenarioBase b, Seq<Scenario> scenarios, Language language)
    {
        var maximum = scoring.Catalog.Find(b.Rules.Id).Map(e => e.File.MaximumTotal).IfNone(100m);
        response.InvariantViolations.AddRange(RuleSets.RuleSetVerification.Violations(b, scenarios, maximum, language));
        return response;
    }

    private static P.CompareScenariosResponse Response(Seq<ScenarioComparison> comparisons, int decimals, Language language)
    {
        var response = new P.CompareScenariosResponse();
        response.Comparisons.AddRange(comparisons.Map(c => ScenarioMapping.FromDomain(c, decimals, language)));
        return response;
    }

    /// <summary>Every point validated before the first is computed; the points come lazily.</summary>
    public Either<ApiFailure, IEnumerable<P.SweepScenarioResponse>> Sweep(P.SweepScenarioRequest request, Language language = Languages.Default) =>
        from b in scoring.Base(request.Base, Step.Base.Instance)
        from spec in ScenarioMapping.SweepSpec(request).ToEither().MapLeft(ScoringApi.Invalid)
        from points in Sweeper.Points(b, spec).ToEither().MapLeft(ScoringApi.Invalid)
        select points.Select((p, i) => WithViolations(new P.SweepScenarioResponse { Point = ScenarioMapping.FromDomain(p, b.Rules.ScoreDecimals) }, i, b, spec, language));

    /// <summary>The first point says which invariants the sweep's scenario breaks at the range's first or last value.</summary>
    private P.SweepScenarioResponse WithViolations(P.SweepScenarioResponse response, int index, ScenarioBase b, SweepSpec spec, Language language)
    {
        if (index != 0) return response;
        var maximum = scoring.Catalog.Find(b.Rules.Id).Map(e => e.File.MaximumTotal).IfNone(100m);
        var ends = Seq(spec.Start, spec.Start + decimal.Floor((spec.Stop - spec.Start) / spec.Step) * spec.Step).Distinct()
            .Map(v => new Scenario(DecimalParsing.Format(v), Seq1(spec.Template.WithValue(v))));
        response.InvariantViolations.AddRange(RuleSets.RuleSetVerification.Violations(b, toSeq(ends), maximum, language));
        return response;
    }

    public Either<ApiFailure, P.GetMarginsResponse> Margins(P.GetMarginsRequest request, Language language = Languages.Default) =>
        from b in scoring.Base(request.Base, Step.Base.Instance)
        from unit in UnitCode.Create(Step.UnitCodeOf.Instance, request.UnitCode).ToEither().MapLeft(ScoringApi.Invalid)
        from goals in EnumMapping.ToDomain(request.Goal, new Step.Wire("goal")).ToEither().MapLeft(ScoringApi.Invalid)
        from _ in b.Table.Find(unit).ToEither<ApiFailure>(() => new NotFound(SharedProblems.NotScored(b.Table, unit).Under(Step.UnitCodeOf.Instance)))
        from margins in Core.Scenarios.Margins.For(b, unit, goals).ToEither().MapLeft(ScoringApi.Invalid)
        select MarginsResponse(margins, b.Rules.ScoreDecimals, b.Table, language);

    private static P.GetMarginsResponse MarginsResponse(Seq<Margin> margins, int decimals, TargetTable table, Language language)
    {
        var response = new P.GetMarginsResponse();
        response.Margins.AddRange(margins.Map(m => ScenarioMapping.FromDomain(m, decimals, table, language)));
        return response;
    }

    /// <summary>The exact set of values of one parameter, target or figure for which a condition holds (<see cref="Thresholds"/>).</summary>
    public Either<ApiFailure, P.GetThresholdsResponse> Thresholds(P.GetThresholdsRequest request, Language language = Languages.Default) =>
        from b in scoring.Base(request.Base, Step.Base.Instance)
        from question in ThresholdMapping.ToDomain(request).ToEither().MapLeft(ScoringApi.Invalid)
        from answer in Core.Scenarios.Thresholds.Thresholds.Answer(b, question).ToEither().MapLeft(ScoringApi.Invalid)
        select ThresholdMapping.FromDomain(answer, question, b.Rules.ScoreDecimals, b.Table, language);

    public Either<ApiFailure, P.GetReachResponse> Reach(P.GetReachRequest request) =>
        from entry in scoring.Entry(request.RuleSetId)
        from inputs in (EnumMapping.ToDomain(request.UnitPolicy, Step.Policy.Instance),
                        request.TargetTable is null ? Valid.Ok(entry.Targets) : TargetsMapping.ToDomain(request.TargetTable).Under(Step.TargetTable.Instance))
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
