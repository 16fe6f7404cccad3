using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Scoring.IndicatorRules;

/// <summary>附件1-四: households short, at the county or district rate.</summary>
public static class HouseRenovationScoring
{
    public static void Apply<TSink>(ref TSink sink, HouseRenovationRule rule, UnitPolicy policy, RateKind kind, WorkTargets targets, HouseRenovationFigures figures) where TSink : ILineSink =>
        sink.Short(Indicator.HouseRenovation, "houses_renovated", Words(kind), Measure.Households,
            targets.HousesToRenovate, figures.HouseholdsRenovated, rule.HouseholdsShort.For(kind), policy);

    private static string Words(RateKind kind) => kind switch
    {
        RateKind.County => "县市每减少一户扣0.3分",
        RateKind.District => "区每减少一户扣1分",
    };
}
