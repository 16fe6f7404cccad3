using LanguageExt;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Contracts.Mapping;

/// <summary>Target tables between the wire and the domain. Problems name <c>rows[i].field</c>.</summary>
public static class TargetsMapping
{
    public static Validation<Problem, TargetTable> ToDomain(P.TargetTable table) =>
        table.Rows.Count > TargetTable.MaxRows
            ? Valid.Fail<TargetTable>("rows", $"at most {TargetTable.MaxRows} rows (got {table.Rows.Count})")
            : Valid.Each("rows", table.Rows, Row).Bind(TargetTable.Create);

    private static Validation<Problem, TargetRow> Row(P.TargetRow row)
    {
        var r = new WireReader();
        var kind = EnumMapping.ToDomain(row.Kind, "kind");
        kind.IfFail(ps => ps.Iter(r.Add));
        var population = PopulationTargets.Create(
            r.Int(row.HasBaselinePopulation, row.BaselinePopulation, "baseline_population"),
            r.Dec(row.ReductionRatePercent, "reduction_rate_percent"),
            r.Int(row.HasReductionCount, row.ReductionCount, "reduction_count"),
            r.Int(row.HasYearEndPopulation, row.YearEndPopulation, "year_end_population"));
        var isZone = kind.Match(k => k == RowKind.Zone, _ => false);
        var work = isZone ? Valid.Ok(Option<WorkTargets>.None) : WorkTargets.Create(
            r.Dec(row.TotalInvestmentWan, "total_investment_wan"),
            r.Dec(row.OwnBudgetWan, "own_budget_wan"),
            r.Dec(row.SectorInvestmentWan, "sector_investment_wan"),
            r.Dec(row.SocialInvestmentWan, "social_investment_wan"),
            r.OptDec(row.IncomeYuan, "income_yuan"),
            r.OptDec(row.IncomeGrowthPercent, "income_growth_percent"),
            r.Int(row.HasHousesToRenovate, row.HousesToRenovate, "houses_to_renovate"),
            r.Int(row.HasPersonsToReach, row.PersonsToReach, "persons_to_reach"),
            r.Int(row.HasHouseholdsToReach, row.HouseholdsToReach, "households_to_reach"),
            r.Int(row.HasPoorVillages, row.PoorVillages, "poor_villages"),
            r.OptDec(row.PerVillageInvestmentWan, "per_village_investment_wan")).Map(Some);
        return r.Finish(
            (UnitCode.Create("code", row.Code), kind, population, work)
            .Apply((c, k, p, w) => (c, k, p, w))
            .Bind(t => TargetRow.Create(t.c, row.Name, t.k, t.p, t.w)));
    }

    public static P.TargetTable FromDomain(TargetTable table)
    {
        var result = new P.TargetTable();
        result.Rows.AddRange(table.Rows.Map(FromDomain));
        return result;
    }

    private static P.TargetRow FromDomain(TargetRow row)
    {
        var p = row.Population;
        var wire = new P.TargetRow
        {
            Code = row.Code.Value,
            Name = row.Name,
            Kind = EnumMapping.FromDomain(row.Kind),
            BaselinePopulation = p.BaselinePopulation,
            ReductionRatePercent = DecimalParsing.Format(p.ReductionRatePercent),
            ReductionCount = p.ReductionCount,
            YearEndPopulation = p.YearEndPopulation,
        };
        row.Work.IfSome(w =>
        {
            wire.TotalInvestmentWan = DecimalParsing.Format(w.TotalInvestmentWan);
            wire.OwnBudgetWan = DecimalParsing.Format(w.OwnBudgetWan);
            wire.SectorInvestmentWan = DecimalParsing.Format(w.SectorInvestmentWan);
            wire.SocialInvestmentWan = DecimalParsing.Format(w.SocialInvestmentWan);
            wire.IncomeYuan = w.IncomeYuan.Match(DecimalParsing.Format, "");
            wire.IncomeGrowthPercent = w.IncomeGrowthPercent.Match(DecimalParsing.Format, "");
            wire.HousesToRenovate = w.HousesToRenovate;
            wire.PersonsToReach = w.PersonsToReach;
            wire.HouseholdsToReach = w.HouseholdsToReach;
            wire.PoorVillages = w.PoorVillages;
            wire.PerVillageInvestmentWan = w.PerVillageInvestmentWan.Match(DecimalParsing.Format, "");
        });
        return wire;
    }

    public static P.TableIssue FromDomain(TableIssue issue) => new()
    {
        Severity = EnumMapping.FromDomain(issue.Severity),
        Field = issue.Field,
        Message = issue.Message,
    };
}
