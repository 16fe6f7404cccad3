using static LanguageExt.Prelude;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Units;
using static ScoringKernel.Core.Rules.Wording;

namespace ScoringKernel.Core.Attachment1;

public static class SocialInvestmentClause
{
    public static Clause Of(RuleSet rules)
    {
        var r = rules.SocialInvestment;
        var social = SocialInvestmentRule.SocialInvestment;
        return new(Indicator.SocialInvestment,
            "完成社会扶贫工作任务100%。开展好10..17全国扶贫日活动(由扶贫办及相关部门提供)",
            $"{social.Words(rules, RateKind.County)}。{social.Words(rules, RateKind.District)}。{SocialInvestmentRule.PovertyDay.Words(rules, RateKind.County)}",
            $"Complete 100 % of the social poverty-alleviation task; hold the 10·17 national poverty-alleviation day activities. Counties and cities: deduct {N(r.InvestmentShort.County.Deduction)} per {N(r.InvestmentShort.County.Step)} 万元 short; districts: {N(r.InvestmentShort.District.Deduction)} per {N(r.InvestmentShort.District.Step)} 万元 short; deduct {N(r.NoPovertyDay)} if the day's activities were not held as the provincial office requires.",
            "The target is the unit's Attachment 2 social investment. The regulation prints the national poverty-alleviation day as 「10..17」 (17 October); it is quoted as printed.",
            Seq1(Department.PovertyAlleviationOffice));
    }
}
