using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;

namespace ScoringKernel.TestSupport;

/// <summary>
/// The reference limit: the same ten rules written plainly, with mutable locals and no explanation lines,
/// returning the ten rounded scores and their total. Exact like the kernel: every deduction is an exact
/// <see cref="Rational"/>, summed, capped and rounded once. Checked equal to the kernel on thousands of random
/// inputs in the test suite before it is timed against it.
/// </summary>
public static class ImperativeScorer
{
    public static decimal Score(RuleSet r, UnitTargets t, UnitFigures f, decimal[] scores)
    {
        var p = r.Policy;
        var district = t.Kind == UnitKind.District;
        var w = t.Work;
        Rational d;

        // 一
        var rate = t.Population.BaselinePopulation == 0 ? 100 : Rational.Of(f.PovertyReduction.PersonsLifted * 100L, t.Population.BaselinePopulation);
        d = Short(p, (Rational)t.Population.ReductionRatePercent - rate, r.PovertyReduction.RateShort);
        if (!f.PovertyReduction.DynamicManagement) d += r.PovertyReduction.NoDynamicManagement;
        scores[0] = Cap(r.PovertyReduction.Standard, d, r.ScoreDecimals);

        // 二
        var persons = w.PersonsToReach == 0 ? 100 : Rational.Of(f.TargetedAssistance.PersonsReached * 100L, w.PersonsToReach);
        var households = w.HouseholdsToReach == 0 ? 100 : Rational.Of(f.TargetedAssistance.HouseholdsReached * 100L, w.HouseholdsToReach);
        var completion = persons < households ? persons : households;
        if (completion > 100) completion = 100;
        scores[1] = Cap(r.TargetedAssistance.Standard, Short(p, (Rational)r.TargetedAssistance.CompletionTargetPercent - completion, r.TargetedAssistance.CompletionShort), r.ScoreDecimals);

        // 三
        var incomeTarget = w.IncomeYuan.IsSome ? (decimal)w.IncomeYuan : r.VillageIncome.IncomeTargetYuan;
        var growthTarget = w.IncomeGrowthPercent.IsSome ? (decimal)w.IncomeGrowthPercent : r.VillageIncome.GrowthTargetPercent;
        d = Short(p, incomeTarget - f.VillageIncome.IncomeYuan, r.VillageIncome.IncomeShort)
            + Short(p, growthTarget - f.VillageIncome.GrowthPercent, r.VillageIncome.GrowthShort);
        scores[2] = Cap(r.VillageIncome.Standard, d, r.ScoreDecimals);

        // 四
        scores[3] = Cap(r.HouseRenovation.Standard,
            Short(p, w.HousesToRenovate - f.HouseRenovation.HouseholdsRenovated, district ? r.HouseRenovation.HouseholdsShort.District : r.HouseRenovation.HouseholdsShort.County), r.ScoreDecimals);

        // 五
        d = Rational.Zero;
        if (!f.Leadership.SpecialStudy) d += r.Leadership.NoSpecialStudy;
        if (!f.Leadership.TopLeaderResponsibility) d += r.Leadership.NoTopLeaderResponsibility;
        if (!f.Leadership.PlanWithMeasures) d += r.Leadership.NoPlanWithMeasures;
        scores[4] = Cap(r.Leadership.Standard, d, r.ScoreDecimals);

        // 六
        var va = r.VillageAssistance;
        var perVillage = w.PerVillageInvestmentWan.IsSome ? (decimal)w.PerVillageInvestmentWan : va.PerVillageInvestmentTargetWan;
        var listed = 0;
        var withTeam = 0;
        d = Rational.Zero;
        foreach (var v in f.VillageAssistance.Villages)
        {
            listed++;
            if (v.ResidentTeam) withTeam++;
            if (v.ProjectInvestmentWan < perVillage) d += Short(p, perVillage - v.ProjectInvestmentWan, va.InvestmentShort);
        }
        var missing = w.PoorVillages - listed;
        if (missing > 0) d += missing * Steps(p, perVillage, va.InvestmentShort.Step) * va.InvestmentShort.Deduction;
        d += Short(p, (w.PoorVillages > listed ? w.PoorVillages : listed) - withTeam, va.VillagesWithoutTeam);
        d += Short(p, (Rational)f.VillageAssistance.FundsPledgedWan * va.FundsDeliveredTargetPercent / 100 - f.VillageAssistance.FundsDeliveredWan, va.FundsShort);
        scores[5] = Cap(va.Standard, d, r.ScoreDecimals);

        // 七
        d = Short(p, w.SocialInvestmentWan - f.SocialInvestment.SocialInvestmentWan, district ? r.SocialInvestment.InvestmentShort.District : r.SocialInvestment.InvestmentShort.County);
        if (!f.SocialInvestment.PovertyDayHeld) d += r.SocialInvestment.NoPovertyDay;
        scores[6] = Cap(r.SocialInvestment.Standard, d, r.ScoreDecimals);

        // 八
        scores[7] = Cap(r.TotalInvestment.Standard,
            Short(p, w.TotalInvestmentWan - f.TotalInvestment.TotalInvestmentWan, district ? r.TotalInvestment.InvestmentShort.District : r.TotalInvestment.InvestmentShort.County), r.ScoreDecimals);

        // 九
        d = Short(p, w.OwnBudgetWan - f.OwnBudget.OwnBudgetWan, district ? r.OwnBudget.BudgetShort.District : r.OwnBudget.BudgetShort.County);
        if (!f.OwnBudget.OtherFundsCompliant) d += r.OwnBudget.OtherFundsNotCompliant;
        scores[8] = Cap(r.OwnBudget.Standard, d, r.ScoreDecimals);

        // 十
        scores[9] = Cap(r.WorkSystems.Standard, Short(p, r.WorkSystems.TargetPercent - f.WorkSystems.ImplementationPercent, r.WorkSystems.ImplementationShort), r.ScoreDecimals);

        var total = 0m;
        for (var i = 0; i < 10; i++) total += scores[i];
        return total;
    }

    private static Rational Short(UnitPolicy p, Rational shortfall, StepRate rate) =>
        shortfall <= Rational.Zero ? Rational.Zero : Steps(p, shortfall, rate.Step) * rate.Deduction;

    private static Rational Steps(UnitPolicy p, Rational shortfall, decimal step)
    {
        var x = shortfall / step;
        if (p == UnitPolicy.WholeUnits) return x.Floor();
        if (p == UnitPolicy.StartedUnits) return x.Ceiling();
        return x;
    }

    private static decimal Cap(decimal standard, Rational deduction, int decimals) =>
        ((Rational)standard - (deduction > standard ? standard : deduction)).Round(decimals);
}
