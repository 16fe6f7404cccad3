using LanguageExt;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Validation;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Contracts.Mapping;

/// <summary>The closed sets between wire and domain. Wire enums accept unknown numbers: those become field problems.</summary>
public static class EnumMapping
{
    public static P.Indicator FromDomain(Indicator indicator) => indicator switch
    {
        Indicator.PovertyReduction => P.Indicator.PovertyReduction,
        Indicator.TargetedAssistance => P.Indicator.TargetedAssistance,
        Indicator.VillageIncome => P.Indicator.VillageIncome,
        Indicator.HouseRenovation => P.Indicator.HouseRenovation,
        Indicator.Leadership => P.Indicator.Leadership,
        Indicator.VillageAssistance => P.Indicator.VillageAssistance,
        Indicator.SocialInvestment => P.Indicator.SocialInvestment,
        Indicator.TotalInvestment => P.Indicator.TotalInvestment,
        Indicator.OwnBudget => P.Indicator.OwnBudget,
        Indicator.WorkSystems => P.Indicator.WorkSystems,
    };

    public static P.UnitPolicy FromDomain(UnitPolicy policy) => policy switch
    {
        UnitPolicy.Proportional => P.UnitPolicy.Proportional,
        UnitPolicy.WholeUnits => P.UnitPolicy.WholeUnits,
        UnitPolicy.StartedUnits => P.UnitPolicy.StartedUnits,
    };

    /// <summary>A request's policy: unspecified keeps the rule set's own.</summary>
    public static Validation<Problem, Option<UnitPolicy>> ToDomain(P.UnitPolicy policy, string field) => policy switch
    {
        P.UnitPolicy.Unspecified => Valid.Ok(Option<UnitPolicy>.None),
        P.UnitPolicy.Proportional => Valid.Ok(Prelude.Some(UnitPolicy.Proportional)),
        P.UnitPolicy.WholeUnits => Valid.Ok(Prelude.Some(UnitPolicy.WholeUnits)),
        P.UnitPolicy.StartedUnits => Valid.Ok(Prelude.Some(UnitPolicy.StartedUnits)),
        _ => Valid.Fail<Option<UnitPolicy>>(field, $"unknown unit policy {(int)policy}"),
    };

    public static P.UnitKind FromDomain(UnitKind kind) => kind switch
    {
        UnitKind.County => P.UnitKind.County,
        UnitKind.CountyLevelCity => P.UnitKind.CountyCity,
        UnitKind.District => P.UnitKind.District,
    };

    public static P.AssessmentGroup FromDomain(AssessmentGroup group) => group switch
    {
        AssessmentGroup.CountiesAndCities => P.AssessmentGroup.CountiesAndCities,
        AssessmentGroup.Districts => P.AssessmentGroup.Districts,
    };

    public static P.Grade FromDomain(Grade grade) => grade switch
    {
        Grade.Class1 => P.Grade.Class1,
        Grade.Class2 => P.Grade.Class2,
        Grade.Unqualified => P.Grade.Unqualified,
        Grade.Disqualified => P.Grade.Disqualified,
    };
}
