using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;

namespace ScoringKernel.Core.Scoring.IndicatorRules;

/// <summary>附件1-一: reduction rate against the unit's target rate; dynamic management.</summary>
public static class PovertyReductionScoring
{
    public static void Apply<TSink>(ref TSink sink, PovertyReductionRule rule, UnitPolicy policy, PopulationTargets targets, PovertyReductionFigures figures) where TSink : ILineSink
    {
        sink.Short(Indicator.PovertyReduction, "reduction_rate", "减贫率每减少一个百分点扣1分", Measure.Percent,
            targets.ReductionRatePercent, ActualRatePercent(targets, figures), rule.RateShort, policy);
        sink.Flag(Indicator.PovertyReduction, "dynamic_management", "未落实建档立卡贫困户动态化管理扣3分",
            figures.DynamicManagement, rule.NoDynamicManagement);
    }

    /// <summary>Persons lifted ÷ 2014 poor population × 100; with no 2014 poor population the target counts as fully met.</summary>
    public static decimal ActualRatePercent(PopulationTargets targets, PovertyReductionFigures figures) =>
        targets.Baseline2014 == 0 ? 100m : figures.PersonsLifted * 100m / targets.Baseline2014;
}
