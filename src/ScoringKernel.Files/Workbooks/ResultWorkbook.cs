using System.Text.RegularExpressions;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Words;

namespace ScoringKernel.Files.Workbooks;

/// <summary>
/// An assessment as a workbook to send back up and print: one sheet per group (rank, unit, code, total, grade,
/// 通报批评, remarks), every indicator score per unit, and every deduction line with its clause, the regulation's
/// words, target and actual as numbers in their measure's format. Result sheets carry no input validation; every
/// sheet prints landscape, one page wide, with the header row and the unit columns repeated on each page.
/// </summary>
public static partial class ResultWorkbook
{
    /// <summary>Scores and totals show the rule set's score decimals (with 2, 99.5 shows 99.50; with 0, 6).</summary>
    public static string ScoreFormat(RuleSet rules) => ScoreFormat(rules.ScoreDecimals);

    public static string ScoreFormat(int decimals) => decimals == 0 ? "0" : "0." + new string('0', decimals);

    /// <summary>The workbook of an assessment scored under <paramref name="rules"/>, its deduction lines from <paramref name="lines"/>;
    /// with the rule set's <paramref name="basis"/>, its titles name the assessment year and the document; with
    /// <paramref name="mark"/> (草稿) at the head and foot of every printed page.</summary>
    public static byte[] Write(RuleSet rules, Assessment a, Explainer lines, Notice.NoticeBasis? basis = null, string? mark = null)
    {
        using var writer = new SheetWriter { Mark = mark };
        AddSheets(writer, rules, a, lines, basis);
        return writer.ToArray();
    }

    /// <summary>The sheets of an assessment, written into a workbook that may hold more (the evaluation's).</summary>
    public static void AddSheets(SheetWriter writer, RuleSet rules, Assessment a, Explainer lines, Notice.NoticeBasis? basis = null)
    {
        var title = Title(a.RuleSetId, basis);
        var decimals = rules.ScoreDecimals;
        var scoreFormat = ScoreFormat(decimals);
        var criticised = a.Criticised.ToHashSet();
        foreach (var g in a.Groups)
        {
            var group = Labels.Group(g.Group);
            writer.Sheet($"{group}排名",
                [new("名次", ColumnKind.Count, 7), new("单位", ColumnKind.Text, 12), new("代码", ColumnKind.Text, 10), new("总分", ColumnKind.Amount, 10, scoreFormat),
                 new("等级", ColumnKind.Text, 14), new("通报批评", ColumnKind.Text, 10), new("备注", ColumnKind.Text, 44, Wrap: true)],
                g.Units.Select(u => (IReadOnlyList<object?>)[u.Rank.Match(r => (object)r, () => "—"), u.Name, u.Unit.Value, ResultWords.ScoreNumber(u.Total, decimals), Labels.Grade(u.Grade),
                    criticised.Contains(u.Unit), ResultWords.Remark(u, criticised.Contains(u.Unit))]),
                frozenColumns: 2, use: SheetUse.Result, title: $"{title} {group}排名(一类名额 {g.Class1Quota} 名)");
        }
        var clauses = a.Cards.HeadOrNone().Map(c => c.Indicators.Select(i => i.ClauseId).ToList()).IfNone([]);
        writer.Sheet("指标得分",
            [new("代码", ColumnKind.Text, 10), new("单位", ColumnKind.Text, 12), .. clauses.Select(c => new Column(c, ColumnKind.Amount, 10, scoreFormat)), new("总分", ColumnKind.Amount, 10, scoreFormat)],
            a.Cards.Select(c => (IReadOnlyList<object?>)[c.Unit.Value, c.Name, .. c.Indicators.Select(i => (object?)ResultWords.ScoreNumber(i.Score, decimals)), ResultWords.ScoreNumber(c.Total, decimals)]),
            frozenColumns: 2, use: SheetUse.Result, title: $"{title} 各单位指标得分");
        writer.Sheet("扣分明细",
            [new("代码", ColumnKind.Text, 10), new("单位", ColumnKind.Text, 12), new("条款", ColumnKind.Text, 10), new("评分标准", ColumnKind.Text, 40, Wrap: true),
             new("对象", ColumnKind.Text, 14), new("目标", ColumnKind.Amount, 11), new("实际", ColumnKind.Amount, 11), new("计量单位", ColumnKind.Text, 9), new("扣分", ColumnKind.Amount, 9, "0.00")],
            a.Cards.SelectMany(c => c.Indicators.SelectMany(i => lines.Lines(c.Unit, i.Indicator).Where(l => !l.Deduction.IsZero).Select(l =>
                (IReadOnlyList<object?>)[c.Unit.Value, c.Name, l.ClauseId, l.Words, l.Subject, Figure(l.Measure, l.Target), Figure(l.Measure, l.Actual), Labels.Measure(l.Measure),
                    ResultWords.Exact(l.Deduction.ToDecimal())]))),
            frozenColumns: 2, use: SheetUse.Result, title: $"{title} 扣分明细");
    }

    /// <summary>
    /// A deduction line's target or actual as its measure shows it: yes/no as 是/否; a percentage and a sum in 万元 to
    /// two decimals (a rate of 16.673243883… is 16.67, not a 27-digit text); 元 to whole yuan; households and villages
    /// whole unless the target itself is a fraction.
    /// </summary>
    public static object Figure(Measure measure, Rational exact) => (measure, ResultWords.Exact(exact.ToDecimal())) switch
    {
        (Measure.Flag, var d) => d == 1m,
        (Measure.Percent or Measure.Wan, var d) => new Formatted(d, "0.00"),
        (Measure.Yuan, var d) => new Formatted(d, "#,##0"),
        (Measure.Households or Measure.Villages, var d) => new Formatted(d, d == decimal.Truncate(d) ? "0" : "0.0"),
    };

    /// <summary>
    /// "2015年衡阳市精准扶贫工作考核结果(衡贫发[2015]2号)": the assessment year and document of the rule set's
    /// <paramref name="basis"/>; without one, the year read from the rule set's id (hengyang-2015).
    /// </summary>
    public static string Title(string ruleSetId, Notice.NoticeBasis? basis = null) =>
        basis is not null ? $"{basis.Year}年衡阳市精准扶贫工作考核结果({basis.DocumentNumber})"
        : Year().Match(ruleSetId) is { Success: true } m ? $"{m.Value}年衡阳市精准扶贫工作考核结果" : "衡阳市精准扶贫工作考核结果";

    [GeneratedRegex(@"(19|20)\d\d")]
    private static partial Regex Year();
}
