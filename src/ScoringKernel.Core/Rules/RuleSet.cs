using LanguageExt;
using ScoringKernel.Core.Attachment1;

namespace ScoringKernel.Core.Rules;

/// <summary>
/// Everything of the regulation that is data: each rule's parameters, the pass line, the quotas, the unit
/// policy, the tie-break order and the score precision. A scenario changes a rule set, never code.
/// </summary>
public sealed record RuleSet(
    string Id,
    string Version,
    string Title,
    int Year,
    PovertyReductionRule PovertyReduction,
    TargetedAssistanceRule TargetedAssistance,
    VillageIncomeRule VillageIncome,
    HouseRenovationRule HouseRenovation,
    LeadershipRule Leadership,
    VillageAssistanceRule VillageAssistance,
    SocialInvestmentRule SocialInvestment,
    TotalInvestmentRule TotalInvestment,
    OwnBudgetRule OwnBudget,
    WorkSystemsRule WorkSystems,
    UnitPolicy Policy,
    decimal PassLine,
    GroupQuotas Quotas,
    Seq<Indicator> TieBreakOrder,
    int ScoreDecimals)
{
    public decimal Standard(Indicator indicator) => indicator switch
    {
        Indicator.PovertyReduction => PovertyReduction.Standard,
        Indicator.TargetedAssistance => TargetedAssistance.Standard,
        Indicator.VillageIncome => VillageIncome.Standard,
        Indicator.HouseRenovation => HouseRenovation.Standard,
        Indicator.Leadership => Leadership.Standard,
        Indicator.VillageAssistance => VillageAssistance.Standard,
        Indicator.SocialInvestment => SocialInvestment.Standard,
        Indicator.TotalInvestment => TotalInvestment.Standard,
        Indicator.OwnBudget => OwnBudget.Standard,
        Indicator.WorkSystems => WorkSystems.Standard,
    };

    /// <summary>
    /// Each clause's reading as the rule-set file words it (its <c>reading:</c> key): what the catalog, the page and the
    /// notice show. An indicator without one (a rule set built in code) shows its clause's own reading.
    /// </summary>
    public HashMap<Indicator, string> Readings { get; init; }

    /// <summary>Whether a total reaches the pass line (合格).</summary>
    public bool Passes(decimal total) => total >= PassLine;

    public decimal MaxTotal => Indicators.All.Fold(0m, (sum, i) => sum + Standard(i));
}
