using System.Globalization;
using LanguageExt;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;

namespace ScoringKernel.Files.Workbooks;

/// <summary>How a sheet's header row and cells become columns and values, the same for every workbook that is read.</summary>
public static class CellReading
{
    /// <summary>Header text → column. An unknown or repeated header is a problem at its cell, a missing required one at row 1.</summary>
    public static Dictionary<string, int> Headers(SheetCells sheet, IReadOnlyList<string> expected, Func<string, bool> required, List<WorkbookProblem> problems)
    {
        var known = expected.ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var header = sheet.Rows.FirstOrDefault(r => r.Row == 1).Cells ?? new Dictionary<int, CellText>();
        foreach (var (column, cell) in header)
        {
            if (!known.Contains(cell.Text))
                problems.Add(new($"{sheet.Name}!{cell.Reference}", $"unknown column header '{cell.Text}'; the columns are {string.Join("、", expected)}"));
            else if (!found.TryAdd(cell.Text, column))
                problems.Add(new($"{sheet.Name}!{cell.Reference}", $"column '{cell.Text}' appears twice"));
        }
        foreach (var name in expected.Where(h => required(h) && !found.ContainsKey(h)))
            problems.Add(new($"{sheet.Name}!1:1", $"no column '{name}'"));
        return found;
    }

    /// <summary>
    /// A number cell's value, or a text cell holding a canonical decimal. A spreadsheet stores numbers as binary floating
    /// point, while what a clerk types has at most 6 decimals: a longer value is rounded to 6, with a warning where
    /// <paramref name="warnings"/> are collected.
    /// </summary>
    public static Option<decimal> Number(CellText cell, string at, List<WorkbookProblem> problems, List<WorkbookProblem>? warnings)
    {
        if (cell.IsNumber && decimal.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            var rounded = Math.Round(number, Valid.MaxScale, MidpointRounding.AwayFromZero);
            if (rounded != number) warnings?.Add(new(at, $"{cell.Text} was read as {DecimalParsing.Format(rounded)} (a spreadsheet's floating-point value)"));
            return rounded;
        }
        if (DecimalParsing.TryParse(cell.Text, out var text)) return text;
        problems.Add(new(at, $"must be a number (got '{Shorten(cell.Text)}')"));
        return None;
    }

    /// <summary>A cell that must hold a whole number (persons, households, villages).</summary>
    public static Option<int> WholeNumber(CellText cell, string at, string field, List<WorkbookProblem> problems, List<WorkbookProblem>? warnings) =>
        Number(cell, at, problems, warnings).Bind(v =>
        {
            if (v == decimal.Truncate(v) && v >= int.MinValue && v <= int.MaxValue) return Some((int)v);
            problems.Add(new(at, $"{field}: must be a whole number (got {DecimalParsing.Format(v)})"));
            return None;
        });

    /// <summary>Each cell must hold its own value: every merged range of the sheet is a problem.</summary>
    public static void RefuseMerged(SheetCells sheet, List<WorkbookProblem> problems)
    {
        foreach (var merged in sheet.Merged)
            problems.Add(new($"{sheet.Name}!{merged}", "merged cells: each cell must hold its own value; unmerge them"));
    }

    public static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
