using LanguageExt;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Scenarios;

/// <summary>One numeric override taken from <see cref="Start"/> to <see cref="Stop"/> in steps of <see cref="Step"/> (both ends included).</summary>
public sealed record SweepSpec(Override Template, decimal Start, decimal Stop, decimal Step)
{
    public const int MaxPoints = 10_000;
}

public sealed record SweepUnit(UnitCode Unit, decimal Total, Option<int> Rank, Grade Grade);

/// <summary>One point of a sweep: the value, every unit's total and grade, and the count per grade in each group.</summary>
public sealed record SweepPoint(int Index, decimal Value, Seq<SweepUnit> Units, Seq<(AssessmentGroup Group, Grade Grade, int Count)> GradeCounts);

/// <summary>
/// Sweeps one override over a range. Every point's override is checked before the first point is computed
/// (nothing is half-done); the points themselves are computed lazily, one at a time, so a consumer that
/// stops reading stops the work.
/// </summary>
public static class Sweeper
{
    public static Validation<Problem, IEnumerable<SweepPoint>> Points(ScenarioBase @base, SweepSpec spec)
    {
        if (!spec.Template.IsNumeric)
            return Valid.Fail<IEnumerable<SweepPoint>>(new Step.SweepPart(SweepItem.Template), new ScenarioReason.SweepPolicy());
        if (spec.Step <= 0m)
            return Valid.Fail<IEnumerable<SweepPoint>>(new Step.SweepPart(SweepItem.Step), new ValueReason.NotPositive(spec.Step));
        if (spec.Stop < spec.Start)
            return Valid.Fail<IEnumerable<SweepPoint>>(new Step.SweepPart(SweepItem.Stop), new ScenarioReason.SweepStopBelowStart(spec.Start, spec.Stop));
        var count = (((Rational)(spec.Stop - spec.Start) / spec.Step).Floor() + 1).ToDecimal();
        if (count > SweepSpec.MaxPoints)
            return Valid.Fail<IEnumerable<SweepPoint>>(new Step.SweepPart(SweepItem.Step), new ScenarioReason.SweepTooManyPoints(count, SweepSpec.MaxPoints));
        var n = (int)count;

        // Every point's override is checked before any point is computed; the first value that fails is reported.
        var firstFailure = Range(0, n).Map(i => spec.Start + i * spec.Step)
            .Map(v => ScenarioApplication.Apply(@base, spec.Template.WithValue(v))
                .Under(new Step.SweepPart(SweepItem.Template), new Step.SweepValue(v)))
            .Find(r => r.IsFail);
        var baseCards = firstFailure.Match(
            failed => failed.Map(_ => System.Array.Empty<ScoreCard>()),
            () => Assessor.Assess(@base.Rules, @base.Table, @base.Figures).Under(Step.Base.Instance).Map(a => a.Cards.ToArray()));
        return baseCards.Map(cards => Generate(@base, spec, n, cards));
    }

    /// <summary>The base is scored once (by <see cref="Points"/>); each point re-scores only the units the override can change.</summary>
    private static IEnumerable<SweepPoint> Generate(ScenarioBase @base, SweepSpec spec, int count, ScoreCard[] baseCards)
    {
        for (var i = 0; i < count; i++)
        {
            var v = spec.Start + i * spec.Step;
            var point = ScenarioApplication.Apply(@base, spec.Template.WithValue(v))
                .Map(b => Assessor.Rank(b.Rules, b.Table, Rescore(b, spec.Template, baseCards)))
                .Map(a => ToPoint(i, v, a));
            // Every point was validated above; a failure here would be a kernel bug, not bad input.
            yield return point.Match(p => p, ps => throw new InvalidOperationException($"sweep point {i} failed after validation: {ps.Head}"));
        }
    }

    /// <summary>
    /// The base's cards with the units the override touches scored again: one unit for a figure, the scope's units
    /// for a target, none for the pass line or a quota (they only rank), every unit for any other parameter or the policy.
    /// </summary>
    private static ScoreCard[] Rescore(ScenarioBase b, Override template, ScoreCard[] baseCards)
    {
        var unitTargets = b.Table.UnitsByCode;
        var cards = (ScoreCard[])baseCards.Clone();
        Func<UnitTargets, bool> touched = template.Match<Func<UnitTargets, bool>>(
            parameter => parameter.Definition.Effect switch
            {
                ParameterEffect.RanksOnly => _ => false,
                ParameterEffect.Scores => _ => true,
            },
            policy => _ => true,
            target => u => target.Scope.Covers(u.Code, u.Kind),
            figure => u => u.Code == figure.Unit);
        Dictionary<UnitCode, UnitFigures>? figures = null;
        for (var u = 0; u < unitTargets.Count; u++)
        {
            if (!touched(unitTargets[u])) continue;
            figures ??= b.Figures.ToDictionary(f => f.Unit);
            cards[u] = Scorer.Score(b.Rules, unitTargets[u], figures[unitTargets[u].Code]);
        }
        return cards;
    }

    private static SweepPoint ToPoint(int index, decimal value, Assessment a) =>
        new(index, value,
            a.Groups.Bind(g => g.Units).Map(u => new SweepUnit(u.Unit, u.Total, u.Rank, u.Grade)).Strict(),
            a.Groups.Bind(g => toSeq(Enum.GetValues<Grade>()).Map(grade => (g.Group, grade, g.Count(grade)))).Strict());
}
