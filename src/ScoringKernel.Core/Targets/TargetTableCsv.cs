using System.Globalization;
using System.Text;
using LanguageExt;
using ScoringKernel.Core.Units;
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

    private const int WorkFrom = 7;

    public static Validation<Problem, TargetTable> Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n").TrimStart('\uFEFF').Split('\n');
        var count = lines.Length;
        while (count > 0 && lines[count - 1].Length == 0) count--;
        if (count == 0) return Valid.Fail<TargetTable>("header", "the file is empty; line 1 must be the header");
        if (count - 1 > TargetTable.MaxRows) return Valid.Fail<TargetTable>("rows", $"at most {TargetTable.MaxRows} rows (got {count - 1})");

        var header = Split(lines[0]);
        if (!header.SequenceEqual(Header))
            return Valid.Fail<TargetTable>("header", $"line 1 must be exactly '{string.Join(',', Header)}' (got '{Shorten(lines[0])}')");

        return Valid.Each("rows", lines.Skip(1).Take(count - 1).Select((line, i) => (line, number: i + 2)), l => Row(l.line, l.number))
            .Bind(TargetTable.Create);
    }

    private static Validation<Problem, TargetRow> Row(string line, int number)
    {
        var cells = Split(line);
        if (cells.Length != Header.Count)
            return Valid.Fail<TargetRow>("", $"line {number}: expected {Header.Count} cells, got {cells.Length}");
        string Cell(int i) => cells[i].Trim();
        var at = $"line {number}";

        var kind = RowKinds.All.Find(k => k.Word() == Cell(2)).Match(
            k => Valid.Ok(k),
            () => Valid.Fail<RowKind>("kind", $"{at}: must be one of {string.Join(", ", RowKinds.All.Map(k => k.Word()))} (got '{Shorten(Cell(2))}')"));
        var code = UnitCode.Create("code", Cell(0)).MapFail(p => p with { Message = $"{at}: {p.Message}" });
        var population = (Int(at, "baseline_2014", Cell(3)), Dec(at, "reduction_rate_percent", Cell(4)), Int(at, "reduction_count", Cell(5)), Int(at, "year_end_population", Cell(6)))
            .Apply((b, r, c, y) => (b, r, c, y))
            .Bind(t => PopulationTargets.Create(t.b, t.r, t.c, t.y).MapFail(p => p with { Field = Column(p.Field), Message = $"{at}: {p.Message}" }));

        var workCells = Enumerable.Range(WorkFrom, Header.Count - WorkFrom).Select(Cell).ToArray();
        Validation<Problem, Option<WorkTargets>> work = workCells.All(c => c.Length == 0)
            ? Valid.Ok(Option<WorkTargets>.None)
            : (Dec(at, "total_investment_wan", Cell(7)), Dec(at, "own_budget_wan", Cell(8)), Dec(at, "sector_investment_wan", Cell(9)),
               Dec(at, "social_investment_wan", Cell(10)), OptDec(at, "income_yuan", Cell(11)), OptDec(at, "income_growth_percent", Cell(12)),
               Int(at, "houses_to_renovate", Cell(13)), Int(at, "persons_to_reach", Cell(14)), Int(at, "households_to_reach", Cell(15)),
               Int(at, "poor_villages", Cell(16)), OptDec(at, "per_village_investment_wan", Cell(17)))
              .Apply((ti, ob, si, so, inc, gr, h, p, hh, v, pv) => (ti, ob, si, so, inc, gr, h, p, hh, v, pv))
              .Bind(t => WorkTargets.Create(t.ti, t.ob, t.si, t.so, t.inc, t.gr, t.h, t.p, t.hh, t.v, t.pv).MapFail(p => p with { Message = $"{at}: {p.Message}" }))
              .Map(Some);

        return (code, kind, population, work).Apply((c, k, p, w) => (c, k, p, w))
            .Bind(t => TargetRow.Create(t.c, Cell(1), t.k, t.p, t.w).MapFail(p => p with { Message = $"{at}: {p.Message}" }));
    }

    public static string Format(TargetTable table)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(',', Header)).Append('\n');
        foreach (var r in table.Rows)
        {
            var p = r.Population;
            var cells = new List<string> { r.Code.Value, Quote(r.Name), r.Kind.Word(), Text(p.BaselinePopulation), Text(p.ReductionRatePercent), Text(p.ReductionCount), Text(p.YearEndPopulation) };
            cells.AddRange(r.Work.Match(
                w => new[]
                {
                    Text(w.TotalInvestmentWan), Text(w.OwnBudgetWan), Text(w.SectorInvestmentWan), Text(w.SocialInvestmentWan),
                    w.IncomeYuan.Match(Text, ""), w.IncomeGrowthPercent.Match(Text, ""), Text(w.HousesToRenovate), Text(w.PersonsToReach),
                    Text(w.HouseholdsToReach), Text(w.PoorVillages), w.PerVillageInvestmentWan.Match(Text, ""),
                },
                () => Enumerable.Repeat("", Header.Count - WorkFrom).ToArray()));
            sb.Append(string.Join(',', cells)).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>The CSV's column for a proto field: the same name, except the 2014 baseline, which the CSV names by its year.</summary>
    private static string Column(string field) => field == PopulationTargets.BaselineField ? "baseline_2014" : field;

    private static string Text(decimal d) => d.ToString(CultureInfo.InvariantCulture);
    private static string Text(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string s) => s.IndexOfAny([',', '"', '\n']) >= 0 ? $"\"{s.Replace("\"", "\"\"")}\"" : s;

    private static Validation<Problem, int> Int(string at, string field, string cell) =>
        int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)
            ? Valid.Ok(v)
            : Valid.Fail<int>(field, $"{at}: must be a whole number (got '{Shorten(cell)}')");

    private static Validation<Problem, decimal> Dec(string at, string field, string cell) =>
        DecimalParsing.TryParse(cell, out var v)
            ? Valid.Ok(v)
            : Valid.Fail<decimal>(field, $"{at}: must be a decimal number such as 16.5 (got '{Shorten(cell)}')");

    private static Validation<Problem, Option<decimal>> OptDec(string at, string field, string cell) =>
        cell.Length == 0 ? Valid.Ok(Option<decimal>.None) : Dec(at, field, cell).Map(Some);

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

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
