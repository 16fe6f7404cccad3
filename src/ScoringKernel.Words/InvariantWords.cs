using ScoringKernel.Core.Problems;

namespace ScoringKernel.Words;

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

    public static string Status(Core.Rules.Verdict verdict, Language l)
    {
        var zh = l == Language.ZhCn;
        return verdict.Match(
            _ => zh ? "已证明" : "proved",
            h => zh ? $"在 {h.Cases} 个生成用例上成立" : $"held on {h.Cases} generated cases",
            _ => zh ? "不成立" : "fails");
    }

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
        return v.Verdict.Match(
            p => zh ? $"{head}({Why(p.Why, l)})" : $"{head} ({Why(p.Why, l)})",
            h => zh ? $"{head}(随机种子 {h.Seed})" : $"{head} (seed {h.Seed})",
            f => zh ? $"{head}。反例:{Example(v.Invariant, f.Example, l, names)}" : $"{head}. Counterexample: {Example(v.Invariant, f.Example, l, names)}");
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
