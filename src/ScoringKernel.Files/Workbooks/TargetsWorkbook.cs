using System.Globalization;
using Google.Protobuf.Reflection;
using LanguageExt;
using ScoringKernel.Wire.Mapping;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Validation;
using ScoringKernel.Core.Problems;
using static LanguageExt.Prelude;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Files.Workbooks;

/// <summary>
/// Attachment 2 in its own layout, one sheet 附件2: a row per unit (the city total and the zones included), a column
/// per column of the table under its Chinese header. Read back through the same mapping and checks as a
/// TargetTable sent over the API; every problem is named by its cell.
/// </summary>
public static class TargetsWorkbook
{
    public const string Sheet = "附件2";

    private sealed record TargetColumn(string Header, string Field, ColumnKind Kind, double Width);

    private static readonly IReadOnlyList<TargetColumn> Columns =
    [
        new("代码", "code", ColumnKind.Text, 14), new("单位", "name", ColumnKind.Text, 12), new("类型", "kind", ColumnKind.Text, 8),
        new("2014年贫困人口(人)", "baseline_population", ColumnKind.Count, 14), new("减贫率(%)", "reduction_rate_percent", ColumnKind.Percent, 10),
        new("减贫人数(人)", "reduction_count", ColumnKind.Count, 12), new("年末贫困人口(人)", "year_end_population", ColumnKind.Count, 14),
        new("扶贫开发总投入(万元)", "total_investment_wan", ColumnKind.Amount, 16), new("本级财政预算(万元)", "own_budget_wan", ColumnKind.Amount, 16),
        new("部门投入(万元)", "sector_investment_wan", ColumnKind.Amount, 14), new("社会扶贫投入(万元)", "social_investment_wan", ColumnKind.Amount, 16),
        new("人均可支配收入(元)", "income_yuan", ColumnKind.Amount, 16), new("收入增长(%)", "income_growth_percent", ColumnKind.Growth, 12),
        new("危房改造(户)", "houses_to_renovate", ColumnKind.Count, 12), new("精准扶贫到人(人)", "persons_to_reach", ColumnKind.Count, 14),
        new("精准扶贫到户(户)", "households_to_reach", ColumnKind.Count, 14), new("贫困村(个)", "poor_villages", ColumnKind.Count, 10),
        new("每村项目投入(万元)", "per_village_investment_wan", ColumnKind.Amount, 16),
    ];

    private static readonly Dictionary<string, Core.Problems.TargetColumn> ColumnOf =
        Enum.GetValues<Core.Problems.TargetColumn>().ToDictionary(c => ProtoNames.SnakeCase(c.ToString()), StringComparer.Ordinal);

    private static readonly Dictionary<P.RowKind, string> KindWords = new()
    {
        [P.RowKind.Total] = "合计", [P.RowKind.County] = "县", [P.RowKind.CountyCity] = "县级市", [P.RowKind.District] = "区", [P.RowKind.Zone] = "园区",
    };

    public static byte[] Write(TargetTable table)
    {
        var wire = TargetsMapping.FromDomain(table);
        using var writer = new SheetWriter();
        writer.Sheet(Sheet, Columns.Select(c => new Column(c.Header, c.Kind, c.Width)).ToList(),
            wire.Rows.Select(row => (IReadOnlyList<object?>)Columns.Select(c => Get(row, c)).ToList()), frozenColumns: 2);
        return writer.ToArray();
    }

    /// <summary>The table a workbook holds, checked as one sent over the API; its problems at their cells (at most 100 and a count) otherwise.</summary>
    public static Either<Seq<Problem>, TargetTable> Read(byte[] bytes) =>
        SheetReader.Open(bytes).MapLeft(Seq1).Bind(file =>
        {
            using (file) return Read(file);
        });

    private static Either<Seq<Problem>, TargetTable> Read(WorkbookFile file)
    {
        if (!file.Has(Sheet))
            return Seq1(new Problem(new WorkbookReason.SheetMissing(Sheet, string.Join("、", file.SheetNames)), Place.Of(new Step.Workbook(""))));
        var problems = new ProblemList();
        var warnings = new ProblemList(); // Attachment 2 reports no warnings: a spelling is read as on the figures sheet, silently.
        var sheet = file.Sheet(Sheet);
        var byHeader = Columns.ToDictionary(c => c.Header);
        var table = new P.TargetTable();
        var locations = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var rows = sheet.Rows.GetEnumerator())
        {
            // No column is required here: a row missing one is told so by the table's own checks, at the row.
            var headers = CellReading.Headers(sheet, rows, Columns.Select(c => c.Header).ToList(), _ => false, problems, warnings);
            var columns = headers?.ToDictionary(h => h.Value, h => byHeader[h.Key]) ?? [];
            while (headers is not null && rows.MoveNext())
            {
                var (row, cells) = rows.Current;
                var wire = new P.TargetRow();
                var prefix = $"rows[{table.Rows.Count}]";
                locations[prefix] = $"{Sheet}!A{row}";
                foreach (var (column, cell) in cells)
                {
                    if (!columns.TryGetValue(column, out var c)) continue;
                    locations[$"{prefix}.{c.Field}"] = $"{Sheet}!{cell.Reference}";
                    var at = Place.Of(new Step.Cell(Sheet, cell.Reference), new Step.TargetRowEntry(table.Rows.Count, null), new Step.TargetColumnOf(ColumnOf[c.Field]));
                    Set(wire, c, cell, at, problems, warnings);
                }
                table.Rows.Add(wire);
            }
            if (headers is not null) CellReading.RefuseMerged(sheet, problems);
        }
        if (file.Failure is { } failure) problems.Add(failure);
        if (problems.Any) return problems.ToSeq();
        return TargetsMapping.ToDomain(table).ToEither().MapLeft(ps => ps.Map(p => Locations.InWorkbook(locations, p)).Strict());
    }

    private static object? Get(P.TargetRow row, TargetColumn c)
    {
        var field = P.TargetRow.Descriptor.FindFieldByName(c.Field);
        if (field.HasPresence && !field.Accessor.HasValue(row)) return null;
        return field.Accessor.GetValue(row) switch
        {
            P.RowKind kind => KindWords.GetValueOrDefault(kind, ""),
            int i => i,
            string s when c.Kind != ColumnKind.Text => s.Length == 0 ? null : DecimalParsing.TryParse(s, out var d) ? d : s,
            var other => other?.ToString(),
        };
    }

    private static void Set(P.TargetRow row, TargetColumn c, CellText cell, Place at, ProblemList problems, ProblemList warnings)
    {
        var field = P.TargetRow.Descriptor.FindFieldByName(c.Field);
        if (field.FieldType == FieldType.Enum)
        {
            var kind = KindWords.FirstOrDefault(k => k.Value == CellReading.Normalise(cell.Text)).Key;
            if (kind == P.RowKind.Unspecified) problems.Add(new WorkbookReason.UnknownChoice(cell.Text, string.Join("、", KindWords.Values)), at);
            else field.Accessor.SetValue(row, kind);
            return;
        }
        if (c.Kind == ColumnKind.Text) { field.Accessor.SetValue(row, CellReading.Normalise(cell.Text)); return; }
        var measure = c.Kind switch { ColumnKind.Percent => CellReading.Measure.Percent, ColumnKind.Growth => CellReading.Measure.Growth, _ => CellReading.Measure.Plain };
        if (field.FieldType == FieldType.Int32)
            CellReading.WholeNumber(cell, at, problems, warnings).IfSome(n => field.Accessor.SetValue(row, n));
        else
            CellReading.Number(cell, at, measure, problems, warnings).IfSome(v => field.Accessor.SetValue(row, DecimalParsing.Format(v)));
    }
}
