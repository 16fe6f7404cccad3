namespace ScoringKernel.Files.Workbooks;

/// <summary>
/// The forms a clerk may type a number in beyond the canonical decimal ("84.59"), each with one meaning: the one table
/// the workbook reader (<see cref="CellReading"/>) and the workbench page follow. The server serves it to the page as
/// the module <c>/workbench/typed-number-forms.js</c> (specs/docs/decisions/0006-typed-numbers.md).
/// </summary>
public static class TypedNumberForms
{
    /// <summary>Full-width ASCII forms (U+FF01–U+FF5E: ０–９, （ ）, ％, ，, ．) are their ASCII character shifted up by <see cref="FullWidthShift"/>.</summary>
    public const char FullWidthFirst = '\uFF01';
    public const char FullWidthLast = '\uFF5E';
    public const int FullWidthShift = 0xFEE0;

    /// <summary>The ideographic space, read as a space.</summary>
    public const char IdeographicSpace = '\u3000';

    /// <summary>Thousands separators: "3,700", "-1,234.5" — a first group of one to three digits, then groups of exactly three.</summary>
    public const char GroupSeparator = ',';
    public const int GroupSize = 3;

    public const char DecimalPoint = '.';

    /// <summary>A percentage sign after the number, in a percent or growth column only ("15.2%" is 15.2).</summary>
    public const char PercentSign = '%';
}
