using System.Globalization;
using System.Text;
using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;

namespace ScoringKernel.Files.Workbooks;

/// <summary>
/// The problems (or warnings) of one file, bounded: the first <see cref="Max"/> are kept, the rest only counted, and
/// the list ends with one problem saying how many more there were. A hostile file of 500,000 bad rows costs a counter.
/// </summary>
public sealed class ProblemList
{
    public const int Max = 100;

    private readonly List<Problem> kept = [];

    public int Total { get; private set; }

    public bool Any => Total > 0;

    /// <summary>Whether the first <see cref="Max"/> are kept: a problem added now is only counted, so its place need not be built.</summary>
    public bool Full => kept.Count >= Max;

    /// <summary>
    /// Where a problem stands once the list is <see cref="Full"/>: it is counted, never shown, so a hostile sheet's rows
    /// past the bound cost no place built per cell.
    /// </summary>
    public static readonly Place Counted = Place.Of(new Step.Workbook(""));

    public void Add(Problem problem)
    {
        Total++;
        if (kept.Count < Max) kept.Add(problem);
    }

    public void Add(Reason reason, Place at)
    {
        if (Full) Total++; // counted only: no problem made
        else Add(new Problem(reason, at));
    }

    /// <summary>The problems kept (the first <see cref="Max"/>), without the one saying how many more there were.</summary>
    public IReadOnlyList<Problem> Kept => kept;

    public Seq<Problem> ToSeq() => Total > kept.Count
        ? toSeq(kept).Add(new Problem(new WorkbookReason.MoreProblems(Total - kept.Count, Total), Place.Of(new Step.Workbook(""))))
        : toSeq(kept.ToArray());
}

/// <summary>How a sheet's header row and cells become columns and values, the same for every workbook that is read.</summary>
public static class CellReading
{
    /// <summary>How far down a header row is looked for when row 1 holds none (a title row above it, say).</summary>
    private const int HeaderSearchRows = 20;

    /// <summary>
    /// The sheet's header row → column of each header. Row 1 must hold it: an unknown or repeated header is a problem at
    /// its cell, a missing required one at row 1, a header spelled with full-width brackets or spaces is read with a
    /// warning. If row 1 holds no header at all and a later row does, that is the one problem (and null: the sheet's
    /// rows are not read, every one of them would only repeat it).
    /// </summary>
    public static Dictionary<string, int>? Headers(SheetStream sheet, IEnumerator<(uint Row, IReadOnlyDictionary<int, CellText> Cells)> rows,
        IReadOnlyList<string> expected, Func<string, bool> required, ProblemList problems, ProblemList warnings)
    {
        var known = expected.ToHashSet(StringComparer.Ordinal);
        var missing = Place.Of(new Step.Cell(sheet.Name, "1:1"));
        if (!rows.MoveNext())
        {
            problems.Add(new WorkbookReason.HeaderMissing(string.Join("、", expected.Where(required))), missing);
            return null;
        }
        var header = rows.Current;
        if (header.Row != 1 || !Matches(header.Cells, known))
        {
            // Row 1 is not the header (a title above it, say): a header further down is the one problem, else the columns are missing.
            for (var n = 0; n <= HeaderSearchRows; n++)
            {
                if (Matches(rows.Current.Cells, known))
                {
                    problems.Add(new WorkbookReason.HeaderOnWrongRow((int)rows.Current.Row), Place.Of(new Step.Cell(sheet.Name, $"A{rows.Current.Row}")));
                    return null;
                }
                if (!rows.MoveNext()) break;
            }
            problems.Add(new WorkbookReason.HeaderMissing(string.Join("、", expected.Where(required))), missing);
            return null;
        }
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (column, cell) in header.Cells)
        {
            var name = Normalise(cell.Text);
            var at = Place.Of(new Step.Cell(sheet.Name, cell.Reference));
            if (!known.Contains(name))
                problems.Add(new WorkbookReason.UnknownHeader(cell.Text, string.Join("、", expected)), at);
            else if (!found.TryAdd(name, column))
                problems.Add(new WorkbookReason.HeaderTwice(name), at);
            else if (name != cell.Raw)
                warnings.Add(new WorkbookReason.HeaderSpelling(cell.Raw, name), at);
        }
        foreach (var name in expected.Where(h => required(h) && !found.ContainsKey(h)))
            problems.Add(new WorkbookReason.HeaderMissing(name), Place.Of(new Step.Cell(sheet.Name, "1:1")));
        return found;
    }

    private static bool Matches(IReadOnlyDictionary<int, CellText> cells, System.Collections.Generic.HashSet<string> known) =>
        cells.Values.Any(c => known.Contains(Normalise(c.Text)));

    /// <summary>
    /// What a clerk's input method may type differently with the same meaning, folded as NFKC folds it: full-width
    /// ASCII forms (U+FF01–U+FF5E: ０–９, （ ）, ％, ，) to ASCII, the ideographic space to a space; then spaces around
    /// trimmed (the ranges in <see cref="TypedNumberForms"/>). By hand: the programs run with invariant globalization, where
    /// string normalization is not available.
    /// </summary>
    public static string Normalise(string text)
    {
        var i = 0;
        while (i < text.Length && text[i] is not ((>= TypedNumberForms.FullWidthFirst and <= TypedNumberForms.FullWidthLast) or TypedNumberForms.IdeographicSpace)) i++;
        if (i == text.Length) return text.Trim();
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
            folded.Append(c switch
            {
                >= TypedNumberForms.FullWidthFirst and <= TypedNumberForms.FullWidthLast => (char)(c - TypedNumberForms.FullWidthShift),
                TypedNumberForms.IdeographicSpace => ' ',
                _ => c,
            });
        return folded.ToString().Trim();
    }

    /// <summary>How a numeric column reads what it holds: a rate (0–100, 落实率(%)), a growth (增长(%), may be small or negative), anything else.</summary>
    public enum Measure { Plain, Percent, Growth }

    /// <summary>
    /// A cell's number. A number cell is read as stored, rounded to 6 decimals with a warning where the spreadsheet's
    /// floating point gave more; one formatted as a percentage in a percent column as the percentage it shows (0.152 as
    /// 15.2, with a warning). Text is read where it has one meaning: full-width digits, thousands separators
    /// (<c>3,700</c>), <c>15.2%</c> in a percent column, spaces around, each with a warning; anything else is refused,
    /// as is a formula that was never calculated.
    /// </summary>
    public static Option<decimal> Number(CellText cell, Place at, Measure measure, ProblemList problems, ProblemList? warnings)
    {
        if (cell.NotCalculated) { problems.Add(new WorkbookReason.FormulaNotCalculated(), at); return None; }
        if (cell.IsNumber && decimal.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            if (measure is Measure.Percent or Measure.Growth && cell.PercentFormat)
            {
                var shown = Math.Round(number * 100m, Valid.MaxScale, MidpointRounding.AwayFromZero);
                warnings?.Add(new WorkbookReason.PercentFormatted(number, shown), at);
                return Plausible(shown, at, measure, warnings);
            }
            var rounded = Math.Round(number, Valid.MaxScale, MidpointRounding.AwayFromZero);
            if (rounded != number) warnings?.Add(new WorkbookReason.FloatRounded(cell.Text, rounded), at);
            return Plausible(rounded, at, measure, warnings);
        }
        if (DecimalParsing.TryParse(cell.Raw, out var plain)) return Plausible(plain, at, measure, warnings);
        var spelled = Spelling(cell.Raw, measure);
        if (spelled is { } value)
        {
            warnings?.Add(new WorkbookReason.NumberSpelling(cell.Raw, value), at);
            return Plausible(value, at, measure, warnings);
        }
        var normal = Normalise(cell.Raw);
        problems.Add(normal.Any(char.IsAsciiDigit) ? new WorkbookReason.AmbiguousNumber(cell.Text) : new WorkbookReason.NotANumber(cell.Text), at);
        return None;
    }

    /// <summary>A rate in (0, 1] in a percent column, where the figures are whole percentages: likely a fraction typed for a percentage.</summary>
    private static Option<decimal> Plausible(decimal value, Place at, Measure measure, ProblemList? warnings)
    {
        if (measure == Measure.Percent && value > 0m && value <= 1m) warnings?.Add(new WorkbookReason.Implausible(value, 1, 100), at);
        return value;
    }

    /// <summary>The one value a spelling means, or null where it means none or more than one.</summary>
    private static decimal? Spelling(string raw, Measure measure)
    {
        var text = Normalise(raw);
        if (measure is Measure.Percent or Measure.Growth && text.EndsWith(TypedNumberForms.PercentSign)) text = text[..^1].TrimEnd();
        if (text.Contains(TypedNumberForms.GroupSeparator))
        {
            // Thousands separators only: groups of three after the first, at most one decimal point after them.
            var point = text.IndexOf(TypedNumberForms.DecimalPoint);
            var whole = point < 0 ? text : text[..point];
            var groups = whole.TrimStart('-').Split(TypedNumberForms.GroupSeparator);
            if (groups[0].Length is < 1 || groups[0].Length > TypedNumberForms.GroupSize || groups.Skip(1).Any(g => g.Length != TypedNumberForms.GroupSize)) return null;
            text = text.Replace(TypedNumberForms.GroupSeparator.ToString(), "", StringComparison.Ordinal);
        }
        return DecimalParsing.TryParse(text, out var value) ? value : null;
    }

    /// <summary>A cell that must hold a whole number (persons, households, villages).</summary>
    public static Option<int> WholeNumber(CellText cell, Place at, ProblemList problems, ProblemList? warnings) =>
        Number(cell, at, Measure.Plain, problems, warnings).Bind(v =>
        {
            if (v == decimal.Truncate(v) && v >= int.MinValue && v <= int.MaxValue) return Some((int)v);
            problems.Add(new WorkbookReason.NotWhole(v), at);
            return None;
        });

    /// <summary>Each cell must hold its own value: every merged range of the sheet is a problem.</summary>
    public static void RefuseMerged(SheetStream sheet, ProblemList problems)
    {
        foreach (var merged in sheet.Merged)
            problems.Add(new WorkbookReason.MergedCells(), Place.Of(new Step.Cell(sheet.Name, merged)));
    }
}
