using static LanguageExt.Prelude;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Units;
using static ScoringKernel.Core.Rules.Wording;

namespace ScoringKernel.Core.Attachment1;

public static class VillageIncomeClause
{
    public static Clause Of(RuleSet rules)
    {
        var r = rules.VillageIncome;
        var income = VillageIncomeRule.Income.Words(rules, RateKind.County);
        var growth = VillageIncomeRule.Growth.Words(rules, RateKind.County);
        // The regulation states both components in one sentence with one deduction; with different deductions each keeps its own.
        var scoring = r.IncomeShort.Deduction == r.GrowthShort.Deduction
            ? $"{income[..income.IndexOf('扣')]}、{growth}。"
            : $"{income}、{growth}。";
        return new(Indicator.VillageIncome,
            $"贫困村居民年人均可支配收入达{N(r.IncomeTargetYuan)}元,增长{N(r.GrowthTargetPercent)}%以上。(由统计局、扶贫办提供)",
            scoring,
            $"Per-capita disposable income of poor-village residents reaches {N(r.IncomeTargetYuan)} yuan and grows by {N(r.GrowthTargetPercent)} % or more. Deduct {N(r.IncomeShort.Deduction)} per {N(r.IncomeShort.Step)} yuan of income short and {N(r.GrowthShort.Deduction)} per {PerEn(r.GrowthShort.Step, "percentage point")} of growth short.",
            $"The targets are the unit's Attachment 2 columns (3650 yuan, 16 %), or the rule set's ({N(r.IncomeTargetYuan)} yuan, {N(r.GrowthTargetPercent)} %) when the table leaves them empty. The two deductions add up.",
            Seq(Department.StatisticsBureau, Department.PovertyAlleviationOffice));
    }
}
