using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;

namespace ScoringKernel.Core.Scoring.IndicatorRules;

/// <summary>附件1-十: implementation rate per 5 percentage points short of 100.</summary>
public static class WorkSystemsScoring
{
    public static void Apply<TSink>(ref TSink sink, WorkSystemsRule rule, UnitPolicy policy, WorkSystemsFigures figures) where TSink : ILineSink =>
        sink.Short(Indicator.WorkSystems, "implementation", "扶贫工作制度落实情况每减少5%扣0.5分", Measure.Percent,
            rule.TargetPercent, figures.ImplementationPercent, rule.ImplementationShort, policy);
}
