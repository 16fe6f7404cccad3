using System.Globalization;
using System.Text;

namespace ScoringKernel.Files.Csv;

/// <summary>A CSV cell: text (a name, a note, a word; guarded against formulas) or a number (written as it is).</summary>
public abstract record CsvCell
{
    private CsvCell() { }

    public sealed record TextCell(string Value) : CsvCell;

    /// <summary>An invariant decimal ("84.59", "-2"); anything else is written as guarded text.</summary>
    public sealed record NumberCell(string Value) : CsvCell;

    public static CsvCell Text(string value) => new TextCell(value);

    public static CsvCell Number(string value) => new NumberCell(value);

    public static CsvCell Number(int value) => new NumberCell(value.ToString(CultureInfo.InvariantCulture));

    public static implicit operator CsvCell(string value) => new TextCell(value);
}

/// <summary>
/// Writes RFC 4180 CSV: fields holding a comma, a double quote, CR or LF are quoted (a quote doubled), records end
/// in CRLF, and every text field passes <see cref="FormulaGuard.Guard"/> so no spreadsheet evaluates it.
/// <para>
/// UTF-8 with a byte-order mark by default: Excel on Chinese Windows reads a CSV without one in the ANSI code page
/// (GBK) and shows 衡阳县 as mojibake; with the mark it reads UTF-8. LibreOffice, WPS, Python's csv and pandas
/// (<c>encoding="utf-8-sig"</c>) take the mark. A program that does not want it asks for <c>--bom false</c>.
/// </para>
/// </summary>
public static class CsvWriter
{
    public const string ByteOrderMark = "\uFEFF";

    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<CsvCell>> rows, bool byteOrderMark = true)
    {
        var sb = new StringBuilder();
        if (byteOrderMark) sb.Append(ByteOrderMark);
        Record(sb, header.Select(CsvCell.Text).ToList());
        foreach (var row in rows) Record(sb, row);
        return sb.ToString();
    }

    /// <summary>The bytes of <see cref="Write"/> in UTF-8 (the mark, when asked for, as EF BB BF).</summary>
    public static byte[] Bytes(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<CsvCell>> rows, bool byteOrderMark = true) =>
        new UTF8Encoding(false).GetBytes(Write(header, rows, byteOrderMark));

    private static void Record(StringBuilder sb, IReadOnlyList<CsvCell> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append(Field(cells[i]));
        }
        sb.Append("\r\n");
    }

    /// <summary>One field as RFC 4180 writes it.</summary>
    public static string Field(CsvCell cell)
    {
        var text = cell switch
        {
            CsvCell.NumberCell n when decimal.TryParse(n.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _) => n.Value,
            CsvCell.NumberCell n => FormulaGuard.Guard(n.Value),
            CsvCell.TextCell t => FormulaGuard.Guard(t.Value),
            _ => throw new ArgumentOutOfRangeException(nameof(cell)),
        };
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
