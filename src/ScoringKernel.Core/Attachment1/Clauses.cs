using ScoringKernel.Core.Rules;

namespace ScoringKernel.Core.Attachment1;

public static class Clauses
{
    /// <summary>An indicator's clause, its numbers rendered from <paramref name="rules"/>, its reading the rule set's where it has one.</summary>
    public static Clause Of(Indicator indicator, RuleSet rules) =>
        rules.Readings.Find(indicator).Match(reading => Written(indicator, rules) with { Reading = reading }, () => Written(indicator, rules));

    private static Clause Written(Indicator indicator, RuleSet rules) => indicator switch
    {
        Indicator.PovertyReduction => PovertyReductionClause.Of(rules),
        Indicator.TargetedAssistance => TargetedAssistanceClause.Of(rules),
        Indicator.VillageIncome => VillageIncomeClause.Of(rules),
        Indicator.HouseRenovation => HouseRenovationClause.Of(rules),
        Indicator.Leadership => LeadershipClause.Of(rules),
        Indicator.VillageAssistance => VillageAssistanceClause.Of(rules),
        Indicator.SocialInvestment => SocialInvestmentClause.Of(rules),
        Indicator.TotalInvestment => TotalInvestmentClause.Of(rules),
        Indicator.OwnBudget => OwnBudgetClause.Of(rules),
        Indicator.WorkSystems => WorkSystemsClause.Of(rules),
    };
}
