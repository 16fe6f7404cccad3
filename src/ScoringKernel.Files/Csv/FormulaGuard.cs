namespace ScoringKernel.Files.Csv;

/// <summary>
/// The one guard for user text (a unit's name, a note, a village) on its way into a spreadsheet cell. A spreadsheet
/// evaluates a cell that begins with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> (and some treat a leading tab or CR
/// the same way) as a formula: <c>=HYPERLINK(…)</c> in a unit's name would become a live link when the clerk opens the
/// file. OWASP's CSV-injection guidance: such a cell is written with a leading single quote, which every spreadsheet
/// takes as "this is text". Numbers never pass here (a score of -2 stays the number -2): only text columns do.
/// </summary>
public static class FormulaGuard
{
    /// <summary>Whether a spreadsheet would read the text as the start of a formula.</summary>
    public static bool LooksLikeFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>The text as a CSV cell must carry it: prefixed with <c>'</c> when it would open as a formula.</summary>
    public static string Guard(string text) => LooksLikeFormula(text) ? "'" + text : text;
}
