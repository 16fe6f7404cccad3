using ScoringKernel.Core.Problems;

namespace ScoringKernel.Words;

public static partial class ReasonWords
{
    static partial void RuleSetWords()
    {
        Say(RuleSetReasons.NotYaml, a => $"不是有效的 YAML:{a[0]}", a => $"is not valid YAML: {a[0]}");
        Say(RuleSetReasons.UnknownKey, a => $"没有“{a.T(0)}”这一项,此处可写 {a[1]}", a => $"unknown key '{a.T(0)}'; allowed here: {a[1]}");
        Say(RuleSetReasons.MisplacedKey, a => $"“{a.T(0)}”不应写在此处,应写在 {a[1]} 下", a => $"key '{a.T(0)}' does not belong here; it belongs under {a[1]}");
        Say(RuleSetReasons.RepeatedKey, a => $"“{a.T(0)}”写了不止一次", a => $"key '{a.T(0)}' is given more than once");
        Say(RuleSetReasons.MissingKey, a => $"缺少 {a[0]}", a => $"{a[0]} is missing");
        Say(RuleSetReasons.WrongShape, a => $"此处应为 {a[0]},写成了 {a[1]}", a => $"expected a {a[0]}, found a {a[1]}");
        Say(RuleSetReasons.NotANumber, a => $"应为不带单位的数字(单位为 {a[1]}),不能为“{a.T(0)}”", a => $"must be a plain number in {a[1]} (got '{a.T(0)}')");
        Say(RuleSetReasons.UnknownValue, a => $"只能填 {a[1]} 之一,不能为“{a.T(0)}”", a => $"must be one of {a[1]} (got '{a.T(0)}')");
        Say(RuleSetReasons.WrongClause, a => $"条款应为 {a[1]},写成了“{a.T(0)}”", a => $"the clause is {a[1]} (got '{a.T(0)}')");
        Say(RuleSetReasons.BadDate, a => $"日期应写成 2015-04-20 的形式,不能为“{a.T(0)}”", a => $"a date is written 2015-04-20 (got '{a.T(0)}')");
        Say(RuleSetReasons.StandardsNotMaximum, a => $"各项标准分合计 {a.N(0)} 分,与满分 {a.N(1)} 分不符", a => $"the standard scores sum to {a.N(0)}, not the maximum {a.N(1)}");
        Say(RuleSetReasons.RateNotPositive, a => $"扣分和步长应大于 0(填写了 {a.N(0)})", a => $"every rate and step must be greater than 0 (got {a.N(0)})");
        Say(RuleSetReasons.PassLineOutside, a => $"合格线应在 0 到 {a.N(1)} 之间(填写了 {a.N(0)})", a => $"the pass line must be between 0 and {a.N(1)} (got {a.N(0)})");
        Say(RuleSetReasons.QuotaOverGroup, a => $"一类名额 {a.N(0)} 超过了{a[1]}的单位数 {a.N(2)}", a => $"a Class 1 quota of {a.N(0)} exceeds the {a.N(2)} units of the {a[1]} group");
        Say(RuleSetReasons.QuotaZero, a => $"{a[0]}一类名额为 0,该组不评一类", a => $"the {a[0]} group's Class 1 quota is 0: no unit of it can be Class 1");
        Say(RuleSetReasons.TieBreakNotPermutation, a => $"同分比较顺序应恰好列出十项指标各一次({a[1]}),写成了 {a[0]}",
            a => $"the tie-break order must name each of the ten indicators once ({a[1]}); got {a[0]}");
        Say(RuleSetReasons.DecimalsOutside, a => $"得分小数位数应在 0 到 4 之间(填写了 {a.N(0)})", a => $"score decimals must be 0 to 4 (got {a.N(0)})");
        Say(RuleSetReasons.PenaltyOverStandard, a => $"扣分 {a.N(0)} 大于本项标准分 {a.N(1)},超出部分不起作用", a => $"the penalty {a.N(0)} exceeds the indicator's standard {a.N(1)}; the cap cuts it");
        Say(RuleSetReasons.TargetsUnreadable, a => $"目标任务表“{a.T(0)}”无法读取:{a[1]}", a => $"the target table '{a.T(0)}' cannot be read: {a[1]}");
        Say(RuleSetReasons.DuplicateId, a => $"规则集 {a[0]} 出现了两次(“{a.T(1)}”与“{a.T(2)}”)", a => $"rule set {a[0]} is given twice ('{a.T(1)}' and '{a.T(2)}')");
    }
}
