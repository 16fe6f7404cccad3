using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Scenarios;

public sealed record IndicatorReach(Indicator Indicator, decimal Floor, decimal Ceiling);

/// <summary>The lowest and highest total a unit can score under a rule set and its row, and each indicator's floor and ceiling.</summary>
public sealed record UnitReach(UnitCode Unit, string Name, UnitKind Kind, decimal LowestTotal, decimal HighestTotal, Seq<IndicatorReach> Indicators);

/// <summary>
/// What the rules allow at all. Every rule deducts more as its input gets worse, so the worst figures the
/// smart constructors accept give the floor and figures meeting every target give the ceiling; both are
/// scored by the kernel itself. Caps meet small targets: a district whose targets are small cannot lose
/// more on 四, 七, 八 and 九 than those targets allow.
/// </summary>
public static class Reach
{
    public static Seq<UnitReach> Of(RuleSet rules, TargetTable table) =>
        table.Units.Map(t => Of(rules, t)).Strict();

    public static UnitReach Of(RuleSet rules, UnitTargets t)
    {
        var worst = Scorer.Score(rules, t, Worst(t));
        var best = Scorer.Score(rules, t, Best(rules, t));
        return new UnitReach(t.Code, t.Name, t.Kind, worst.Total, best.Total,
            Indicators.All.Map(i => new IndicatorReach(i, worst[i].Score, best[i].Score)).Strict());
    }

    /// <summary>The worst figures the domain accepts: nothing achieved, every flag no, every village listed without team or investment, funds pledged at the bound and none delivered.</summary>
    public static UnitFigures Worst(UnitTargets t) => new(
        t.Code,
        new PovertyReductionFigures(0, false),
        new TargetedAssistanceFigures(0, 0),
        new VillageIncomeFigures(0m, VillageIncomeFigures.MinGrowthPercent),
        new HouseRenovationFigures(0),
        new LeadershipFigures(false, false, false),
        new VillageAssistanceFigures(
            toSeq(Enumerable.Range(1, t.Work.PoorVillages).Select(i => new VillageFigures($"村{i}", false, 0m))).Strict(),
            Valid.MaxAmount, 0m),
        new SocialInvestmentFigures(0m, false),
        new TotalInvestmentFigures(0m),
        new OwnBudgetFigures(0m, false),
        new WorkSystemsFigures(0m),
        FundsMisused: false);

    /// <summary>Figures that meet every target of the row.</summary>
    public static UnitFigures Best(RuleSet rules, UnitTargets t)
    {
        var w = t.Work;
        var lifted = t.Population.BaselinePopulation == 0 ? 0 : (int)decimal.Ceiling(t.Population.BaselinePopulation * Math.Max(t.Population.ReductionRatePercent, 0m) / 100m);
        return new UnitFigures(
            t.Code,
            new PovertyReductionFigures(lifted, true),
            new TargetedAssistanceFigures(w.PersonsToReach, w.HouseholdsToReach),
            new VillageIncomeFigures(w.IncomeYuan.IfNone(rules.VillageIncome.IncomeTargetYuan), Math.Max(VillageIncomeFigures.MinGrowthPercent, w.IncomeGrowthPercent.IfNone(rules.VillageIncome.GrowthTargetPercent))),
            new HouseRenovationFigures(w.HousesToRenovate),
            new LeadershipFigures(true, true, true),
            new VillageAssistanceFigures(
                toSeq(Enumerable.Range(1, w.PoorVillages).Select(i => new VillageFigures($"村{i}", true, w.PerVillageInvestmentWan.IfNone(rules.VillageAssistance.PerVillageInvestmentTargetWan)))).Strict(),
                0m, 0m),
            new SocialInvestmentFigures(w.SocialInvestmentWan, true),
            new TotalInvestmentFigures(w.TotalInvestmentWan),
            new OwnBudgetFigures(w.OwnBudgetWan, true),
            new WorkSystemsFigures(100m),
            FundsMisused: false);
    }
}
