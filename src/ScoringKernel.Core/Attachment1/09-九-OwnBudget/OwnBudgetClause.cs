using static LanguageExt.Prelude;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Units;
using static ScoringKernel.Core.Rules.Wording;

namespace ScoringKernel.Core.Attachment1;

public static class OwnBudgetClause
{
    public static Clause Of(RuleSet rules)
    {
        var r = rules.OwnBudget;
        var budget = OwnBudgetRule.OwnBudget;
        return new(Indicator.OwnBudget,
            "完成精准扶贫专项资金列入财政预算;其他扶贫资金管理使用情况,(由财政、扶贫办等部门提供),",
            $"{budget.Words(rules, RateKind.County)}。{budget.Words(rules, RateKind.District)}。{OwnBudgetRule.OtherFundsCompliant.Words(rules, RateKind.County)}。",
            $"Put targeted poverty-alleviation funds into the own-level fiscal budget; manage other poverty funds as policy requires. Counties and cities: deduct {N(r.BudgetShort.County.Deduction)} per {N(r.BudgetShort.County.Step)} 万元 of budget short; districts: {N(r.BudgetShort.District.Deduction)} per {N(r.BudgetShort.District.Step)} 万元 short; deduct {N(r.OtherFundsNotCompliant)} if other funds were not used as policy requires.",
            "The target is the unit's Attachment 2 own-level budget.",
            Seq(Department.FinanceBureau, Department.PovertyAlleviationOffice));
    }
}
