using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Core.Targets;

/// <summary>
/// What <c>ValidateTargetTable</c> reports: the total row must be the sum of the rows below it and every
/// year-end population must be baseline − reduction (errors); a reduction count more than one person away
/// from baseline × rate is a warning (the 2015 table rounds some counts its own way).
/// </summary>
public static class TargetTableCheck
{
    private sealed record Column(TargetColumn Field, Func<TargetRow, Option<decimal>> Value);

    private static readonly Column[] SummedColumns =
    [
        new(TargetColumn.BaselinePopulation, r => r.Population.BaselinePopulation),
        new(TargetColumn.ReductionCount, r => r.Population.ReductionCount),
        new(TargetColumn.YearEndPopulation, r => r.Population.YearEndPopulation),
        new(TargetColumn.TotalInvestmentWan, r => r.Work.Map(w => w.TotalInvestmentWan)),
        new(TargetColumn.OwnBudgetWan, r => r.Work.Map(w => w.OwnBudgetWan)),
        new(TargetColumn.SectorInvestmentWan, r => r.Work.Map(w => w.SectorInvestmentWan)),
        new(TargetColumn.SocialInvestmentWan, r => r.Work.Map(w => w.SocialInvestmentWan)),
        new(TargetColumn.HousesToRenovate, r => r.Work.Map(w => (decimal)w.HousesToRenovate)),
        new(TargetColumn.PersonsToReach, r => r.Work.Map(w => (decimal)w.PersonsToReach)),
        new(TargetColumn.HouseholdsToReach, r => r.Work.Map(w => (decimal)w.HouseholdsToReach)),
        new(TargetColumn.PoorVillages, r => r.Work.Map(w => (decimal)w.PoorVillages)),
    ];

    public static Seq<TableIssue> Validate(TargetTable table)
    {
        var issues = new List<TableIssue>();
        var rows = table.Rows.ToArray();
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            var p = row.Population;
            if (p.YearEndPopulation != p.BaselinePopulation - p.ReductionCount)
                issues.Add(Issue(Severity.Error, i, row, TargetColumn.YearEndPopulation, new TargetReason.YearEndNotBaselineLessReduction(row.Code, p.YearEndPopulation, p.BaselinePopulation, p.ReductionCount, p.BaselinePopulation - p.ReductionCount)));
            if (row.Kind != RowKind.Total)
            {
                var expected = p.BaselinePopulation * p.ReductionRatePercent / 100m;
                if (Math.Abs(p.ReductionCount - expected) >= 1m)
                    issues.Add(Issue(Severity.Warning, i, row, TargetColumn.ReductionCount, new TargetReason.ReductionCountDiffers(row.Code, p.ReductionCount, p.BaselinePopulation, p.ReductionRatePercent, expected, p.ReductionCount - expected)));
            }
        }
        var totalIndex = System.Array.FindIndex(rows, r => r.Kind == RowKind.Total);
        if (totalIndex >= 0)
        {
            var total = rows[totalIndex];
            foreach (var column in SummedColumns)
                column.Value(total).IfSome(stated =>
                {
                    var sum = 0m;
                    foreach (var row in rows)
                        if (row.Kind != RowKind.Total)
                            sum += column.Value(row).IfNone(0m);
                    if (sum != stated)
                        issues.Add(Issue(Severity.Error, totalIndex, total, column.Field, new TargetReason.TotalNotSum(total.Code, column.Field, stated, sum)));
                });
        }
        return issues.ToSeq();
    }

    private static TableIssue Issue(Severity severity, int index, TargetRow row, TargetColumn column, Reason reason) =>
        new(severity, Problem.Of(reason).Under(new Step.TargetRowEntry(index, row.Code), new Step.TargetColumnOf(column)));
}
