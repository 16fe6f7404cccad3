using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using static ScoringKernel.Core.Rules.Wording;

namespace ScoringKernel.Core.Attachment1;

/// <summary>四: households short of the renovation target, at the county or the district rate.</summary>
public sealed record HouseRenovationRule(decimal Standard, ByKind<StepRate> HouseholdsShort)
{
    public static readonly Component HousesRenovated = new(Indicator.HouseRenovation, "houses_renovated", (r, kind) =>
    {
        var rate = r.HouseRenovation.HouseholdsShort.For(kind);
        return $"{kind.Prefix()}每减少{Per(rate.Step, "户")}扣{N(rate.Deduction)}分";
    });

    internal static readonly Seq<RuleParameterDef> Parameters =
        new ParameterRows<HouseRenovationRule>(Indicator.HouseRenovation, r => r.HouseRenovation, (r, x) => r with { HouseRenovation = x })
            .Value("standard", ParameterKind.Points, x => x.Standard, (x, v) => x with { Standard = v })
            .ByKind("households_short", x => x.HouseholdsShort, (x, v) => x with { HouseholdsShort = v })
            .Rows;

    public static void Apply<TSink>(ref TSink sink, RuleSet rules, UnitTargets targets, UnitFigures figures) where TSink : ILineSink =>
        sink.Short(HousesRenovated, Measure.Households, targets.Work.HousesToRenovate, figures.HouseRenovation.HouseholdsRenovated,
            rules.HouseRenovation.HouseholdsShort.For(targets.Kind.RateKind()), rules.Policy);
}
