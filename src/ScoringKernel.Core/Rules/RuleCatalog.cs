using LanguageExt;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Rules;

/// <summary>
/// Each rule's parameters as named values, read from the same rule set the kernel computes with, so the
/// catalog served to clients and printed by the command line cannot drift from behaviour.
/// </summary>
public static class RuleCatalog
{
    public static Seq<(string Name, decimal Value)> Parameters(RuleSet rules, Indicator indicator) => indicator switch
    {
        Indicator.PovertyReduction => Rate("rate_short", rules.PovertyReduction.RateShort)
            .Add(("no_dynamic_management", rules.PovertyReduction.NoDynamicManagement)),
        Indicator.TargetedAssistance => Seq1(("completion_target_percent", rules.TargetedAssistance.CompletionTargetPercent))
            .Concat(Rate("completion_short", rules.TargetedAssistance.CompletionShort)),
        Indicator.VillageIncome => Seq(("income_target_yuan", rules.VillageIncome.IncomeTargetYuan), ("growth_target_percent", rules.VillageIncome.GrowthTargetPercent))
            .Concat(Rate("income_short", rules.VillageIncome.IncomeShort))
            .Concat(Rate("growth_short", rules.VillageIncome.GrowthShort)),
        Indicator.HouseRenovation => ByKind("households_short", rules.HouseRenovation.HouseholdsShort),
        Indicator.Leadership => Seq(
            ("no_special_study", rules.Leadership.NoSpecialStudy),
            ("no_top_leader_responsibility", rules.Leadership.NoTopLeaderResponsibility),
            ("no_plan_with_measures", rules.Leadership.NoPlanWithMeasures)),
        Indicator.VillageAssistance => Rate("villages_without_team", rules.VillageAssistance.VillagesWithoutTeam)
            .Add(("funds_delivered_target_percent", rules.VillageAssistance.FundsDeliveredTargetPercent))
            .Concat(Rate("funds_short", rules.VillageAssistance.FundsShort))
            .Add(("per_village_investment_target_wan", rules.VillageAssistance.PerVillageInvestmentTargetWan))
            .Concat(Rate("investment_short", rules.VillageAssistance.InvestmentShort)),
        Indicator.SocialInvestment => ByKind("investment_short", rules.SocialInvestment.InvestmentShort)
            .Add(("no_poverty_day", rules.SocialInvestment.NoPovertyDay)),
        Indicator.TotalInvestment => ByKind("investment_short", rules.TotalInvestment.InvestmentShort),
        Indicator.OwnBudget => ByKind("budget_short", rules.OwnBudget.BudgetShort)
            .Add(("other_funds_not_compliant", rules.OwnBudget.OtherFundsNotCompliant)),
        Indicator.WorkSystems => Seq1(("target_percent", rules.WorkSystems.TargetPercent))
            .Concat(Rate("implementation_short", rules.WorkSystems.ImplementationShort)),
    };

    private static Seq<(string, decimal)> Rate(string name, StepRate rate) =>
        Seq(($"{name}.step", rate.Step), ($"{name}.deduction", rate.Deduction));

    private static Seq<(string, decimal)> ByKind(string name, Units.ByKind<StepRate> rates) =>
        Rate($"{name}.county", rates.County).Concat(Rate($"{name}.district", rates.District));
}
