using static LanguageExt.Prelude;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Units;
using static ScoringKernel.Core.Rules.Wording;

namespace ScoringKernel.Core.Attachment1;

public static class PovertyReductionClause
{
    public static Clause Of(RuleSet rules)
    {
        var r = rules.PovertyReduction;
        return new(Indicator.PovertyReduction,
            "扶贫建档立卡信息平台动态化管理,贫困对象减贫率达16.5%以上。(由统计局、扶贫办提供)",
            $"{PovertyReductionRule.ReductionRate.Words(rules, RateKind.County)}。{PovertyReductionRule.DynamicManagement.Words(rules, RateKind.County)}",
            $"Dynamic management of the registered poor-household platform; a poverty-reduction rate at or above the unit's target (16.5 %). Deduct {N(r.RateShort.Deduction)} per {PerEn(r.RateShort.Step, "percentage point")} the rate is short; deduct {N(r.NoDynamicManagement)} if dynamic management of registered households is not in place.",
            "The target is the unit's reduction rate in Attachment 2 (16.5 / 16.7 / 17.5 %). The actual rate is persons lifted ÷ 2014 poor population × 100; a 2014 population of zero counts as fully met.",
            Seq(Department.StatisticsBureau, Department.PovertyAlleviationOffice));
    }
}
