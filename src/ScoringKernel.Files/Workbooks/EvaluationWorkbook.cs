using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Words;

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
    /// <summary>The workbook of an evaluation under <paramref name="rules"/>; the assessment's deduction lines from
    /// <paramref name="evaluated"/> (the explanation of the evaluated figures).</summary>
    public static byte[] Write(RuleSet rules, EvaluationResult e, Explainer evaluated, Notice.NoticeBasis? basis = null, string? mark = null)
    {
        using var writer = new SheetWriter { Mark = mark };
        var title = ResultWorkbook.Title(e.Assessment.RuleSetId, basis).Replace("考核结果", "综合评定");
        var ranked = e.Assessment.Groups.SelectMany(g => g.Units).ToDictionary(u => u.Unit);
        var criticised = e.Assessment.Criticised.ToHashSet();
        var decimals = rules.ScoreDecimals;
        var f = ResultWorkbook.ScoreFormat(decimals);
        decimal S(decimal score) => ResultWords.ScoreNumber(score, decimals);

        writer.Sheet("自评与核定",
            [new("代码", ColumnKind.Text, 10), new("单位", ColumnKind.Text, 12), new("自评总分", ColumnKind.Amount, 10, f), new("核定总分", ColumnKind.Amount, 10, f),
             new("差值", ColumnKind.Amount, 9, f), new("自评高估", ColumnKind.Text, 9), new("名次", ColumnKind.Count, 7), new("等级", ColumnKind.Text, 14),
             new("通报批评", ColumnKind.Text, 9), new("核定依据", ColumnKind.Text, 60, Wrap: true)],
            e.Units.Select(u =>
            {
                var r = ranked.GetValueOrDefault(u.Unit);
                return (IReadOnlyList<object?>)[u.Unit.Value, u.Name, S(u.SelfEvaluated.Total), S(u.Evaluated.Total), S(u.TotalDifference),
                    u.Overstated, r is null ? "—" : r.Rank.Match(x => (object)x, () => "—"), r is null ? "" : Labels.Grade(r.Grade), criticised.Contains(u.Unit),
                    u.Corrections.IsEmpty ? "按自评" : string.Join("\n", u.Corrections.Select(ResultWords.Correction))];
            }),
            frozenColumns: 2, use: SheetUse.Result, title: $"{title} 自评与核定对比");

        var comparison = new List<IReadOnlyList<object?>>();
        var totals = new HashSet<int>();
        foreach (var u in e.Units)
        {
            foreach (var d in u.Differences)
                comparison.Add([u.Unit.Value, u.Name, d.Indicator.ClauseId(), S(d.SelfEvaluated), S(d.Evaluated), S(d.Difference)]);
            totals.Add(comparison.Count);
            comparison.Add([u.Unit.Value, u.Name, "合计", S(u.SelfEvaluated.Total), S(u.Evaluated.Total), S(u.TotalDifference)]);
        }
        writer.Sheet("指标对比",
            [new("代码", ColumnKind.Text, 10), new("单位", ColumnKind.Text, 12), new("条款", ColumnKind.Text, 12),
             new("自评", ColumnKind.Amount, 10, f), new("核定", ColumnKind.Amount, 10, f), new("差值", ColumnKind.Amount, 10, f)],
            comparison, frozenColumns: 2, use: SheetUse.Result, title: $"{title} 各指标自评与核定", boldRows: totals);

        writer.Sheet("核定依据",
            [new("代码", ColumnKind.Text, 10), new("单位", ColumnKind.Text, 12), new("指标", ColumnKind.Text, 30, Wrap: true), new("自评", ColumnKind.Text, 10),
             new("核定", ColumnKind.Text, 10), new("来源", ColumnKind.Text, 18), new("说明", ColumnKind.Text, 60, Wrap: true)],
            e.Units.SelectMany(u => u.Corrections.Select(c => (IReadOnlyList<object?>)[u.Unit.Value, u.Name, ResultWords.Label(c), ResultWords.ReportedDisplay(c), ResultWords.EvaluatedDisplay(c),
                ResultWords.SourceWords(c.Source), ResultWords.SourceNote(c.Source)])),
            frozenColumns: 2, use: SheetUse.Result, title: $"{title} 核定依据");

        var overstated = e.Units.Where(u => u.Overstated).ToList();
        writer.Sheet("自评高估单位",
            [new("代码", ColumnKind.Text, 10), new("单位", ColumnKind.Text, 12), new("自评总分", ColumnKind.Amount, 10, f), new("核定总分", ColumnKind.Amount, 10, f),
             new("差值", ColumnKind.Amount, 10, f), new("说明", ColumnKind.Text, 40, Wrap: true)],
            overstated.Count == 0
                ? [["", "无", null, null, null, "没有自评总分高于核定总分1分及以上的单位"]]
                : overstated.Select(u => (IReadOnlyList<object?>)[u.Unit.Value, u.Name, S(u.SelfEvaluated.Total), S(u.Evaluated.Total),
                    S(u.TotalDifference), "自评总分高于核定总分1分及以上"]),
            frozenColumns: 2, use: SheetUse.Result, title: $"{title} 自评总分高于核定总分1分及以上的单位");

        ResultWorkbook.AddSheets(writer, rules, e.Assessment, evaluated, basis);
        return writer.ToArray();
    }
}
