using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;

namespace ScoringKernel.Core.Scoring.IndicatorRules;

/// <summary>附件1-三: income per 100 yuan short plus growth per percentage point short.</summary>
public static class VillageIncomeScoring
{
    public static void Apply<TSink>(ref TSink sink, VillageIncomeRule rule, UnitPolicy policy, WorkTargets targets, VillageIncomeFigures figures) where TSink : ILineSink
    {
        sink.Short(Indicator.VillageIncome, "income", "收入每减少100元扣1分", Measure.Yuan,
            targets.IncomeYuan.IfNone(rule.IncomeTargetYuan), figures.IncomeYuan, rule.IncomeShort, policy);
        sink.Short(Indicator.VillageIncome, "growth", "增长每减少一个百分点扣1分", Measure.Percent,
            targets.IncomeGrowthPercent.IfNone(rule.GrowthTargetPercent), figures.GrowthPercent, rule.GrowthShort, policy);
    }
}
