using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Scoring.IndicatorRules;

/// <summary>附件1-八: total investment short at the kind's rate.</summary>
public static class TotalInvestmentScoring
{
    public static void Apply<TSink>(ref TSink sink, TotalInvestmentRule rule, UnitPolicy policy, RateKind kind, WorkTargets targets, TotalInvestmentFigures figures) where TSink : ILineSink =>
        sink.Short(Indicator.TotalInvestment, "total_investment", Words(kind), Measure.Wan,
            targets.TotalInvestmentWan, figures.TotalInvestmentWan, rule.InvestmentShort.For(kind), policy);

    private static string Words(RateKind kind) => kind switch
    {
        RateKind.County => "县市每少100万元扣0.5分",
        RateKind.District => "区每少50万元扣1分",
    };
}
