using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Benchmarks;

/// <summary>
/// The kernel's deduction path as it was before exact arithmetic (kept here only to time the exact kernel against it):
/// each line's shortfall divided by its step in 28-digit <c>decimal</c>, summed, capped and rounded; one record per
/// indicator score and a card per unit, as the kernel allocated them. It rounds some midpoints the wrong way (issue 31):
/// never used for a score.
/// </summary>
public static class PreviousDecimalKernel
{
    public sealed record Score(Indicator Indicator, decimal Standard, decimal RawDeduction, bool Capped, decimal Deduction, decimal Unrounded, decimal Rounded);

    public sealed record Card(UnitCode Unit, string Name, Score[] Scores, decimal Total);

    private static readonly Indicator[] All = Indicators.All.ToArray();

    public static Card ScoreUnit(RuleSet rules, UnitTargets targets, UnitFigures figures)
    {
        var scores = new Score[All.Length];
        var total = 0m;
        for (var i = 0; i < scores.Length; i++)
        {
            var indicator = All[i];
            var sum = new Sum { Policy = rules.Policy };
            Apply(ref sum, indicator, rules, targets, figures);
            var standard = rules.Standard(indicator);
            var capped = sum.Total > standard;
            var deduction = capped ? standard : sum.Total;
            var unrounded = standard - deduction;
            var score = new Score(indicator, standard, sum.Total, capped, deduction, unrounded, Math.Round(unrounded, rules.ScoreDecimals, MidpointRounding.AwayFromZero));
            scores[i] = score;
            total += score.Rounded;
        }
        return new Card(targets.Code, targets.Name, scores, total);
    }

    private struct Sum
    {
        public UnitPolicy Policy;
        public decimal Total;

        public void Short(decimal target, decimal actual, StepRate rate)
        {
            if (target > actual) Total += Steps(rate, target - actual) * rate.Deduction;
        }

        public readonly decimal Steps(StepRate rate, decimal shortfall)
        {
            var exact = rate.Step == 1m ? shortfall : shortfall / rate.Step;
            return Policy switch
            {
                UnitPolicy.Proportional => exact,
                UnitPolicy.WholeUnits => decimal.Floor(exact),
                UnitPolicy.StartedUnits => decimal.Ceiling(exact),
            };
        }

        public void Flag(bool done, decimal penalty)
        {
            if (!done) Total += penalty;
        }
    }

    private static decimal Rate(int reached, int target) => target == 0 ? 100m : reached * 100m / target;

    private static void Apply(ref Sum sink, Indicator indicator, RuleSet rules, UnitTargets t, UnitFigures f)
    {
        var kind = t.Kind.RateKind();
        var w = t.Work;
        switch (indicator)
        {
            case Indicator.PovertyReduction:
                sink.Short(t.Population.ReductionRatePercent, t.Population.BaselinePopulation == 0 ? 100m : f.PovertyReduction.PersonsLifted * 100m / t.Population.BaselinePopulation, rules.PovertyReduction.RateShort);
                sink.Flag(f.PovertyReduction.DynamicManagement, rules.PovertyReduction.NoDynamicManagement);
                break;
            case Indicator.TargetedAssistance:
                sink.Short(rules.TargetedAssistance.CompletionTargetPercent,
                    Math.Min(100m, Math.Min(Rate(f.TargetedAssistance.PersonsReached, w.PersonsToReach), Rate(f.TargetedAssistance.HouseholdsReached, w.HouseholdsToReach))),
                    rules.TargetedAssistance.CompletionShort);
                break;
            case Indicator.VillageIncome:
                sink.Short(w.IncomeYuan.IfNone(rules.VillageIncome.IncomeTargetYuan), f.VillageIncome.IncomeYuan, rules.VillageIncome.IncomeShort);
                sink.Short(w.IncomeGrowthPercent.IfNone(rules.VillageIncome.GrowthTargetPercent), f.VillageIncome.GrowthPercent, rules.VillageIncome.GrowthShort);
                break;
            case Indicator.HouseRenovation:
                sink.Short(w.HousesToRenovate, f.HouseRenovation.HouseholdsRenovated, rules.HouseRenovation.HouseholdsShort.For(kind));
                break;
            case Indicator.Leadership:
                sink.Flag(f.Leadership.SpecialStudy, rules.Leadership.NoSpecialStudy);
                sink.Flag(f.Leadership.TopLeaderResponsibility, rules.Leadership.NoTopLeaderResponsibility);
                sink.Flag(f.Leadership.PlanWithMeasures, rules.Leadership.NoPlanWithMeasures);
                break;
            case Indicator.VillageAssistance:
                var rule = rules.VillageAssistance;
                var villages = f.VillageAssistance.Villages;
                var missing = Math.Max(0, w.PoorVillages - villages.Count);
                var perVillage = w.PerVillageInvestmentWan.IfNone(rule.PerVillageInvestmentTargetWan);
                var withTeam = 0;
                for (var i = 0; i < villages.Count; i++)
                    if (villages[i].ResidentTeam) withTeam++;
                sink.Short(Math.Max(w.PoorVillages, villages.Count), withTeam, rule.VillagesWithoutTeam);
                sink.Short(f.VillageAssistance.FundsPledgedWan * rule.FundsDeliveredTargetPercent / 100m, f.VillageAssistance.FundsDeliveredWan, rule.FundsShort);
                for (var i = 0; i < villages.Count; i++)
                    if (villages[i].ProjectInvestmentWan < perVillage) sink.Short(perVillage, villages[i].ProjectInvestmentWan, rule.InvestmentShort);
                if (missing > 0) sink.Total += missing * sink.Steps(rule.InvestmentShort, perVillage) * rule.InvestmentShort.Deduction;
                break;
            case Indicator.SocialInvestment:
                sink.Short(w.SocialInvestmentWan, f.SocialInvestment.SocialInvestmentWan, rules.SocialInvestment.InvestmentShort.For(kind));
                sink.Flag(f.SocialInvestment.PovertyDayHeld, rules.SocialInvestment.NoPovertyDay);
                break;
            case Indicator.TotalInvestment:
                sink.Short(w.TotalInvestmentWan, f.TotalInvestment.TotalInvestmentWan, rules.TotalInvestment.InvestmentShort.For(kind));
                break;
            case Indicator.OwnBudget:
                sink.Short(w.OwnBudgetWan, f.OwnBudget.OwnBudgetWan, rules.OwnBudget.BudgetShort.For(kind));
                sink.Flag(f.OwnBudget.OtherFundsCompliant, rules.OwnBudget.OtherFundsNotCompliant);
                break;
            case Indicator.WorkSystems:
                sink.Short(rules.WorkSystems.TargetPercent, f.WorkSystems.ImplementationPercent, rules.WorkSystems.ImplementationShort);
                break;
        }
    }
}
