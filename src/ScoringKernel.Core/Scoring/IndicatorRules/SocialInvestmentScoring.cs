using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Scoring.IndicatorRules;

/// <summary>附件1-七: social investment short at the kind's rate; the poverty day.</summary>
public static class SocialInvestmentScoring
{
    public static void Apply<TSink>(ref TSink sink, SocialInvestmentRule rule, UnitPolicy policy, RateKind kind, WorkTargets targets, SocialInvestmentFigures figures) where TSink : ILineSink
    {
        sink.Short(Indicator.SocialInvestment, "social_investment", Words(kind), Measure.Wan,
            targets.SocialInvestmentWan, figures.SocialInvestmentWan, rule.InvestmentShort.For(kind), policy);
        sink.Flag(Indicator.SocialInvestment, "poverty_day", "未按省办要求开展扶贫日活动的扣2分", figures.PovertyDayHeld, rule.NoPovertyDay);
    }

    private static string Words(RateKind kind) => kind switch
    {
        RateKind.County => "县市每减少10万元扣0.3分",
        RateKind.District => "区每减少5万元扣0.5分",
    };
}
