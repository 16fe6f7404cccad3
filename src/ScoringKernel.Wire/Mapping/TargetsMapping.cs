using LanguageExt;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;
using ScoringKernel.Wire;
using ScoringKernel.Words;
using static LanguageExt.Prelude;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Wire.Mapping;

/// <summary>Target tables between the wire and the domain. Problems name <c>rows[i].field</c>.</summary>
public static class TargetsMapping
{
    public static Validation<Problem, TargetTable> ToDomain(P.TargetTable table) =>
        table.Rows.Count > TargetTable.MaxRows
            ? Valid.Fail<TargetTable>(Step.TargetRows.Instance, new TargetReason.TooManyRows(table.Rows.Count, TargetTable.MaxRows))
            : Valid.Each(i => new Step.TargetRowEntry(i, null), table.Rows, Row).Bind(TargetTable.Create);

    private static Validation<Problem, TargetRow> Row(P.TargetRow row)
    {
        var r = new WireReader();
        var kind = EnumMapping.ToDomain(row.Kind, new Step.TargetColumnOf(TargetColumn.Kind));
        kind.IfFail(ps => ps.Iter(r.Add));
        var population = PopulationTargets.Create(
            r.Int(row.HasBaselinePopulation, row.BaselinePopulation, new Step.TargetColumnOf(TargetColumn.BaselinePopulation)),
            r.Dec(row.ReductionRatePercent, new Step.TargetColumnOf(TargetColumn.ReductionRatePercent)),
            r.Int(row.HasReductionCount, row.ReductionCount, new Step.TargetColumnOf(TargetColumn.ReductionCount)),
            r.Int(row.HasYearEndPopulation, row.YearEndPopulation, new Step.TargetColumnOf(TargetColumn.YearEndPopulation)));
        var isZone = kind.Match(k => k == RowKind.Zone, _ => false);
        var work = isZone ? Valid.Ok(Option<WorkTargets>.None) : WorkTargets.Create(
            r.Dec(row.TotalInvestmentWan, new Step.TargetColumnOf(TargetColumn.TotalInvestmentWan)),
            r.Dec(row.OwnBudgetWan, new Step.TargetColumnOf(TargetColumn.OwnBudgetWan)),
            r.Dec(row.SectorInvestmentWan, new Step.TargetColumnOf(TargetColumn.SectorInvestmentWan)),
            r.Dec(row.SocialInvestmentWan, new Step.TargetColumnOf(TargetColumn.SocialInvestmentWan)),
            r.OptDec(row.IncomeYuan, new Step.TargetColumnOf(TargetColumn.IncomeYuan)),
            r.OptDec(row.IncomeGrowthPercent, new Step.TargetColumnOf(TargetColumn.IncomeGrowthPercent)),
            r.Int(row.HasHousesToRenovate, row.HousesToRenovate, new Step.TargetColumnOf(TargetColumn.HousesToRenovate)),
            r.Int(row.HasPersonsToReach, row.PersonsToReach, new Step.TargetColumnOf(TargetColumn.PersonsToReach)),
            r.Int(row.HasHouseholdsToReach, row.HouseholdsToReach, new Step.TargetColumnOf(TargetColumn.HouseholdsToReach)),
            r.Int(row.HasPoorVillages, row.PoorVillages, new Step.TargetColumnOf(TargetColumn.PoorVillages)),
            r.OptDec(row.PerVillageInvestmentWan, new Step.TargetColumnOf(TargetColumn.PerVillageInvestmentWan))).Map(Some);
        return r.Finish(
            (UnitCode.Create(new Step.TargetColumnOf(TargetColumn.Code), row.Code), kind, population, work)
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

    /// <summary>An issue on the wire: its proto path and English words for integrators, its reason, and its words in <paramref name="language"/>.</summary>
    public static P.TableIssue FromDomain(TableIssue issue, Language language) => new()
    {
        Severity = EnumMapping.FromDomain(issue.Severity),
        Field = ProblemPaths.Of(issue.Problem),
        Message = ProblemWords.Description(issue.Problem),
        Reason = issue.Problem.Reason.Code,
        LocalizedMessage = new Google.Rpc.LocalizedMessage { Locale = language.Tag(), Message = ProblemWords.Sentence(issue.Problem, language) },
        Facts = ProblemFactsOf.Of(issue.Problem, language),
    };
}
