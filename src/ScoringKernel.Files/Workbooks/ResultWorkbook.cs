using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Files.Workbooks;

/// <summary>
/// An assessment as a workbook to send back up: one sheet per group (rank, unit, code, total, grade, tie note), every
/// indicator score per unit, and every deduction line with its clause and the regulation's words.
/// </summary>
public static class ResultWorkbook
{
    private static readonly Dictionary<P.Grade, string> Grades = new()
    {
        [P.Grade.Class1] = "一类", [P.Grade.Class2] = "二类", [P.Grade.Unqualified] = "不合格", [P.Grade.Disqualified] = "取消排序资格",
    };

    private static readonly Dictionary<P.AssessmentGroup, string> Groups = new()
    {
        [P.AssessmentGroup.CountiesAndCities] = "县市组", [P.AssessmentGroup.Districts] = "区组",
    };

    public static byte[] Write(P.Assessment a)
    {
        using var writer = new SheetWriter();
        foreach (var g in a.Groups)
            writer.Sheet($"{Groups.GetValueOrDefault(g.Group, "其他")}排名",
                [new("名次", ColumnKind.Count, 8), new("单位", ColumnKind.Text, 12), new("代码", ColumnKind.Text, 10), new("总分", ColumnKind.Amount, 10),
                 new("等级", ColumnKind.Text, 14), new("备注", ColumnKind.Text, 24)],
                g.Units.Select(u => (IReadOnlyList<object?>)[u.Rank == 0 ? null : u.Rank, u.Name, u.UnitCode, Number(u.Total), Grades.GetValueOrDefault(u.Grade, ""),
                    u.TieUnresolved ? "并列,待领导小组裁定" : ""]), frozenColumns: 2);
        var clauses = a.ScoreCards.FirstOrDefault()?.IndicatorScores.Select(i => i.ClauseId).ToList() ?? [];
        writer.Sheet("指标得分",
            [new("代码", ColumnKind.Text, 10), new("单位", ColumnKind.Text, 12), .. clauses.Select(c => new Column(c, ColumnKind.Amount, 10)), new("总分", ColumnKind.Amount, 10)],
            a.ScoreCards.Select(c => (IReadOnlyList<object?>)[c.UnitCode, c.Name, .. c.IndicatorScores.Select(i => Number(i.Score)), Number(c.Total)]), frozenColumns: 2);
        writer.Sheet("扣分明细",
            [new("代码", ColumnKind.Text, 10), new("单位", ColumnKind.Text, 12), new("条款", ColumnKind.Text, 10), new("评分标准", ColumnKind.Text, 40),
             new("对象", ColumnKind.Text, 16), new("目标", ColumnKind.Text, 12), new("实际", ColumnKind.Text, 12), new("扣分", ColumnKind.Amount, 10)],
            a.ScoreCards.SelectMany(c => c.IndicatorScores.SelectMany(i => i.Lines.Where(l => l.Deduction != "0").Select(l =>
                (IReadOnlyList<object?>)[c.UnitCode, c.Name, l.ClauseId, l.Words, l.Subject, l.Target, l.Actual, Number(l.Deduction)]))), frozenColumns: 2);
        return writer.ToArray();
    }

    private static object? Number(string text) => decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : text;
}
