using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Scoring.IndicatorRules;

/// <summary>附件1-九: own-level budget short at the kind's rate; other funds used as policy requires.</summary>
public static class OwnBudgetScoring
{
    public static void Apply<TSink>(ref TSink sink, OwnBudgetRule rule, UnitPolicy policy, RateKind kind, WorkTargets targets, OwnBudgetFigures figures) where TSink : ILineSink
    {
        sink.Short(Indicator.OwnBudget, "own_budget", Words(kind), Measure.Wan,
            targets.OwnBudgetWan, figures.OwnBudgetWan, rule.BudgetShort.For(kind), policy);
        sink.Flag(Indicator.OwnBudget, "other_funds_compliant", "其他扶贫资金没有按政策规范使用的扣1分", figures.OtherFundsCompliant, rule.OtherFundsNotCompliant);
    }

    private static string Words(RateKind kind) => kind switch
    {
        RateKind.County => "县市财政预算安排每少10万元扣0.5分",
        RateKind.District => "区财政预算安排每少5万元扣1分",
    };
}
