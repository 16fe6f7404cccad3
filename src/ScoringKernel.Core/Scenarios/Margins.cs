using LanguageExt;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Scoring.IndicatorRules;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
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
    /// <summary>Inputs a unit controls whose better direction the regulation fixes.</summary>
    public static readonly Seq<FigureField> Inputs = Seq(
        FigureField.PersonsLifted, FigureField.DynamicManagement, FigureField.PersonsReached, FigureField.HouseholdsReached,
        FigureField.IncomeYuan, FigureField.GrowthPercent, FigureField.HouseholdsRenovated, FigureField.SpecialStudy,
        FigureField.TopLeaderResponsibility, FigureField.PlanWithMeasures, FigureField.FundsDeliveredWan,
        FigureField.SocialInvestmentWan, FigureField.PovertyDayHeld, FigureField.TotalInvestmentWan, FigureField.OwnBudgetWan,
        FigureField.OtherFundsCompliant, FigureField.ImplementationPercent);

    /// <summary>The grid an input's answer lies on: whole persons and households, else a cent of the unit (0.01).</summary>
    public static decimal Resolution(FigureField field) => field switch
    {
        FigureField.PersonsLifted or FigureField.PersonsReached or FigureField.HouseholdsReached or FigureField.HouseholdsRenovated => 1m,
        _ => 0.01m,
    };

    /// <summary>Every input's margin for each goal, the base assessed once.</summary>
    public static Validation<Problem, Seq<Margin>> For(ScenarioBase @base, UnitCode unit, Seq<Goal> goals) =>
        Assessor.Assess(@base.Rules, @base.Table, @base.Figures).Bind(assessment =>
            @base.Table.Find(unit).Match(
                targets =>
                {
                    var figures = @base.Figures.Find(f => f.Unit == unit).IfNone(() => throw new InvalidOperationException("assessed without the unit"));
                    return Valid.Ok(goals.Bind(goal => Inputs.Map(field => For(@base, assessment, targets, figures, field, goal))).Strict());
                },
                () => Valid.Fail<Seq<Margin>>("unit_code", $"unit {unit} is not a scored unit of the target table")));

    public static Margin For(ScenarioBase b, Assessment assessment, UnitTargets targets, UnitFigures figures, FigureField field, Goal goal)
    {
        var rules = b.Rules;
        var card = assessment.Cards.Find(c => c.Unit == targets.Code).IfNone(() => throw new InvalidOperationException("no card"));
        var current = Current(figures, field);
        if (goal == Goal.Class1)
        {
            if (figures.FundsMisused)
                return new Margin(goal, field, MarginStatus.Unreachable, current, None, 0m, "the unit used funds in violation of the rules: it is not ranked, so no figure can make it Class 1");
            var ranked = assessment.Groups.Bind(g => g.Units).Find(u => u.Unit == targets.Code).IfNone(() => throw new InvalidOperationException("not ranked"));
            if (ranked.Grade == Grade.Class1)
                return new Margin(goal, field, MarginStatus.Met, current, Some(current), card.Total, "already Class 1");
            var quota = rules.Quotas.Class1(targets.Kind.Group());
            if (quota == 0)
                return new Margin(goal, field, MarginStatus.Unreachable, current, None, 0m, $"the group's Class 1 quota is 0");
            var rivals = assessment.Cards
                .Filter(c => c.Group == card.Group && c.Unit != card.Unit && !c.FundsMisused && c.Total >= rules.PassLine)
                .OrderByDescending(c => c.Total).ToList();
            var threshold = rivals.Count < quota ? rules.PassLine : Math.Max(rules.PassLine, rivals[quota - 1].Total);
            var first = ForTotal(b, targets, figures, card, field, goal, threshold);
            // Met here means the total already equals the last Class 1 unit's and the tie-break went against this unit.
            if (first.Status == MarginStatus.Unreachable || (first.Status == MarginStatus.Reachable && IsClass1(b, targets, figures, field, first)))
                return first;
            // Equal totals: the tie-break ordered the rival first; the next total up wins outright.
            var next = ForTotal(b, targets, figures, card, field, goal, threshold + Unit(rules));
            return next.Status == MarginStatus.Reachable && !IsClass1(b, targets, figures, field, next)
                ? next with { Status = MarginStatus.Unreachable, Required = None, Reason = "a rival keeps the last Class 1 place at every reachable total" }
                : next;
        }
        return card.Total >= rules.PassLine
            ? new Margin(goal, field, MarginStatus.Met, current, Some(current), rules.PassLine, "already at or above the pass line")
            : ForTotal(b, targets, figures, card, field, goal, rules.PassLine);
    }

    private static bool IsClass1(ScenarioBase b, UnitTargets targets, UnitFigures figures, FigureField field, Margin m) =>
        m.Required.Bind(v => ScenarioApplication.SetFigure(figures, field, v).ToOption())
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
    private static Margin ForTotal(ScenarioBase b, UnitTargets targets, UnitFigures figures, ScoreCard card, FigureField field, Goal goal, decimal threshold)
    {
        var rules = b.Rules;
        var current = Current(figures, field);
        Margin Unreachable(string why) => new(goal, field, MarginStatus.Unreachable, current, None, threshold, why);
        if (card.Total >= threshold)
            return new Margin(goal, field, MarginStatus.Met, current, Some(current), threshold, $"the total {card.Total} already reaches {threshold}");

        var indicator = field.Indicator().IfNone(() => throw new InvalidOperationException("margins are for scored inputs"));
        var score = card[indicator];
        var others = card.Total - score.Score;
        var need = threshold - others;
        if (need > score.Standard)
            return Unreachable($"even the full {score.Standard} on {Clauses.Id(indicator)} leaves the total at {others + score.Standard}, below {threshold}");

        // round(standard − D) ≥ need ⇔ D ≤ standard − need + half a unit of the last decimal.
        var allowed = score.Standard - need + Unit(rules) / 2m;
        var component = Component(field);
        var lines = score.Lines;
        var line = lines.Find(l => l.Component == component).IfNone(() => throw new InvalidOperationException($"no line {component}"));
        var otherLines = lines.Filter(l => l.Component != component).Fold(0m, (s, l) => s + l.Deduction);
        var room = allowed - otherLines;
        if (room < 0m)
            return Unreachable($"the other deductions of {Clauses.Id(indicator)} ({otherLines}) already exceed the {allowed} that reaching {threshold} allows");

        if (line.Measure == Measure.Flag)
            return new Margin(goal, field, MarginStatus.Reachable, current, Some(1m), threshold, $"answering yes removes the {line.PerStep} deduction of {Clauses.Id(indicator)}");
        if (line.PerStep == 0m)
            return Unreachable($"{component} deducts nothing under this rule set");

        // The largest shortfall the policy allows: strict (<) for whole units, inclusive (≤) otherwise.
        var (maxShortfall, strict) = rules.Policy switch
        {
            UnitPolicy.Proportional => (room * line.Step / line.PerStep, false),
            UnitPolicy.WholeUnits => ((decimal.Floor(room / line.PerStep) + 1m) * line.Step, true),
            UnitPolicy.StartedUnits => (decimal.Floor(room / line.PerStep) * line.Step, false),
        };
        var neededMetric = line.Target - maxShortfall;
        return InputFor(targets, figures, field, neededMetric, strict).Match(
            required =>
            {
                var max = Max(field);
                return required > max
                    ? Unreachable($"{field.Name()} would have to reach {required}, above its bound {max}")
                    : new Margin(goal, field, MarginStatus.Reachable, current, Some(Math.Max(required, current)), threshold,
                        $"{Clauses.Id(indicator)} may lose at most {DecimalParsing.Format(Math.Round(room, 4))} on {component}: a shortfall {(strict ? "below" : "of at most")} {DecimalParsing.Format(Math.Round(maxShortfall, 4))}");
            },
            why => Unreachable(why));
    }

    /// <summary>The smallest input on its grid whose metric is at least (or, strict, above) <paramref name="metric"/>.</summary>
    private static Either<string, decimal> InputFor(UnitTargets t, UnitFigures f, FigureField field, decimal metric, bool strict)
    {
        var res = Resolution(field);
        decimal Smallest(decimal bound) => strict ? (decimal.Floor(bound / res) + 1m) * res : decimal.Ceiling(bound / res) * res;
        switch (field)
        {
            case FigureField.PersonsLifted:
                return Smallest(metric * t.Population.Baseline2014 / 100m);
            case FigureField.PersonsReached:
            case FigureField.HouseholdsReached:
            {
                var isPersons = field == FigureField.PersonsReached;
                var (target, other) = isPersons
                    ? (t.Work.PersonsToReach, Rate(f.TargetedAssistance.HouseholdsReached, t.Work.HouseholdsToReach))
                    : (t.Work.HouseholdsToReach, Rate(f.TargetedAssistance.PersonsReached, t.Work.PersonsToReach));
                if (strict ? Math.Min(100m, other) <= metric : Math.Min(100m, other) < metric)
                    return Left($"completion is the lower of the two rates, and the {(isPersons ? "households" : "persons")} rate {DecimalParsing.Format(other)} % already holds it below what is needed");
                return Smallest(metric * target / 100m);
            }
            default:
                return Smallest(metric);
        }
    }

    private static decimal Rate(int reached, int target) => target == 0 ? 100m : reached * 100m / target;

    private static decimal Max(FigureField field) => field switch
    {
        FigureField.ImplementationPercent => 100m,
        FigureField.GrowthPercent => 10_000m,
        FigureField.PersonsLifted or FigureField.PersonsReached or FigureField.HouseholdsReached or FigureField.HouseholdsRenovated => Valid.MaxCount,
        _ => Valid.MaxAmount,
    };

    private static string Component(FigureField field) => field switch
    {
        FigureField.PersonsLifted => "reduction_rate",
        FigureField.DynamicManagement => "dynamic_management",
        FigureField.PersonsReached or FigureField.HouseholdsReached => "completion",
        FigureField.IncomeYuan => "income",
        FigureField.GrowthPercent => "growth",
        FigureField.HouseholdsRenovated => "houses_renovated",
        FigureField.SpecialStudy => "special_study",
        FigureField.TopLeaderResponsibility => "top_leader_responsibility",
        FigureField.PlanWithMeasures => "plan_with_measures",
        FigureField.FundsDeliveredWan => "funds_delivered",
        FigureField.SocialInvestmentWan => "social_investment",
        FigureField.PovertyDayHeld => "poverty_day",
        FigureField.TotalInvestmentWan => "total_investment",
        FigureField.OwnBudgetWan => "own_budget",
        FigureField.OtherFundsCompliant => "other_funds_compliant",
        FigureField.ImplementationPercent => "implementation",
        FigureField.FundsPledgedWan or FigureField.FundsMisused => throw new ArgumentException($"{field} has no better direction the regulation fixes"),
    };

    public static decimal Current(UnitFigures f, FigureField field) => field switch
    {
        FigureField.PersonsLifted => f.PovertyReduction.PersonsLifted,
        FigureField.DynamicManagement => f.PovertyReduction.DynamicManagement ? 1m : 0m,
        FigureField.PersonsReached => f.TargetedAssistance.PersonsReached,
        FigureField.HouseholdsReached => f.TargetedAssistance.HouseholdsReached,
        FigureField.IncomeYuan => f.VillageIncome.IncomeYuan,
        FigureField.GrowthPercent => f.VillageIncome.GrowthPercent,
        FigureField.HouseholdsRenovated => f.HouseRenovation.HouseholdsRenovated,
        FigureField.SpecialStudy => f.Leadership.SpecialStudy ? 1m : 0m,
        FigureField.TopLeaderResponsibility => f.Leadership.TopLeaderResponsibility ? 1m : 0m,
        FigureField.PlanWithMeasures => f.Leadership.PlanWithMeasures ? 1m : 0m,
        FigureField.FundsPledgedWan => f.VillageAssistance.FundsPledgedWan,
        FigureField.FundsDeliveredWan => f.VillageAssistance.FundsDeliveredWan,
        FigureField.SocialInvestmentWan => f.SocialInvestment.SocialInvestmentWan,
        FigureField.PovertyDayHeld => f.SocialInvestment.PovertyDayHeld ? 1m : 0m,
        FigureField.TotalInvestmentWan => f.TotalInvestment.TotalInvestmentWan,
        FigureField.OwnBudgetWan => f.OwnBudget.OwnBudgetWan,
        FigureField.OtherFundsCompliant => f.OwnBudget.OtherFundsCompliant ? 1m : 0m,
        FigureField.ImplementationPercent => f.WorkSystems.ImplementationPercent,
        FigureField.FundsMisused => f.FundsMisused ? 1m : 0m,
    };
}
