using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scenarios;
using ScoringKernel.Core.Scenarios.Thresholds;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Words;

/// <summary>A threshold answer in the office's words: the intervals, and at each end the units and clauses that bind there.</summary>
public static class ThresholdWords
{
    /// <summary>The measure the varied value is written in ("%", "万元", "分", or none for a count of places).</summary>
    public static string Measure(Override template, Language language) => template.Match(
        p => p.Definition.Kind switch
        {
            ParameterKind.Percent => "%",
            ParameterKind.Points => language == Language.ZhCn ? "分" : "points",
            ParameterKind.Count => language == Language.ZhCn ? "个" : "",
            ParameterKind.Amount or ParameterKind.Step => "",
        },
        _ => "",
        t => Labels.TargetMeasure(t.Field, language),
        f => Labels.Measure(f.Field, language));

    public static string Value(decimal v, Override template, Language language)
    {
        var m = Measure(template, language);
        return m.Length == 0 ? DecimalParsing.Format(v) : $"{DecimalParsing.Format(v)} {m}";
    }

    /// <summary>What varies: "县市组 减贫率目标", "衡东县 每个贫困村项目投入", "合格线".</summary>
    public static string Subject(Override template, UnitNames names, Language language) => template.Match(
        p => p.Definition == RuleParameters.PassLine ? (language == Language.ZhCn ? "合格线" : "the pass line") : language == Language.ZhCn ? p.Definition.Indicator.Match(i => $"{Labels.Clause(i)} ", () => "") + ParameterWords.Label(p.Definition) : p.Definition.Path,
        _ => "",
        t => $"{t.Scope.Match(u => names.Name(u.Code), k => Labels.Kind(k.Kind, language), g => Labels.Group(g.Group, language))} {Labels.Target(t.Field, language)}",
        f => $"{names.Name(f.Unit)} {Labels.Figure(f.Field, language)}");

    public static string Condition(ThresholdCondition condition, UnitNames names, Language language)
    {
        var zh = language == Language.ZhCn;
        string Of(Option<Core.Units.AssessmentGroup> g) => g.Match(x => Labels.Group(x, language), () => zh ? "全部单位" : "all units");
        return condition.Match(
            none => zh ? $"{Of(none.Group)}无单位低于合格线" : $"no unit of {Of(none.Group)} below the pass line",
            q => zh ? $"{names.Name(q.Unit)}合格" : $"{names.Name(q.Unit)} qualified",
            c1 => zh ? $"{names.Name(c1.Unit)}评为一类" : $"{names.Name(c1.Unit)} in Class 1",
            k => zh ? $"{names.Name(k.Unit)}名次不变" : $"{names.Name(k.Unit)} keeps its rank",
            a => zh ? $"{Of(a.Group)}至少 {a.Count} 个单位合格" : $"at least {a.Count} of {Of(a.Group)} qualified",
            _ => zh ? "所有单位等次不变" : "nobody's grade changes");
    }

    /// <summary>One unit's change across an end: "常宁市 80.00 → 79.99(附件1-一 11.54 → 11.53),二类 → 不合格".</summary>
    public static string Change(ThresholdChange c, UnitNames names, Language language)
    {
        var zh = language == Language.ZhCn;
        var scores = c.Scores.IsEmpty ? ""
            : (zh ? "(" : " (") + string.Join(zh ? "," : ", ", c.Scores.Map(s => $"{Labels.Clause(s.Indicator, language)} {DecimalParsing.Format(s.Before, 2)} → {DecimalParsing.Format(s.After, 2)}")) + (zh ? ")" : ")");
        var total = c.TotalBefore == c.TotalAfter
            ? (zh ? $" 总分 {DecimalParsing.Format(c.TotalBefore, 2)}" : $" total {DecimalParsing.Format(c.TotalBefore, 2)}")
            : (zh ? $" 总分 {DecimalParsing.Format(c.TotalBefore, 2)} → {DecimalParsing.Format(c.TotalAfter, 2)}" : $" total {DecimalParsing.Format(c.TotalBefore, 2)} → {DecimalParsing.Format(c.TotalAfter, 2)}");
        var grade = c.GradeBefore == c.GradeAfter ? ""
            : (zh ? "," : ", ") + $"{Labels.Grade(c.GradeBefore, language)} → {Labels.Grade(c.GradeAfter, language)}";
        var rank = c.RankBefore == c.RankAfter ? ""
            : (zh ? ",名次 " : ", rank ") + $"{c.RankBefore.Match(r => r.ToString(), () => "—")} → {c.RankAfter.Match(r => r.ToString(), () => "—")}";
        return $"{names.Name(c.Unit)}{total}{scores}{grade}{rank}";
    }

    /// <summary>An end: "到 17.40 % 时:常宁市 总分 80.00 → 79.99(附件1-一 …),二类 → 不合格".</summary>
    public static string End(ThresholdEnd end, Override template, UnitNames names, Language language, int most = 5)
    {
        var zh = language == Language.ZhCn;
        return end.Beyond.Match(
            beyond =>
            {
                // The units whose grade or rank changes bind there: they come first.
                var ordered = end.Changes.OrderBy(c => c.GradeBefore != c.GradeAfter ? 0 : c.RankBefore != c.RankAfter ? 1 : 2).ToList();
                var shown = ordered.Take(most).Select(c => Change(c, names, language));
                var more = end.Changes.Count > most ? (zh ? $",另有 {end.Changes.Count - most} 个单位" : $", and {end.Changes.Count - most} more units") : "";
                return zh
                    ? $"到 {Value(beyond, template, language)} 时:{string.Join(";", shown)}{more}"
                    : $"at {Value(beyond, template, language)}: {string.Join("; ", shown)}{more}";
            },
            () => zh ? "分析范围的端点" : "the end of the range examined");
    }

    /// <summary>The whole answer in one paragraph.</summary>
    public static string Summary(ThresholdAnswer answer, Override template, ThresholdCondition condition, UnitNames names, Language language)
    {
        var zh = language == Language.ZhCn;
        var subject = Subject(template, names, language);
        var cond = Condition(condition, names, language);
        var range = $"{Value(answer.Domain.From, template, language)} – {Value(answer.Domain.To, template, language)}";
        if (answer.Intervals.IsEmpty)
            return zh ? $"{subject}在 {range} 内取任何值,“{cond}”都不成立。" : $"no value of {subject} in {range} gives “{cond}”.";
        var parts = answer.Intervals.Map(i => i.Low.Value == i.High.Value
            ? Value(i.Low.Value, template, language)
            : $"{Value(i.Low.Value, template, language)} – {Value(i.High.Value, template, language)}");
        return zh
            ? $"{subject}取 {string.Join("、", parts)}(含端点)时,“{cond}”成立。"
            : $"“{cond}” holds for {subject} from {string.Join(", ", parts)} (ends included).";
    }
}
