using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;

namespace ScoringKernel.Core.Scoring.IndicatorRules;

/// <summary>附件1-二: completion, the lower of the persons and households rates, capped at 100.</summary>
public static class TargetedAssistanceScoring
{
    public static void Apply<TSink>(ref TSink sink, TargetedAssistanceRule rule, UnitPolicy policy, WorkTargets targets, TargetedAssistanceFigures figures) where TSink : ILineSink =>
        sink.Short(Indicator.TargetedAssistance, "completion", "完成任务每减少一个百分点扣0.5分", Measure.Percent,
            rule.CompletionTargetPercent, CompletionPercent(targets, figures), rule.CompletionShort, policy);

    public static decimal CompletionPercent(WorkTargets targets, TargetedAssistanceFigures figures) =>
        Math.Min(100m, Math.Min(
            Rate(figures.PersonsReached, targets.PersonsToReach),
            Rate(figures.HouseholdsReached, targets.HouseholdsToReach)));

    private static decimal Rate(int reached, int target) => target == 0 ? 100m : reached * 100m / target;
}
