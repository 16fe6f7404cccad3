using System.Text.RegularExpressions;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Files.Workbooks;

/// <summary>
/// An assessment as a workbook to send back up and print: one sheet per group (rank, unit, code, total, grade,
/// 通报批评, remarks), every indicator score per unit, and every deduction line with its clause, the regulation's
/// words, target and actual as numbers in their measure's format. Result sheets carry no input validation; every
/// sheet prints landscape, one page wide, with the header row and the unit columns repeated on each page.
/// </summary>
public static partial class ResultWorkbook
{
    /// <summary>Scores and totals: always two decimals, so 99.5 shows 99.50 and 100 shows 100.00.</summary>
    public const string ScoreFormat = "0.00";

    public static byte[] Write(P.Assessment a) => Write(a, null);

    /// <summary>The workbook, with <paramref name="mark"/> (草稿) at the head and foot of every printed page.</summary>
    public static byte[] Write(P.Assessment a, string? mark)
    {
        using var writer = new SheetWriter { Mark = mark };
        AddSheets(writer, a);
        return writer.ToArray();
    }

    /// <summary>The sheets of an assessment, written into a workbook that may hold more (the evaluation's).</summary>
    public static void AddSheets(SheetWriter writer, P.Assessment a)
    {
        var title = Title(a.RuleSetId);
        var criticised = a.CriticisedUnitCodes.ToHashSet();
        foreach (var g in a.Groups)
        {
            var group = ResultWords.Group(g.Group) is { Length: > 0 } name ? name : "其他";
            writer.Sheet($"{group}排名",
                [new("名次", ColumnKind.Count, 7), new("单位", ColumnKind.Text, 12), new("代码", ColumnKind.Text, 10), new("总分", ColumnKind.Amount, 10, ScoreFormat),
                 new("等级", ColumnKind.Text, 14), new("通报批评", ColumnKind.Text, 10), new("备注", ColumnKind.Text, 44, Wrap: true)],
                g.Units.Select(u => (IReadOnlyList<object?>)[u.Rank == 0 ? "—" : u.Rank, u.Name, u.UnitCode, ResultWords.Number(u.Total), ResultWords.Grade(u.Grade),
                    criticised.Contains(u.UnitCode), ResultWords.Remark(u, criticised.Contains(u.UnitCode))]),
                frozenColumns: 2, use: SheetUse.Result, title: $"{title} {group}排名(一类名额 {g.Class1Quota} 名)");
        }
        var clauses = a.ScoreCards.FirstOrDefault()?.IndicatorScores.Select(i => i.ClauseId).ToList() ?? [];
        writer.Sheet("指标得分",
            [new("代码", ColumnKind.Text, 10), new("单位", ColumnKind.Text, 12), .. clauses.Select(c => new Column(c, ColumnKind.Amount, 10, ScoreFormat)), new("总分", ColumnKind.Amount, 10, ScoreFormat)],
            a.ScoreCards.Select(c => (IReadOnlyList<object?>)[c.UnitCode, c.Name, .. c.IndicatorScores.Select(i => (object?)ResultWords.Number(i.Score)), ResultWords.Number(c.Total)]),
            frozenColumns: 2, use: SheetUse.Result, title: $"{title} 各单位指标得分");
        writer.Sheet("扣分明细",
            [new("代码", ColumnKind.Text, 10), new("单位", ColumnKind.Text, 12), new("条款", ColumnKind.Text, 10), new("评分标准", ColumnKind.Text, 40, Wrap: true),
             new("对象", ColumnKind.Text, 14), new("目标", ColumnKind.Amount, 11), new("实际", ColumnKind.Amount, 11), new("计量单位", ColumnKind.Text, 9), new("扣分", ColumnKind.Amount, 9, ScoreFormat)],
            a.ScoreCards.SelectMany(c => c.IndicatorScores.SelectMany(i => i.Lines.Where(l => ResultWords.Number(l.Deduction) is not 0m).Select(l =>
                (IReadOnlyList<object?>)[c.UnitCode, c.Name, l.ClauseId, l.Words, l.Subject, Figure(l.Measure, l.Target), Figure(l.Measure, l.Actual), ResultWords.Measure(l.Measure), ResultWords.Number(l.Deduction)]))),
            frozenColumns: 2, use: SheetUse.Result, title: $"{title} 扣分明细");
    }

    /// <summary>
    /// A deduction line's target or actual as its measure shows it: yes/no as 是/否; a percentage and a sum in 万元 to
    /// two decimals (a rate of 16.673243883… is 16.67, not a 27-digit text); 元 to whole yuan; households and villages
    /// whole unless the target itself is a fraction.
    /// </summary>
    public static object? Figure(P.Measure measure, string exact) => (measure, ResultWords.Number(exact)) switch
    {
        (_, null) => exact,
        (P.Measure.Flag, { } d) => d == 1m,
        (P.Measure.Percent or P.Measure.Wan, { } d) => new Formatted(d, "0.00"),
        (P.Measure.Yuan, { } d) => new Formatted(d, "#,##0"),
        (_, { } d) => new Formatted(d, d == decimal.Truncate(d) ? "0" : "0.0"),
    };

    /// <summary>"2015年衡阳市精准扶贫工作考核结果": the year read from the rule set (hengyang-2015).</summary>
    public static string Title(string ruleSetId) =>
        Year().Match(ruleSetId) is { Success: true } m ? $"{m.Value}年衡阳市精准扶贫工作考核结果" : "衡阳市精准扶贫工作考核结果";

    [GeneratedRegex(@"(19|20)\d\d")]
    private static partial Regex Year();
}
