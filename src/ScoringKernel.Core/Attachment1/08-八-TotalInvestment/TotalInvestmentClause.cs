using static LanguageExt.Prelude;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Units;
using static ScoringKernel.Core.Rules.Wording;

namespace ScoringKernel.Core.Attachment1;

public static class TotalInvestmentClause
{
    public static Clause Of(RuleSet rules)
    {
        var r = rules.TotalInvestment.InvestmentShort;
        var total = TotalInvestmentRule.TotalInvestment;
        return new(Indicator.TotalInvestment,
            "完成年度扶贫开发总投入目标任务。(由财政、统计、扶贫等部门提供)",
            $"{total.Words(rules, RateKind.County)}。{total.Words(rules, RateKind.District)}",
            $"Reach the year's total poverty-alleviation investment target. Counties and cities: deduct {N(r.County.Deduction)} per {N(r.County.Step)} 万元 short; districts: {N(r.District.Deduction)} per {N(r.District.Step)} 万元 short.",
            "The target is the unit's Attachment 2 total investment; national, provincial and city fiscal funds count at their actual amounts (Attachment 2, note).",
            Seq(Department.FinanceBureau, Department.StatisticsBureau, Department.PovertyAlleviationOffice));
    }
}
