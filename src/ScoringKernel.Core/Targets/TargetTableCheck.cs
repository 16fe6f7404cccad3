using LanguageExt;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Core.Targets;

/// <summary>
/// What <c>ValidateTargetTable</c> reports: the total row must be the sum of the rows below it and every
/// year-end population must be baseline − reduction (errors); a reduction count more than one person away
/// from baseline × rate is a warning (the 2015 table rounds some counts its own way).
/// </summary>
public static class TargetTableCheck
{
    private sealed record Column(string Field, Func<TargetRow, Option<decimal>> Value);

    private static readonly Column[] SummedColumns =
    [
        new(PopulationTargets.BaselineField, r => r.Population.BaselinePopulation),
        new("reduction_count", r => r.Population.ReductionCount),
        new("year_end_population", r => r.Population.YearEndPopulation),
        new("total_investment_wan", r => r.Work.Map(w => w.TotalInvestmentWan)),
        new("own_budget_wan", r => r.Work.Map(w => w.OwnBudgetWan)),
        new("sector_investment_wan", r => r.Work.Map(w => w.SectorInvestmentWan)),
        new("social_investment_wan", r => r.Work.Map(w => w.SocialInvestmentWan)),
        new("houses_to_renovate", r => r.Work.Map(w => (decimal)w.HousesToRenovate)),
        new("persons_to_reach", r => r.Work.Map(w => (decimal)w.PersonsToReach)),
        new("households_to_reach", r => r.Work.Map(w => (decimal)w.HouseholdsToReach)),
        new("poor_villages", r => r.Work.Map(w => (decimal)w.PoorVillages)),
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
                issues.Add(new(Severity.Error, $"rows[{i}].year_end_population",
                    $"{row.Name} ({row.Code}): year-end population {p.YearEndPopulation} is not baseline {p.BaselinePopulation} − reduction {p.ReductionCount} = {p.BaselinePopulation - p.ReductionCount}"));
            if (row.Kind != RowKind.Total)
            {
                var expected = p.BaselinePopulation * p.ReductionRatePercent / 100m;
                if (Math.Abs(p.ReductionCount - expected) >= 1m)
                    issues.Add(new(Severity.Warning, $"rows[{i}].reduction_count",
                        $"{row.Name} ({row.Code}): reduction count {p.ReductionCount} differs from baseline {p.BaselinePopulation} × rate {p.ReductionRatePercent} % = {DecimalParsing.Format(expected)} by more than one person"));
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
                        issues.Add(new(Severity.Error, $"rows[{totalIndex}].{column.Field}",
                            $"{total.Name} ({total.Code}): {column.Field} {stated} is not the sum of the rows below it ({sum})"));
                });
        }
        return issues.ToSeq();
    }
}
