using System.Globalization;
using System.Text;
using LanguageExt;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Targets;

/// <summary>
/// The target table as CSV (UTF-8, a header line, one row per line, empty cells for columns a row lacks),
/// the form of <c>specs/targets-2015.csv</c>. Parsing is pure and reports every problem with its line.
/// </summary>
public static class TargetTableCsv
{
    public static readonly Seq<string> Header = Seq(
        "code", "name", "kind", "baseline_2014", "reduction_rate_percent", "reduction_count", "year_end_population",
        "total_investment_wan", "own_budget_wan", "sector_investment_wan", "social_investment_wan",
        "income_yuan", "income_growth_percent", "houses_to_renovate", "persons_to_reach", "households_to_reach",
        "poor_villages", "per_village_investment_wan");

    /// <summary>The first column of the work targets (empty for a city row).</summary>
    public const int WorkFrom = 7;

    public static Validation<Problem, TargetTable> Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n").TrimStart('\uFEFF').Split('\n');
        var count = lines.Length;
        while (count > 0 && lines[count - 1].Length == 0) count--;
        if (count == 0) return Valid.Fail<TargetTable>(Place.Whole, new TargetReason.CsvEmpty());
        if (count - 1 > TargetTable.MaxRows) return Valid.Fail<TargetTable>(Step.TargetRows.Instance, new TargetReason.TooManyRows(count - 1, TargetTable.MaxRows));

        var header = Split(lines[0]);
        if (!header.SequenceEqual(Header))
            return Valid.Fail<TargetTable>(new Step.FileLine(1), new TargetReason.CsvHeader(string.Join(',', Header), lines[0]));

        return Valid.Each(i => new Step.FileLine(i + 2), lines.Skip(1).Take(count - 1), Row)
            .Bind(TargetTable.Create);
    }

    private static Validation<Problem, TargetRow> Row(string line)
    {
        var cells = Split(line);
        if (cells.Length != Header.Count)
            return Valid.Fail<TargetRow>(Place.Whole, new TargetReason.CsvCellCount(Header.Count, cells.Length));
        string Cell(int i) => cells[i].Trim();

        var kind = RowKinds.All.Find(k => k.Word() == Cell(2)).Match(
            k => Valid.Ok(k),
            () => Valid.Fail<RowKind>(new Step.TargetColumnOf(TargetColumn.Kind), new ValueReason.UnknownChoice(Cell(2), string.Join(", ", RowKinds.All.Map(k => k.Word())))));
        var code = UnitCode.Create(new Step.TargetColumnOf(TargetColumn.Code), Cell(0));
        var population = (Int(TargetColumn.BaselinePopulation, Cell(3)), Dec(TargetColumn.ReductionRatePercent, Cell(4)), Int(TargetColumn.ReductionCount, Cell(5)), Int(TargetColumn.YearEndPopulation, Cell(6)))
            .Apply((b, r, c, y) => (b, r, c, y))
            .Bind(t => PopulationTargets.Create(t.b, t.r, t.c, t.y));

        var workCells = Enumerable.Range(WorkFrom, Header.Count - WorkFrom).Select(Cell).ToArray();
        Validation<Problem, Option<WorkTargets>> work = workCells.All(c => c.Length == 0)
            ? Valid.Ok(Option<WorkTargets>.None)
            : (Dec(TargetColumn.TotalInvestmentWan, Cell(7)), Dec(TargetColumn.OwnBudgetWan, Cell(8)), Dec(TargetColumn.SectorInvestmentWan, Cell(9)),
               Dec(TargetColumn.SocialInvestmentWan, Cell(10)), OptDec(TargetColumn.IncomeYuan, Cell(11)), OptDec(TargetColumn.IncomeGrowthPercent, Cell(12)),
               Int(TargetColumn.HousesToRenovate, Cell(13)), Int(TargetColumn.PersonsToReach, Cell(14)), Int(TargetColumn.HouseholdsToReach, Cell(15)),
               Int(TargetColumn.PoorVillages, Cell(16)), OptDec(TargetColumn.PerVillageInvestmentWan, Cell(17)))
              .Apply((ti, ob, si, so, inc, gr, h, p, hh, v, pv) => (ti, ob, si, so, inc, gr, h, p, hh, v, pv))
              .Bind(t => WorkTargets.Create(t.ti, t.ob, t.si, t.so, t.inc, t.gr, t.h, t.p, t.hh, t.v, t.pv))
              .Map(Some);

        return (code, kind, population, work).Apply((c, k, p, w) => (c, k, p, w))
            .Bind(t => TargetRow.Create(t.c, Cell(1), t.k, t.p, t.w));
    }

    private static Validation<Problem, int> Int(TargetColumn column, string cell) =>
        int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)
            ? Valid.Ok(v)
            : Valid.Fail<int>(new Step.TargetColumnOf(column), new ValueReason.NotAnInteger(cell));

    private static Validation<Problem, decimal> Dec(TargetColumn column, string cell) =>
        DecimalParsing.TryParse(cell, out var v)
            ? Valid.Ok(v)
            : Valid.Fail<decimal>(new Step.TargetColumnOf(column), new ValueReason.NotADecimal(cell));

    private static Validation<Problem, Option<decimal>> OptDec(TargetColumn column, string cell) =>
        cell.Length == 0 ? Valid.Ok(Option<decimal>.None) : Dec(column, cell).Map(Some);

    private static string[] Split(string line)
    {
        var cells = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { cells.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        cells.Add(sb.ToString());
        return cells.ToArray();
    }
}
