using LanguageExt;
using ScoringKernel.Core.Rules;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Scenarios;

/// <summary>A column of Attachment 2 that a scenario may set, for one unit or a whole kind or group.</summary>
public enum TargetField
{
    ReductionRatePercent,
    TotalInvestmentWan,
    OwnBudgetWan,
    SocialInvestmentWan,
    IncomeYuan,
    IncomeGrowthPercent,
    HousesToRenovate,
    PersonsToReach,
    HouseholdsToReach,
    PerVillageInvestmentWan,
}

/// <summary>A year-end figure that a scenario may set for one unit. Yes/no figures take 1 (yes) or 0 (no).</summary>
public enum FigureField
{
    PersonsLifted,
    DynamicManagement,
    PersonsReached,
    HouseholdsReached,
    IncomeYuan,
    GrowthPercent,
    HouseholdsRenovated,
    SpecialStudy,
    TopLeaderResponsibility,
    PlanWithMeasures,
    FundsPledgedWan,
    FundsDeliveredWan,
    SocialInvestmentWan,
    PovertyDayHeld,
    TotalInvestmentWan,
    OwnBudgetWan,
    OtherFundsCompliant,
    ImplementationPercent,
    FundsMisused,
}

public static class Fields
{
    /// <summary>The proto field name of a target column.</summary>
    public static string Name(this TargetField field) => field switch
    {
        TargetField.ReductionRatePercent => "reduction_rate_percent",
        TargetField.TotalInvestmentWan => "total_investment_wan",
        TargetField.OwnBudgetWan => "own_budget_wan",
        TargetField.SocialInvestmentWan => "social_investment_wan",
        TargetField.IncomeYuan => "income_yuan",
        TargetField.IncomeGrowthPercent => "income_growth_percent",
        TargetField.HousesToRenovate => "houses_to_renovate",
        TargetField.PersonsToReach => "persons_to_reach",
        TargetField.HouseholdsToReach => "households_to_reach",
        TargetField.PerVillageInvestmentWan => "per_village_investment_wan",
    };

    /// <summary>The proto field path of a figure within a unit.</summary>
    public static string Name(this FigureField field) => field switch
    {
        FigureField.PersonsLifted => "poverty_reduction.persons_lifted",
        FigureField.DynamicManagement => "poverty_reduction.dynamic_management",
        FigureField.PersonsReached => "targeted_assistance.persons_reached",
        FigureField.HouseholdsReached => "targeted_assistance.households_reached",
        FigureField.IncomeYuan => "village_income.income_yuan",
        FigureField.GrowthPercent => "village_income.growth_percent",
        FigureField.HouseholdsRenovated => "house_renovation.households_renovated",
        FigureField.SpecialStudy => "leadership.special_study",
        FigureField.TopLeaderResponsibility => "leadership.top_leader_responsibility",
        FigureField.PlanWithMeasures => "leadership.plan_with_measures",
        FigureField.FundsPledgedWan => "village_assistance.funds_pledged_wan",
        FigureField.FundsDeliveredWan => "village_assistance.funds_delivered_wan",
        FigureField.SocialInvestmentWan => "social_investment.social_investment_wan",
        FigureField.PovertyDayHeld => "social_investment.poverty_day_held",
        FigureField.TotalInvestmentWan => "total_investment.total_investment_wan",
        FigureField.OwnBudgetWan => "own_budget.own_budget_wan",
        FigureField.OtherFundsCompliant => "own_budget.other_funds_compliant",
        FigureField.ImplementationPercent => "work_systems.implementation_percent",
        FigureField.FundsMisused => "funds_misused",
    };

    /// <summary>The indicator a figure counts in; funds misuse counts in none (it decides ranking eligibility).</summary>
    public static Option<Indicator> Indicator(this FigureField field) => field switch
    {
        FigureField.PersonsLifted or FigureField.DynamicManagement => Some(Rules.Indicator.PovertyReduction),
        FigureField.PersonsReached or FigureField.HouseholdsReached => Some(Rules.Indicator.TargetedAssistance),
        FigureField.IncomeYuan or FigureField.GrowthPercent => Some(Rules.Indicator.VillageIncome),
        FigureField.HouseholdsRenovated => Some(Rules.Indicator.HouseRenovation),
        FigureField.SpecialStudy or FigureField.TopLeaderResponsibility or FigureField.PlanWithMeasures => Some(Rules.Indicator.Leadership),
        FigureField.FundsPledgedWan or FigureField.FundsDeliveredWan => Some(Rules.Indicator.VillageAssistance),
        FigureField.SocialInvestmentWan or FigureField.PovertyDayHeld => Some(Rules.Indicator.SocialInvestment),
        FigureField.TotalInvestmentWan => Some(Rules.Indicator.TotalInvestment),
        FigureField.OwnBudgetWan or FigureField.OtherFundsCompliant => Some(Rules.Indicator.OwnBudget),
        FigureField.ImplementationPercent => Some(Rules.Indicator.WorkSystems),
        FigureField.FundsMisused => None,
    };

    public static readonly Seq<TargetField> AllTargets = toSeq(Enum.GetValues<TargetField>()).Strict();
    public static readonly Seq<FigureField> AllFigures = toSeq(Enum.GetValues<FigureField>()).Strict();

    public static Option<TargetField> TargetByName(string name) => AllTargets.Find(f => f.Name() == name);
    public static Option<FigureField> FigureByName(string name) => AllFigures.Find(f => f.Name() == name);
}
