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

public enum Goal
{
    PassLine,
    Class1,
}

public enum MarginStatus
{
    /// <summary>The unit reaches the goal already.</summary>
    Met,
    /// <summary>Setting the input to <see cref="Margin.Required"/> reaches the goal; one resolution step less does not.</summary>
    Reachable,
    Unreachable,
}

/// <summary>The smallest change of one input that reaches a goal, or why none does.</summary>
public sealed record Margin(Goal Goal, FigureField Field, MarginStatus Status, decimal Current, Option<decimal> Required, decimal ThresholdTotal, string Reason)
{
    public Option<decimal> Change => Required.Map(r => r - Current);
}

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
                        ? new Margin(goal, field, MarginStatus.Met, current, Some(current), rules.PassLine, "already at or above the pass line")
                        : ForTotal(b, targets, figures, c, def, goal, rules.PassLine),
                })
            .IfNone(() => new Margin(goal, field, MarginStatus.Unreachable, current, None, 0m, "not scored"));
    }

    private static Margin ForClass1(ScenarioBase b, Assessment assessment, UnitTargets targets, UnitFigures figures, FigureFieldDef def, ScoreCard card, RankedUnit ranked)
    {
        var rules = b.Rules;
        var goal = Goal.Class1;
        var current = def.Get(figures);
        if (figures.FundsMisused)
            return new Margin(goal, def.Field, MarginStatus.Unreachable, current, None, 0m, "the unit used funds in violation of the rules: it is not ranked, so no figure can make it Class 1");
        if (ranked.Grade == Grade.Class1)
            return new Margin(goal, def.Field, MarginStatus.Met, current, Some(current), card.Total, "already Class 1");
        var quota = rules.Quotas.Class1(targets.Kind.Group());
        if (quota == 0)
            return new Margin(goal, def.Field, MarginStatus.Unreachable, current, None, 0m, "the group's Class 1 quota is 0");
        var rivals = assessment.Cards
            .Filter(c => c.Group == card.Group && c.Unit != card.Unit && !c.FundsMisused && rules.Passes(c.Total))
            .OrderByDescending(c => c.Total).ToList();
        var threshold = rivals.Count < quota ? rules.PassLine : Math.Max(rules.PassLine, rivals[quota - 1].Total);
        var first = ForTotal(b, targets, figures, card, def, goal, threshold);
        // Met here means the total already equals the last Class 1 unit's and the tie-break went against this unit.
        if (first.Status == MarginStatus.Unreachable || (first.Status == MarginStatus.Reachable && IsClass1(b, targets, figures, def, first)))
            return first;
        // Equal totals: the tie-break ordered the rival first; the next total up wins outright.
        var next = ForTotal(b, targets, figures, card, def, goal, threshold + Unit(rules));
        return next.Status == MarginStatus.Reachable && !IsClass1(b, targets, figures, def, next)
            ? next with { Status = MarginStatus.Unreachable, Required = None, Reason = "a rival keeps the last Class 1 place at every reachable total" }
            : next;
    }

    private static bool IsClass1(ScenarioBase b, UnitTargets targets, UnitFigures figures, FigureFieldDef def, Margin m) =>
        m.Required.Bind(v => def.Set(figures, v).ToOption())
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
        Margin Unreachable(string why) => new(goal, field, MarginStatus.Unreachable, current, None, threshold, why);
        if (card.Total >= threshold)
            return new Margin(goal, field, MarginStatus.Met, current, Some(current), threshold, $"the total {card.Total} already reaches {threshold}");
        return def.Line.Match(
            component => ForLine(component),
            () => Unreachable($"{def.Path} has no better direction the regulation fixes"));

        Margin ForLine(Component component)
        {
            var indicator = component.Indicator;
            var clause = indicator.ClauseId();
            var score = card[indicator];
            var others = card.Total - score.Score;
            var need = threshold - others;
            if (need > score.Standard)
                return Unreachable($"even the full {score.Standard} on {clause} leaves the total at {others + score.Standard}, below {threshold}");

            // round(standard − D) ≥ need ⇔ D ≤ standard − need + half a unit of the last decimal.
            var allowed = score.Standard - need + Unit(rules) / 2m;
            var lines = Scorer.Explain(rules, targets, figures, indicator);
            var otherLines = lines.Filter(l => l.Component != component).Fold(0m, (s, l) => s + l.Deduction);
            var room = allowed - otherLines;
            if (room < 0m)
                return Unreachable($"the other deductions of {clause} ({otherLines}) already exceed the {allowed} that reaching {threshold} allows");
            return lines.Find(l => l.Component == component).Match(
                line => ForShortfall(line, room),
                () => Unreachable($"{clause} has no {component} line for this unit"));
        }

        Margin ForShortfall(DeductionLine line, decimal room)
        {
            var clause = line.ClauseId;
            if (line.Measure == Measure.Flag)
                return new Margin(goal, field, MarginStatus.Reachable, current, Some(1m), threshold, $"answering yes removes the {line.PerStep} deduction of {clause}");
            if (line.PerStep == 0m)
                return Unreachable($"{line.Component} deducts nothing under this rule set");

            // The largest shortfall the policy allows: strict (<) for whole units, inclusive (≤) otherwise.
            var (maxShortfall, strict) = rules.Policy switch
            {
                UnitPolicy.Proportional => (room * line.Step / line.PerStep, false),
                UnitPolicy.WholeUnits => ((decimal.Floor(room / line.PerStep) + 1m) * line.Step, true),
                UnitPolicy.StartedUnits => (decimal.Floor(room / line.PerStep) * line.Step, false),
            };
            var neededMetric = line.Target - maxShortfall;
            var grid = def.Grid;
            decimal Smallest(decimal bound) => strict ? (decimal.Floor(bound / grid) + 1m) * grid : decimal.Ceiling(bound / grid) * grid;
            return def.InputForMetric(targets, figures, neededMetric, strict).Map(Smallest).Match(
                required => required > def.Max
                    ? Unreachable($"{def.Path} would have to reach {required}, above its bound {def.Max}")
                    : new Margin(goal, field, MarginStatus.Reachable, current, Some(Math.Max(required, current)), threshold,
                        $"{clause} may lose at most {DecimalParsing.Format(Math.Round(room, 4))} on {line.Component}: a shortfall {(strict ? "below" : "of at most")} {DecimalParsing.Format(Math.Round(maxShortfall, 4))}"),
                Unreachable);
        }
    }
}
