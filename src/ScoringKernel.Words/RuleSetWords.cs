using ScoringKernel.Core.Problems;

namespace ScoringKernel.Words;

public static partial class ReasonWords
{
    static partial void RuleSetWords()
    {
        Say(RuleSetReasons.NotYaml, a => $"不是有效的 YAML:{a[0]}", a => $"is not valid YAML: {a[0]}");
        Say(RuleSetReasons.UnknownKey, a => $"没有“{a.T(0)}”这一项,此处可写 {a[1]}", a => $"unknown key '{a.T(0)}'; allowed here: {a[1]}");
        Say(RuleSetReasons.MisplacedKey, a => $"“{a.T(0)}”不应写在此处,应写为 {a[1]}", a => $"key '{a.T(0)}' does not belong here; it is {a[1]}");
        Say(RuleSetReasons.RepeatedKey, a => $"“{a.T(0)}”写了不止一次", a => $"key '{a.T(0)}' is given more than once");
        Say(RuleSetReasons.MissingKey, a => $"缺少 {a[0]}", a => $"{a[0]} is missing");
        Say(RuleSetReasons.WrongShape, a => $"此处应为 {a[0]},写成了 {a[1]}", a => $"expected a {a[0]}, found a {a[1]}");
        Say(RuleSetReasons.NotANumber, a => $"应为不带单位的数字(单位为 {a[1]}),不能为“{a.T(0)}”", a => $"must be a plain number in {a[1]} (got '{a.T(0)}')");
        Say(RuleSetReasons.UnknownValue, a => $"只能填 {a[1]} 之一,不能为“{a.T(0)}”", a => $"must be one of {a[1]} (got '{a.T(0)}')");
        Say(RuleSetReasons.WrongClause, a => $"条款应为 {a[1]},写成了“{a.T(0)}”", a => $"the clause is {a[1]} (got '{a.T(0)}')");
        Say(RuleSetReasons.BadDate, a => $"日期应写成 2015-04-20 的形式,不能为“{a.T(0)}”", a => $"a date is written 2015-04-20 (got '{a.T(0)}')");
        Say(RuleSetReasons.StandardsNotMaximum, a => $"各项标准分合计 {a.N(0)} 分,与满分 {a.N(1)} 分不符", a => $"the standard scores sum to {a.N(0)}, not the maximum {a.N(1)}");
        Say(RuleSetReasons.RateNotPositive, a => $"扣分和步长应大于 0(填写了 {a.N(0)})", a => $"every rate and step must be greater than 0 (got {a.N(0)})");
        Say(RuleSetReasons.PenaltyNegative, a => $"扣分不能小于 0(填写了 {a.N(0)});填 0 即取消该项扣分", a => $"a penalty cannot be below 0 (got {a.N(0)}); 0 drops it");
        Say(RuleSetReasons.PenaltyZero, a => $"{a[0]} 的这项扣分为 0,该项要求不再扣分", a => $"this penalty of {a[0]} is 0: the requirement deducts nothing");
        Say(RuleSetReasons.IndicatorDropped, a => $"{a[0]} 的标准分为 0,本项指标不计分(取消)", a => $"{a[0]} has a standard score of 0: the indicator is dropped (it scores 0 of 0)");
        Say(RuleSetReasons.StandardsNotHundred, a => $"各项标准分合计 {a.N(0)} 分,与满分一致,但不是考核办法的 100 分", a => $"the standard scores sum to {a.N(0)}, which is the stated maximum but not the regulation's 100");
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

/// <summary>
/// The words of a rule set's verification: each invariant's name, and a verdict (proved and why, held on N cases with
/// the seed, failed with its counterexample: the unit, its figures, the scores and the clause that breaks).
/// </summary>
public static class InvariantWords
{
    /// <summary>The wire's stable code: SCORE_WITHIN_STANDARD …</summary>
    public static string Code(Core.Rules.Invariant invariant) => Core.Validation.ProtoNames.SnakeCase(invariant.ToString()).ToUpperInvariant();

    public static string Name(Core.Rules.Invariant invariant, Language l) => (invariant, l == Language.ZhCn) switch
    {
        (Core.Rules.Invariant.StandardsSumMaximum, true) => "各项标准分合计等于满分",
        (Core.Rules.Invariant.StandardsSumMaximum, false) => "the standard scores sum to the maximum",
        (Core.Rules.Invariant.ScoreWithinStandard, true) => "每项得分在 0 到标准分之间",
        (Core.Rules.Invariant.ScoreWithinStandard, false) => "every indicator score lies in [0, its standard]",
        (Core.Rules.Invariant.TotalWithinMaximum, true) => "总分在 0 到满分之间",
        (Core.Rules.Invariant.TotalWithinMaximum, false) => "every total lies in [0, the maximum]",
        (Core.Rules.Invariant.QuotaWithinGroup, true) => "一类名额不超过本组单位数",
        (Core.Rules.Invariant.QuotaWithinGroup, false) => "each Class 1 quota fits its group",
        (Core.Rules.Invariant.ClassesWithinGroup, true) => "一类不超过名额,一类加二类不超过本组单位数",
        (Core.Rules.Invariant.ClassesWithinGroup, false) => "Class 1 within its quota, Class 1 + Class 2 within the group",
        (Core.Rules.Invariant.OneGradePerUnit, true) => "每个单位恰有一个等次",
        (Core.Rules.Invariant.OneGradePerUnit, false) => "every unit gets exactly one grade",
        (Core.Rules.Invariant.MonotoneInFigures, true) => "数据更好,得分不降",
        (Core.Rules.Invariant.MonotoneInFigures, false) => "a better figure never lowers a score",
        (Core.Rules.Invariant.DisqualificationOnlyRank, true) => "取消排序资格只取消该单位的名次",
        (Core.Rules.Invariant.DisqualificationOnlyRank, false) => "disqualification removes only the unit's rank",
    };

    public static string Status(Core.Rules.Verdict verdict, Language l) => (verdict, l == Language.ZhCn) switch
    {
        (Core.Rules.Verdict.Proved, true) => "已证明",
        (Core.Rules.Verdict.Proved, false) => "proved",
        (Core.Rules.Verdict.Held h, true) => $"在 {h.Cases} 个生成用例上成立",
        (Core.Rules.Verdict.Held h, false) => $"held on {h.Cases} generated cases",
        (Core.Rules.Verdict.Failed, true) => "不成立",
        (Core.Rules.Verdict.Failed, false) => "fails",
        _ => throw new System.Diagnostics.UnreachableException(),
    };

    private static string Why(Core.Rules.Proof proof, Language l) => (proof, l == Language.ZhCn) switch
    {
        (Core.Rules.Proof.SumIsMaximum, true) => "标准分逐项相加恰为满分",
        (Core.Rules.Proof.SumIsMaximum, false) => "the standards add up to the maximum exactly",
        (Core.Rules.Proof.DeductionCap, true) => "标准分与扣分均不为负,扣分以标准分为限:得分 = 标准分 − min(标准分, 扣分合计)",
        (Core.Rules.Proof.DeductionCap, false) => "standards and deductions are ≥ 0 and deductions are capped at the standard: score = standard − min(standard, Σ deductions)",
        (Core.Rules.Proof.StandardsWithinMaximum, true) => "每项得分在 0 到标准分之间,标准分合计不超过满分",
        (Core.Rules.Proof.StandardsWithinMaximum, false) => "each score lies in [0, standard] and the standards sum to at most the maximum",
        (Core.Rules.Proof.QuotaFits, true) => "各组一类名额不超过目标任务表中该组的单位数",
        (Core.Rules.Proof.QuotaFits, false) => "each quota is at most its group's units in the target table",
        (Core.Rules.Proof.NonNegativeRates, true) => "差额 max(0, 目标 − 实际) 随数据增大而不增,各计分方式的步数随差额不减,扣分率不为负,封顶与四舍五入保持顺序",
        (Core.Rules.Proof.NonNegativeRates, false) => "the shortfall max(0, target − actual) never grows as a figure rises, steps never fall as the shortfall grows (any policy), rates are ≥ 0, and the cap and rounding keep the order",
    };

    private static string N(decimal d) => Core.Validation.DecimalParsing.Format(d);

    private static string Figures(Core.Rules.Counterexample c, Language l) =>
        c.Figures.IsEmpty
            ? (l == Language.ZhCn ? "各项数据均达到目标" : "every figure meets its target")
            : string.Join(l == Language.ZhCn ? "," : ", ", c.Figures.Map(f => $"{Labels.FigureInClause(f.Field, l)} {N(f.Value)}"));

    /// <summary>The whole verdict as one sentence: the invariant, how it stands, and why (or the counterexample).</summary>
    public static string Sentence(Core.Rules.InvariantVerdict v, Language l, UnitNames? names = null)
    {
        names ??= UnitNames.Embedded;
        var zh = l == Language.ZhCn;
        var head = zh ? $"{Name(v.Invariant, l)}:{Status(v.Verdict, l)}" : $"{Name(v.Invariant, l)}: {Status(v.Verdict, l)}";
        return v.Verdict switch
        {
            Core.Rules.Verdict.Proved p => zh ? $"{head}({Why(p.Why, l)})" : $"{head} ({Why(p.Why, l)})",
            Core.Rules.Verdict.Held h => zh ? $"{head}(随机种子 {h.Seed})" : $"{head} (seed {h.Seed})",
            Core.Rules.Verdict.Failed f => zh ? $"{head}。反例:{Example(v.Invariant, f.Example, l, names)}" : $"{head}. Counterexample: {Example(v.Invariant, f.Example, l, names)}",
            _ => throw new System.Diagnostics.UnreachableException(),
        };
    }

    public static string Example(Core.Rules.Invariant invariant, Core.Rules.Counterexample c, Language l, UnitNames names)
    {
        var zh = l == Language.ZhCn;
        var unit = c.Unit.Match(u => names.NameAndCode(u, l), () => "");
        var clause = c.Clause.Match(i => Labels.Clause(i, l), () => zh ? "六(一)" : "section 6(1)");
        var group = c.Group.Match(g => Labels.Group(g, l), () => "");
        return invariant switch
        {
            Core.Rules.Invariant.StandardsSumMaximum => zh
                ? $"{unit} 各项数据均达到目标,总分 {N(c.Total)} 分,而满分为 {N(c.Bound)} 分"
                : $"{unit} meets every target and totals {N(c.Total)}, but the maximum is {N(c.Bound)}",
            Core.Rules.Invariant.ScoreWithinStandard => zh
                ? $"{unit}({Figures(c, l)}),{clause} 得分 {N(c.Score)} 分,标准分 {N(c.Bound)} 分"
                : $"{unit} ({Figures(c, l)}) scores {N(c.Score)} in {clause}, whose standard is {N(c.Bound)}",
            Core.Rules.Invariant.TotalWithinMaximum => zh
                ? $"{unit}({Figures(c, l)})总分 {N(c.Total)} 分,超出 0 到 {N(c.Bound)} 分;各项标准分合计 {N(c.Score)} 分"
                : $"{unit} ({Figures(c, l)}) totals {N(c.Total)}, outside [0, {N(c.Bound)}]; the standard scores sum to {N(c.Score)}",
            Core.Rules.Invariant.QuotaWithinGroup => zh
                ? $"{group}只有 {c.Count} 个单位,一类名额却为 {N(c.Score)};六(一)规定一类、二类共同分配本组单位"
                : $"the {group} group has {c.Count} units but a Class 1 quota of {N(c.Score)}; section 6(1) shares the group's units between Class 1 and Class 2",
            Core.Rules.Invariant.ClassesWithinGroup => zh
                ? $"{group}评出一类 {N(c.Score)} 个、二类 {N(c.ScoreAfter)} 个,名额 {N(c.Bound)},本组 {c.Count} 个单位"
                : $"the {group} group graded {N(c.Score)} Class 1 and {N(c.ScoreAfter)} Class 2 with a quota of {N(c.Bound)} and {c.Count} units",
            Core.Rules.Invariant.OneGradePerUnit => zh
                ? $"{unit} 得到 {c.Count} 个等次"
                : $"{unit} got {c.Count} grades",
            Core.Rules.Invariant.MonotoneInFigures => c.Change.Match(
                ch => zh
                    ? $"{unit}({Figures(c, l)}),{Labels.FigureInClause(ch.Field, l)} 从 {N(ch.From)} 提高到 {N(ch.To)},{clause} 得分却从 {N(c.Score)} 分降到 {N(c.ScoreAfter)} 分"
                    : $"{unit} ({Figures(c, l)}): raising {Labels.FigureInClause(ch.Field, l)} from {N(ch.From)} to {N(ch.To)} lowers its {clause} score from {N(c.Score)} to {N(c.ScoreAfter)}",
                () => ""),
            Core.Rules.Invariant.DisqualificationOnlyRank => zh
                ? $"{unit} 被取消排序资格后,评分或其他单位的名次随之改变"
                : $"disqualifying {unit} changed a score card or the other units' order",
        };
    }
}
