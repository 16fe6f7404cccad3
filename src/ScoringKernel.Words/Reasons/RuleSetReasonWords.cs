using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Words;

internal sealed partial class ZhReasonWords
{
    public string Visit(RuleSetReason.NotYaml r) => $"不是有效的 YAML:{r.ParserWords}";
    public string Visit(RuleSetReason.UnknownKey r) => $"没有“{T(r.Key)}”这一项,此处可写 {r.Allowed}";
    public string Visit(RuleSetReason.MisplacedKey r) => $"“{T(r.Key)}”不应写在此处,应写为 {r.Belongs}";
    public string Visit(RuleSetReason.RepeatedKey r) => $"“{T(r.Key)}”写了不止一次";
    public string Visit(RuleSetReason.MissingKey r) => $"缺少 {r.Key}";
    public string Visit(RuleSetReason.WrongShape r) => $"此处应为 {r.Expected},写成了 {r.Found}";
    public string Visit(RuleSetReason.NotANumber r) => $"应为不带单位的数字(单位为 {r.Measure}),不能为“{T(r.Given)}”";
    public string Visit(RuleSetReason.UnknownValue r) => $"只能填 {r.Allowed} 之一,不能为“{T(r.Given)}”";
    public string Visit(RuleSetReason.WrongClause r) => $"条款应为 {r.Clause},写成了“{T(r.Given)}”";
    public string Visit(RuleSetReason.BadDate r) => $"日期应写成 2015-04-20 的形式,不能为“{T(r.Given)}”";
    public string Visit(RuleSetReason.StandardsNotMaximum r) => $"各项标准分合计 {N(r.Sum)} 分,与满分 {N(r.Maximum)} 分不符";
    public string Visit(RuleSetReason.RateNotPositive r) => $"扣分和步长应大于 0(填写了 {N(r.Value)})";
    public string Visit(RuleSetReason.PenaltyNegative r) => $"扣分不能小于 0(填写了 {N(r.Value)});填 0 即取消该项扣分";
    public string Visit(RuleSetReason.PenaltyZero r) => $"{r.Clause} 的这项扣分为 0,该项要求不再扣分";
    public string Visit(RuleSetReason.IndicatorDropped r) => $"{r.Clause} 的标准分为 0,本项指标不计分(取消)";
    public string Visit(RuleSetReason.StandardsNotHundred r) => $"各项标准分合计 {N(r.Sum)} 分,与满分一致,但不是考核办法的 100 分";
    public string Visit(RuleSetReason.PassLineOutside r) => $"合格线应在 0 到 {N(r.Maximum)} 之间(填写了 {N(r.PassLine)})";
    public string Visit(RuleSetReason.QuotaOverGroup r) => $"一类名额 {N(r.Quota)} 超过了{S(r.Group)}的单位数 {N(r.Units)}";
    public string Visit(RuleSetReason.QuotaZero r) => $"{S(r.Group)}一类名额为 0,该组不评一类";
    public string Visit(RuleSetReason.TieBreakNotPermutation r) => $"同分比较顺序应恰好列出十项指标各一次({r.Indicators}),写成了 {r.Given}";
    public string Visit(RuleSetReason.DecimalsOutside r) => $"得分小数位数应在 0 到 4 之间(填写了 {N(r.Given)})";
    public string Visit(RuleSetReason.PenaltyOverStandard r) => $"扣分 {N(r.Penalty)} 大于本项标准分 {N(r.Standard)},超出部分不起作用";
    public string Visit(RuleSetReason.TargetsUnreadable r) => $"目标任务表“{T(r.File)}”无法读取:{r.Why}";
    public string Visit(RuleSetReason.DuplicateId r) => $"规则集 {r.Id} 出现了两次(“{T(r.First)}”与“{T(r.Second)}”)";
}

internal sealed partial class EnReasonWords
{
    public string Visit(RuleSetReason.NotYaml r) => $"is not valid YAML: {r.ParserWords}";
    public string Visit(RuleSetReason.UnknownKey r) => $"unknown key '{T(r.Key)}'; allowed here: {r.Allowed}";
    public string Visit(RuleSetReason.MisplacedKey r) => $"key '{T(r.Key)}' does not belong here; it is {r.Belongs}";
    public string Visit(RuleSetReason.RepeatedKey r) => $"key '{T(r.Key)}' is given more than once";
    public string Visit(RuleSetReason.MissingKey r) => $"{r.Key} is missing";
    public string Visit(RuleSetReason.WrongShape r) => $"expected a {r.Expected}, found a {r.Found}";
    public string Visit(RuleSetReason.NotANumber r) => $"must be a plain number in {r.Measure} (got '{T(r.Given)}')";
    public string Visit(RuleSetReason.UnknownValue r) => $"must be one of {r.Allowed} (got '{T(r.Given)}')";
    public string Visit(RuleSetReason.WrongClause r) => $"the clause is {r.Clause} (got '{T(r.Given)}')";
    public string Visit(RuleSetReason.BadDate r) => $"a date is written 2015-04-20 (got '{T(r.Given)}')";
    public string Visit(RuleSetReason.StandardsNotMaximum r) => $"the standard scores sum to {N(r.Sum)}, not the maximum {N(r.Maximum)}";
    public string Visit(RuleSetReason.RateNotPositive r) => $"every rate and step must be greater than 0 (got {N(r.Value)})";
    public string Visit(RuleSetReason.PenaltyNegative r) => $"a penalty cannot be below 0 (got {N(r.Value)}); 0 drops it";
    public string Visit(RuleSetReason.PenaltyZero r) => $"this penalty of {r.Clause} is 0: the requirement deducts nothing";
    public string Visit(RuleSetReason.IndicatorDropped r) => $"{r.Clause} has a standard score of 0: the indicator is dropped (it scores 0 of 0)";
    public string Visit(RuleSetReason.StandardsNotHundred r) => $"the standard scores sum to {N(r.Sum)}, which is the stated maximum but not the regulation's 100";
    public string Visit(RuleSetReason.PassLineOutside r) => $"the pass line must be between 0 and {N(r.Maximum)} (got {N(r.PassLine)})";
    public string Visit(RuleSetReason.QuotaOverGroup r) => $"a Class 1 quota of {N(r.Quota)} exceeds the {N(r.Units)} units of the {S(r.Group)} group";
    public string Visit(RuleSetReason.QuotaZero r) => $"the {S(r.Group)} group's Class 1 quota is 0: no unit of it can be Class 1";
    public string Visit(RuleSetReason.TieBreakNotPermutation r) => $"the tie-break order must name each of the ten indicators once ({r.Indicators}); got {r.Given}";
    public string Visit(RuleSetReason.DecimalsOutside r) => $"score decimals must be 0 to 4 (got {N(r.Given)})";
    public string Visit(RuleSetReason.PenaltyOverStandard r) => $"the penalty {N(r.Penalty)} exceeds the indicator's standard {N(r.Standard)}; the cap cuts it";
    public string Visit(RuleSetReason.TargetsUnreadable r) => $"the target table '{T(r.File)}' cannot be read: {r.Why}";
    public string Visit(RuleSetReason.DuplicateId r) => $"rule set {r.Id} is given twice ('{T(r.First)}' and '{T(r.Second)}')";
}
