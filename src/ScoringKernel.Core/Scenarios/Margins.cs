using LanguageExt;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Scenarios;

/// <summary>
/// Margins computed exactly from the piecewise-linear rules, not by trial: each input feeds one line of one
/// indicator, so the total the goal needs fixes the most that line may deduct, which fixes the largest
/// shortfall the unit policy allows, which fixes the input. Class 1 needs one check of the tie-break at the
/// total found (equal totals are ordered by indicator scores, then code).
/// </summary>
public static class Margins
{
    /// <summary>Inputs a unit controls whose better direction the regulation fixes (<see cref="FigureFields.Inputs"/>).</summary>
    public static readonly Seq<FigureField> Inputs = FigureFields.Inputs.Map(d => d.Field).Strict();

    /// <summary>Every input's margin for each goal, the base assessed once.</summary>
    public static Validation<Problem, Seq<Margin>> For(ScenarioBase @base, UnitCode unit, Seq<Goal> goals) =>
        Assessor.Assess(@base.Rules, @base.Table, @base.Figures).Bind(assessment =>
            (from targets in @base.Table.Find(unit)
             from figures in @base.Figures.Find(f => f.Unit == unit)
             select goals.Bind(goal => Inputs.Map(field => For(@base, assessment, targets, figures, field, goal))).Strict())
            .ToValidation(SharedProblems.NotScored(@base.Table, unit).Under(Step.UnitCodeOf.Instance)));

    public static Margin For(ScenarioBase b, Assessment assessment, UnitTargets targets, UnitFigures figures, FigureField field, Goal goal)
    {
        var rules = b.Rules;
        var def = field.Def();
        var current = def.Get(figures);
        // An assessment of the base holds a card, and a place in its group, for every scored unit.
        var card = assessment.Cards.Find(c => c.Unit == targets.Code);
        var ranked = assessment.Groups.Bind(g => g.Units).Find(u => u.Unit == targets.Code);
        return (from c in card
                from r in ranked
                select goal switch
                {
                    Goal.Class1 => ForClass1(b, assessment, targets, figures, def, c, r),
                    Goal.PassLine => rules.Passes(c.Total)
                        ? new Margin.AlreadyMet(goal, field, current, rules.PassLine, c.Total, MetStanding.AtOrAbovePassLine)
                        : ForTotal(b, targets, figures, c, def, goal, rules.PassLine),
                })
            .IfNone(() => new Margin.Unreachable(goal, field, current, 0m, new UnreachableReason.NotScored(targets.Code)));
    }

    private static Margin ForClass1(ScenarioBase b, Assessment assessment, UnitTargets targets, UnitFigures figures, FigureFieldDef def, ScoreCard card, RankedUnit ranked)
    {
        var rules = b.Rules;
        var goal = Goal.Class1;
        var current = def.Get(figures);
        if (figures.FundsMisused)
            return new Margin.Unreachable(goal, def.Field, current, 0m, UnreachableReason.Disqualified.Instance);
        if (ranked.Grade == Grade.Class1)
            return new Margin.AlreadyMet(goal, def.Field, current, card.Total, card.Total, MetStanding.HoldsClass1);
        var quota = rules.Quotas.Class1(targets.Kind.Group());
        if (quota == 0)
            return new Margin.Unreachable(goal, def.Field, current, 0m, UnreachableReason.NoClass1Quota.Instance);
        var rivals = assessment.Cards
            .Filter(c => c.Group == card.Group && c.Unit != card.Unit && !c.FundsMisused && rules.Passes(c.Total))
            .OrderByDescending(c => c.Total).ToList();
        var threshold = rivals.Count < quota ? rules.PassLine : Math.Max(rules.PassLine, rivals[quota - 1].Total);
        var first = ForTotal(b, targets, figures, card, def, goal, threshold);
        // Met here means the total already equals the last Class 1 unit's and the tie-break went against this unit.
        if (first is Margin.Unreachable || (first is Margin.Reachable reached && IsClass1(b, targets, figures, def, reached)))
            return first;
        // Equal totals: the tie-break ordered the rival first; the next total up wins outright.
        var next = ForTotal(b, targets, figures, card, def, goal, threshold + Unit(rules));
        return next is Margin.Reachable nextReached && !IsClass1(b, targets, figures, def, nextReached)
            ? new Margin.Unreachable(goal, def.Field, current, next.ThresholdTotal, UnreachableReason.TieLost.Instance)
            : next;
    }

    private static bool IsClass1(ScenarioBase b, UnitTargets targets, UnitFigures figures, FigureFieldDef def, Margin.Reachable m) =>
        def.Set(figures, m.RequiredValue).ToOption()
            .Map(changed => b.Figures.Map(f => f.Unit == targets.Code ? changed : f).Strict())
            .Bind(all => Assessor.Assess(b.Rules, b.Table, all).ToOption())
            .Map(a => a.Groups.Bind(g => g.Units).Exists(u => u.Unit == targets.Code && u.Grade == Grade.Class1))
            .IfNone(false);

    private static decimal Unit(RuleSet rules) => 1m / Pow10(rules.ScoreDecimals);


    private static decimal Pow10(int n)
    {
        var r = 1m;
        for (var i = 0; i < n; i++) r *= 10m;
        return r;
    }

    /// <summary>The smallest value of the input at which the unit's total reaches <paramref name="threshold"/>.</summary>
    private static Margin ForTotal(ScenarioBase b, UnitTargets targets, UnitFigures figures, ScoreCard card, FigureFieldDef def, Goal goal, decimal threshold)
    {
        var rules = b.Rules;
        var field = def.Field;
        var current = def.Get(figures);
        Margin Unreachable(UnreachableReason why) => new Margin.Unreachable(goal, field, current, threshold, why);
        if (card.Total >= threshold)
            return new Margin.AlreadyMet(goal, field, current, threshold, card.Total, MetStanding.TotalReachesThreshold);
        return def.Line.Match(
            component => ForLine(component),
            () => Unreachable(UnreachableReason.NoBetterDirection.Instance));

        Margin ForLine(Component component)
        {
            var indicator = component.Indicator;
            var score = card[indicator];
            var others = card.Total - score.Score;
            var need = threshold - others;
            if (need > score.Standard)
                return Unreachable(new UnreachableReason.IndicatorCapped(indicator, score.Standard, others + score.Standard));

            // round(standard − D) ≥ need ⇔ D ≤ standard − need + half a unit of the last decimal.
            var allowed = (Rational)(score.Standard - need) + Rational.Of(1, 2) * Unit(rules);
            var lines = Scorer.Explain(rules, targets, figures, indicator);
            var otherLines = lines.Filter(l => l.Component != component).Fold(Rational.Zero, (s, l) => s + l.Deduction);
            var room = allowed - otherLines;
            if (room < Rational.Zero)
                return Unreachable(new UnreachableReason.OtherDeductionsExceed(indicator, otherLines.ToDecimal(), allowed.ToDecimal()));
            return lines.Find(l => l.Component == component).Match(
                line => ForShortfall(line, room),
                () => Unreachable(new UnreachableReason.NoLine(component)));
        }

        Margin ForShortfall(DeductionLine line, Rational room)
        {
            if (line.Measure == Measure.Flag)
                return new Margin.Reachable(goal, field, current, threshold, 1m, new MarginBinding.YesRemovesDeduction(line.Component, line.PerStep));
            if (line.PerStep == 0m)
                return Unreachable(new UnreachableReason.DeductsNothing(line.Component));

            // The largest shortfall the policy allows: strict (<) for whole units, inclusive (≤) otherwise.
            var (maxShortfall, bound) = rules.Policy switch
            {
                UnitPolicy.Proportional => (room * line.Step / line.PerStep, ShortfallBound.AtMost),
                UnitPolicy.WholeUnits => (((room / line.PerStep).Floor() + 1) * line.Step, ShortfallBound.Below),
                UnitPolicy.StartedUnits => ((room / line.PerStep).Floor() * line.Step, ShortfallBound.AtMost),
            };
            var strict = bound == ShortfallBound.Below;
            var neededMetric = line.Target - maxShortfall;
            var grid = def.Grid;
            decimal Smallest(Rational limit) => (strict ? ((limit / grid).Floor() + 1) * grid : (limit / grid).Ceiling() * grid).ToDecimal();
            return def.InputForMetric(targets, figures, neededMetric, strict).Map(Smallest).Match<Margin>(
                required => required > def.Max
                    ? Unreachable(new UnreachableReason.InputAboveBound(required, def.Max))
                    : new Margin.Reachable(goal, field, current, threshold, Math.Max(required, current),
                        new MarginBinding.ShortfallWithin(line.Component, room.ToDecimal(), maxShortfall.ToDecimal(), bound)),
                held => Unreachable(new UnreachableReason.OtherRateHoldsCompletion(held.Other, held.OtherRate)));
        }
    }
}
