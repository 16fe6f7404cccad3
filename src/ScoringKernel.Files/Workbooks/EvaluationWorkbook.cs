using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Files.Workbooks;

/// <summary>
/// The comprehensive evaluation (综合评定) as a workbook an office prints: 自评与核定 (per unit both totals, the
/// difference, whether the self-evaluation overstated the total, grade and rank on the evaluated figures), 指标对比
/// (per unit and indicator 自评 / 核定 / 差值, with the unit's 合计 line in bold), 核定依据 (every correction with its
/// source and note), 自评高估单位 (the units whose self-evaluation overstated their total by a point or more, as
/// the notice lists them), then the assessment's own sheets on the evaluated figures.
/// </summary>
public static class EvaluationWorkbook
{
    public static byte[] Write(P.EvaluateResponse e) => Write(e, null);

    /// <summary>The workbook, with <paramref name="mark"/> (草稿) at the head and foot of every printed page.</summary>
    public static byte[] Write(P.EvaluateResponse e, string? mark)
    {
        using var writer = new SheetWriter { Mark = mark };
        var title = ResultWorkbook.Title(e.Assessment.RuleSetId).Replace("考核结果", "综合评定");
        var ranked = e.Assessment.Groups.SelectMany(g => g.Units).ToDictionary(u => u.UnitCode);
        var criticised = e.Assessment.CriticisedUnitCodes.ToHashSet();
        const string f = ResultWorkbook.ScoreFormat;

        writer.Sheet("自评与核定",
            [new("代码", ColumnKind.Text, 10), new("单位", ColumnKind.Text, 12), new("自评总分", ColumnKind.Amount, 10, f), new("核定总分", ColumnKind.Amount, 10, f),
             new("差值", ColumnKind.Amount, 9, f), new("自评高估", ColumnKind.Text, 9), new("名次", ColumnKind.Count, 7), new("等级", ColumnKind.Text, 14),
             new("通报批评", ColumnKind.Text, 9), new("核定依据", ColumnKind.Text, 60, Wrap: true)],
            e.Units.Select(u =>
            {
                var r = ranked.GetValueOrDefault(u.UnitCode);
                return (IReadOnlyList<object?>)[u.UnitCode, u.Name, ResultWords.Number(u.SelfEvaluated.Total), ResultWords.Number(u.Evaluated.Total), ResultWords.Number(u.TotalDifference),
                    u.Overstated, r is null || r.Rank == 0 ? "—" : r.Rank, r is null ? "" : ResultWords.Grade(r.Grade), criticised.Contains(u.UnitCode),
                    u.Corrections.Count == 0 ? "按自评" : string.Join("\n", u.Corrections.Select(ResultWords.Correction))];
            }),
            frozenColumns: 2, use: SheetUse.Result, title: $"{title} 自评与核定对比");

        var comparison = new List<IReadOnlyList<object?>>();
        var totals = new HashSet<int>();
        foreach (var u in e.Units)
        {
            var clauses = u.Evaluated.IndicatorScores.ToDictionary(i => i.Indicator, i => i.ClauseId);
            foreach (var d in u.Differences)
                comparison.Add([u.UnitCode, u.Name, clauses.GetValueOrDefault(d.Indicator, d.Indicator.ToString()), ResultWords.Number(d.SelfEvaluated), ResultWords.Number(d.Evaluated), ResultWords.Number(d.Difference)]);
            totals.Add(comparison.Count);
            comparison.Add([u.UnitCode, u.Name, "合计", ResultWords.Number(u.SelfEvaluated.Total), ResultWords.Number(u.Evaluated.Total), ResultWords.Number(u.TotalDifference)]);
        }
        writer.Sheet("指标对比",
            [new("代码", ColumnKind.Text, 10), new("单位", ColumnKind.Text, 12), new("条款", ColumnKind.Text, 12),
             new("自评", ColumnKind.Amount, 10, f), new("核定", ColumnKind.Amount, 10, f), new("差值", ColumnKind.Amount, 10, f)],
            comparison, frozenColumns: 2, use: SheetUse.Result, title: $"{title} 各指标自评与核定", boldRows: totals);

        writer.Sheet("核定依据",
            [new("代码", ColumnKind.Text, 10), new("单位", ColumnKind.Text, 12), new("指标", ColumnKind.Text, 30, Wrap: true), new("自评", ColumnKind.Text, 10),
             new("核定", ColumnKind.Text, 10), new("来源", ColumnKind.Text, 18), new("说明", ColumnKind.Text, 60, Wrap: true)],
            e.Units.SelectMany(u => u.Corrections.Select(c => (IReadOnlyList<object?>)[u.UnitCode, u.Name, c.Label, c.ReportedDisplay, c.EvaluatedDisplay, c.Source.Words, c.Source.Note])),
            frozenColumns: 2, use: SheetUse.Result, title: $"{title} 核定依据");

        var overstated = e.Units.Where(u => u.Overstated).ToList();
        writer.Sheet("自评高估单位",
            [new("代码", ColumnKind.Text, 10), new("单位", ColumnKind.Text, 12), new("自评总分", ColumnKind.Amount, 10, f), new("核定总分", ColumnKind.Amount, 10, f),
             new("差值", ColumnKind.Amount, 10, f), new("说明", ColumnKind.Text, 40, Wrap: true)],
            overstated.Count == 0
                ? [["", "无", null, null, null, "没有自评总分高于核定总分1分及以上的单位"]]
                : overstated.Select(u => (IReadOnlyList<object?>)[u.UnitCode, u.Name, ResultWords.Number(u.SelfEvaluated.Total), ResultWords.Number(u.Evaluated.Total),
                    ResultWords.Number(u.TotalDifference), "自评总分高于核定总分1分及以上"]),
            frozenColumns: 2, use: SheetUse.Result, title: $"{title} 自评总分高于核定总分1分及以上的单位");

        ResultWorkbook.AddSheets(writer, e.Assessment);
        return writer.ToArray();
    }
}
