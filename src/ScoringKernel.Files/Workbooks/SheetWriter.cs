using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ScoringKernel.Files.Csv;

namespace ScoringKernel.Files.Workbooks;

/// <summary>What kind of value a column holds: it decides the cell type and the validation Excel itself applies.</summary>
public enum ColumnKind
{
    Text,
    /// <summary>Whole number, 0 or more.</summary>
    Count,
    /// <summary>Decimal, 0 or more.</summary>
    Amount,
    /// <summary>Decimal, 0 to 100.</summary>
    Percent,
    /// <summary>Decimal, −100 or more.</summary>
    Growth,
    /// <summary>是 or 否.</summary>
    YesNo,
}

/// <summary>
/// A column: its header, kind and width; <paramref name="Format"/> the number format of its numbers (<c>0.00</c> for
/// scores); <paramref name="Wrap"/> whether long text wraps (by default a text column 24 characters or wider does);
/// <paramref name="Prompt"/> the input message Excel shows on a cell of the column (input sheets only);
/// <paramref name="Choices"/> for a text column, the list its cells must come from (a list validation's formula: a range
/// such as <c>'单位指标'!$A$2:$A$13</c> or a quoted list <c>"430421,430422"</c>), with <paramref name="ChoiceError"/> when not.
/// </summary>
public sealed record Column(string Header, ColumnKind Kind, double Width, string? Format = null, bool? Wrap = null, string? Prompt = null,
    string? Choices = null, string? ChoiceError = null)
{
    public bool Wraps => Wrap ?? (Kind == ColumnKind.Text && Width >= 24);
}

/// <summary>A number shown in a format of its own (a deduction line's target in its measure's format), not its column's.</summary>
public readonly record struct Formatted(decimal Value, string Format);

/// <summary>How a sheet is used: filled in by a clerk (validations and prompts on), or printed and read (none).</summary>
public enum SheetUse
{
    Input,
    Result,
}

/// <summary>
/// Writes workbooks through the Open XML SDK: each sheet a header row (bold, frozen), sized columns, and data
/// validation on yes/no and numeric columns of an input sheet so that Excel or WPS warns the clerk as they type.
/// Every sheet prints: A4 landscape, fitted to one page wide, the header row and the frozen columns (code, unit
/// name) repeated on every page as print titles, page numbers in the footer, thin borders.
/// <para>
/// Text is always written as an inline string, never as a formula, so nothing a user typed is evaluated; a text that
/// begins like a formula (<see cref="FormulaGuard.LooksLikeFormula"/>) also carries the quote-prefix style, so that
/// Excel keeps it text when the clerk edits the cell. No cell formula is ever written.
/// </para>
/// </summary>
public sealed class SheetWriter : IDisposable
{
    /// <summary>The font of every cell: 宋体 is on every Chinese Windows and WPS; elsewhere the system substitutes its CJK serif.</summary>
    public const string FontName = "宋体";

    private readonly MemoryStream stream = new();
    private readonly SpreadsheetDocument document;
    private readonly Sheets sheets;
    private readonly DefinedNames printTitles = new();
    private readonly Dictionary<(string? Format, bool Wrap, bool QuotePrefix, bool Header, bool Bold, bool Data), uint> styles = [];
    private readonly Dictionary<string, uint> formats = [];
    private uint nextSheetId = 1;
    private bool finished;

    /// <summary>Printed in red at the head and foot of every page of every sheet when set: 草稿 before approval.</summary>
    public string? Mark { get; init; }

    public SheetWriter()
    {
        document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        sheets = workbook.Workbook.AppendChild(new Sheets());
        styles[(null, false, false, false, false, false)] = 0; // index 0: the default, unbordered
    }

    /// <summary>
    /// One sheet: the header row, then the rows (each cell a string, a decimal, an int, a bool (是/否), a
    /// <see cref="Formatted"/> number, or null for empty). <paramref name="title"/> is printed at the top of every page;
    /// <paramref name="boldRows"/> are the zero-based indices of rows set in bold (a unit's 合计 line).
    /// </summary>
    public void Sheet(string name, IReadOnlyList<Column> columns, IEnumerable<IReadOnlyList<object?>> rows, int frozenColumns = 0,
        SheetUse use = SheetUse.Input, string? title = null, IReadOnlySet<int>? boldRows = null)
    {
        var part = document.WorkbookPart!.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (var c = 0; c < columns.Count; c++) header.Append(Text(Reference(c, 1), columns[c].Header, Style(null, true, false, true, true)));
        Fit(header, columns.Select(c => (object?)c.Header).ToList(), columns, headerRow: true);
        data.Append(header);
        uint r = 1;
        foreach (var row in rows)
        {
            r++;
            var bold = boldRows?.Contains((int)r - 2) ?? false;
            var line = new Row { RowIndex = r };
            for (var c = 0; c < columns.Count; c++)
            {
                var value = c < row.Count ? row[c] : null;
                // An input sheet's empty cell is left out (it is the clerk's to fill); a result's is drawn with its border.
                if (value is null && use == SheetUse.Input) continue;
                line.Append(Cell(Reference(c, r), value, columns[c], bold));
            }
            Fit(line, row, columns, headerRow: false);
            data.Append(line);
        }
        var pane = new Pane
        {
            VerticalSplit = 1, HorizontalSplit = frozenColumns > 0 ? frozenColumns : null,
            TopLeftCell = Reference(frozenColumns, 2), ActivePane = frozenColumns > 0 ? PaneValues.BottomRight : PaneValues.BottomLeft, State = PaneStateValues.Frozen,
        };
        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(pane) { WorkbookViewId = 0 }),
            new Columns(columns.Select((col, i) => new DocumentFormat.OpenXml.Spreadsheet.Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = col.Width, CustomWidth = true })),
            data);
        if (use == SheetUse.Input)
        {
            var validations = Validations(columns, Math.Max(r, 2) + 500);
            if (validations.Count > 0) worksheet.Append(new DataValidations(validations) { Count = (uint)validations.Count });
        }
        worksheet.Append(
            new PrintOptions { HorizontalCentered = true },
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 },
            // A4 (9), landscape, as many pages tall as the rows need (0), and as few pages wide as keep the print readable.
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = PagesWide(columns), FitToHeight = 0 },
            new HeaderFooter(
                new OddHeader(MarkText() + (title is null ? $"&C&\"{FontName},Bold\"&12 &A" : $"&C&\"{FontName},Bold\"&12 {HeaderText(title)}")),
                new OddFooter(MarkText() + $"&C&\"{FontName},Regular\"&9第 &P 页,共 &N 页")));
        part.Worksheet = worksheet;
        var sheetIndex = nextSheetId - 1;
        sheets.Append(new Sheet { Id = document.WorkbookPart.GetIdOfPart(part), SheetId = nextSheetId++, Name = name });
        var quoted = $"'{name.Replace("'", "''")}'";
        var titles = frozenColumns > 0 ? $"{quoted}!$A:${Letters(frozenColumns - 1)},{quoted}!$1:$1" : $"{quoted}!$1:$1";
        printTitles.Append(new DefinedName(titles) { Name = "_xlnm.Print_Titles", LocalSheetId = sheetIndex });
    }

    /// <summary>The mark in the left section of a header or footer, in red bold.</summary>
    private string MarkText() => Mark is null ? "" : $"&L&\"{FontName},Bold\"&12&KC62828{HeaderText(Mark)}&K000000";

    public byte[] ToArray()
    {
        Finish();
        document.Dispose();
        return stream.ToArray();
    }

    public void Dispose() => document.Dispose();

    private void Finish()
    {
        if (finished) return;
        finished = true;
        var workbook = document.WorkbookPart!;
        if (printTitles.HasChildren) workbook.Workbook.Append(printTitles);
        var border = new BorderPropertiesType[] { new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder() };
        foreach (var b in border) { b.Style = BorderStyleValues.Thin; b.Append(new Color { Rgb = "FF999999" }); }
        var cellFormats = new CellFormats();
        foreach (var ((format, wrap, quotePrefix, isHeader, bold, data), _) in styles.OrderBy(s => s.Value))
        {
            var isDefault = !data;
            var cf = new CellFormat
            {
                FontId = bold ? 1u : 0u, FillId = isHeader ? 2u : 0u, BorderId = isDefault ? 0u : 1u,
                NumberFormatId = format is null ? 0u : formats[format],
                ApplyFont = bold, ApplyFill = isHeader, ApplyBorder = !isDefault, ApplyNumberFormat = format is not null,
                QuotePrefix = quotePrefix ? true : null,
            };
            cf.Append(new Alignment { WrapText = wrap ? true : null, Vertical = VerticalAlignmentValues.Center, Horizontal = isHeader ? HorizontalAlignmentValues.Center : null });
            cf.ApplyAlignment = true;
            cellFormats.Append(cf);
        }
        cellFormats.Count = (uint)cellFormats.ChildElements.Count;
        var numbering = new NumberingFormats(formats.Select(f => new NumberingFormat { NumberFormatId = f.Value, FormatCode = f.Key })) { Count = (uint)formats.Count };
        var stylesPart = workbook.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = new Stylesheet(
            numbering,
            new Fonts(Font(false), Font(true)) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFF0EBE6" }) { PatternType = PatternValues.Solid })) { Count = 3 },
            new Borders(new Border(), new Border(border[0], border[1], border[2], border[3], new DiagonalBorder())) { Count = 2 },
            cellFormats);
    }

    private static Font Font(bool bold)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        font.Append(new FontSize { Val = 11 }, new FontName { Val = FontName }, new FontFamilyNumbering { Val = 3 }, new FontCharSet { Val = 134 });
        return font;
    }

    private uint Style(string? format, bool wrap, bool quotePrefix, bool header, bool bold)
    {
        if (format == "General") format = null;
        if (format is not null && !formats.ContainsKey(format)) formats[format] = 164u + (uint)formats.Count;
        var key = (format, wrap, quotePrefix, header, bold, true);
        if (!styles.TryGetValue(key, out var id)) styles[key] = id = (uint)styles.Count;
        return id;
    }

    /// <summary>Column letters for a zero-based index: 0 → A, 26 → AA.</summary>
    public static string Letters(int column)
    {
        var s = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26) s = (char)('A' + (n - 1) % 26) + s;
        return s;
    }

    public static string Reference(int column, uint row) => Letters(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>The number format a column's numbers take when it names none.</summary>
    private static string DefaultFormat(ColumnKind kind) => kind == ColumnKind.Count ? "0" : "General";

    private Cell Cell(string reference, object? value, Column column, bool bold) => value switch
    {
        null => new Cell { CellReference = reference, StyleIndex = Style(null, column.Wraps, false, false, bold) },
        string text => Text(reference, text, Style(null, column.Wraps, FormulaGuard.LooksLikeFormula(text), false, bold)),
        bool yes => Text(reference, ResultWords.YesNo(yes), Style(null, false, false, false, bold)),
        decimal d => Number(reference, d.ToString(CultureInfo.InvariantCulture), Style(column.Format ?? DefaultFormat(column.Kind), false, false, false, bold)),
        int i => Number(reference, i.ToString(CultureInfo.InvariantCulture), Style(column.Format ?? DefaultFormat(column.Kind), false, false, false, bold)),
        Formatted f => Number(reference, f.Value.ToString(CultureInfo.InvariantCulture), Style(f.Format, false, false, false, bold)),
        _ => Text(reference, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", Style(null, column.Wraps, false, false, bold)),
    };

    /// <summary>Text as an inline string: what it says is shown, never evaluated.</summary>
    private static Cell Text(string reference, string text, uint style) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style == 0 ? null : style };

    private static Cell Number(string reference, string text, uint style) => new(new CellValue(text)) { CellReference = reference, StyleIndex = style == 0 ? null : style };

    /// <summary>What fits across one A4 landscape page at 100 %, in column-width units (a digit of the 11 pt font).</summary>
    public const double PageWidth = 135;

    /// <summary>
    /// One page wide when that prints at 60 % or more (every result sheet: no column, 备注 least of all, ever alone on a
    /// page); a wider sheet (the figures template's twenty columns) over as many pages as print at about 80 %, the code
    /// and name columns repeated on each as print titles.
    /// </summary>
    public static uint PagesWide(IReadOnlyList<Column> columns)
    {
        var width = columns.Sum(c => c.Width);
        return width <= PageWidth / 0.6 ? 1u : (uint)Math.Ceiling(width / (PageWidth / 0.8));
    }

    /// <summary>
    /// Rows of wrapped text are given the height their lines need: a spreadsheet program does not grow a row written
    /// without one, so a long 核定依据 or 说明 would be cut off in print.
    /// </summary>
    private static void Fit(Row row, IReadOnlyList<object?> values, IReadOnlyList<Column> columns, bool headerRow)
    {
        var lines = 1;
        for (var c = 0; c < columns.Count && c < values.Count; c++)
            if (values[c] is string text && (headerRow || columns[c].Wraps))
                lines = Math.Max(lines, Lines(text, columns[c].Width));
        if (lines > 1) { row.Height = lines * 14.5 + 2; row.CustomHeight = true; }
    }

    /// <summary>How many lines a text takes in a column: a CJK character is about two digits wide.</summary>
    public static int Lines(string text, double width)
    {
        var room = Math.Max(1, width - 0.5);
        return text.Split('\n').Sum(line => Math.Max(1, (int)Math.Ceiling(line.Sum(ch => ch >= '\u2E80' ? 2.0 : 1.0) / room)));
    }

    /// <summary>A page header's text: an ampersand doubled so that it is not read as a header code.</summary>
    private static string HeaderText(string text) => text.Replace("&", "&&");

    private static List<DataValidation> Validations(IReadOnlyList<Column> columns, uint lastRow)
    {
        var list = new List<DataValidation>();
        for (var c = 0; c < columns.Count; c++)
        {
            var range = new ListValue<StringValue> { InnerText = $"{Reference(c, 2)}:{Reference(c, lastRow)}" };
            var column = columns[c];
            DataValidation Prompted(DataValidation v)
            {
                if (column.Prompt is { } prompt) { v.ShowInputMessage = true; v.PromptTitle = Cut(column.Header, 32); v.Prompt = Cut(prompt, 255); }
                return v;
            }
            DataValidation Rule(DataValidationValues type, DataValidationOperatorValues op, string formula, string error) => Prompted(new(new Formula1(formula))
            {
                Type = type, Operator = op, AllowBlank = true, ShowErrorMessage = true, SequenceOfReferences = range,
                ErrorTitle = Cut(column.Header, 32), Error = error,
            });
            switch (column.Kind)
            {
                case ColumnKind.YesNo:
                    list.Add(Prompted(new DataValidation(new Formula1("\"是,否\"")) { Type = DataValidationValues.List, AllowBlank = true, ShowErrorMessage = true, SequenceOfReferences = range, ErrorTitle = Cut(column.Header, 32), Error = "请填写“是”或“否”" }));
                    break;
                case ColumnKind.Count: list.Add(Rule(DataValidationValues.Whole, DataValidationOperatorValues.GreaterThanOrEqual, "0", "请填写不小于0的整数")); break;
                case ColumnKind.Amount: list.Add(Rule(DataValidationValues.Decimal, DataValidationOperatorValues.GreaterThanOrEqual, "0", "请填写不小于0的数")); break;
                case ColumnKind.Growth: list.Add(Rule(DataValidationValues.Decimal, DataValidationOperatorValues.GreaterThanOrEqual, "-100", "请填写不小于-100的数")); break;
                case ColumnKind.Percent:
                    list.Add(Prompted(new DataValidation(new Formula1("0"), new Formula2("100")) { Type = DataValidationValues.Decimal, Operator = DataValidationOperatorValues.Between, AllowBlank = true, ShowErrorMessage = true, SequenceOfReferences = range, ErrorTitle = Cut(column.Header, 32), Error = "请填写0到100之间的数" }));
                    break;
                case ColumnKind.Text when column.Choices is { } choices:
                    list.Add(Prompted(new DataValidation(new Formula1(choices)) { Type = DataValidationValues.List, AllowBlank = true, ShowErrorMessage = true, SequenceOfReferences = range, ErrorTitle = Cut(column.Header, 32), Error = Cut(column.ChoiceError ?? "请从列表中选择", 255) }));
                    break;
                case ColumnKind.Text:
                    if (column.Prompt is not null) list.Add(Prompted(new DataValidation { Type = DataValidationValues.None, AllowBlank = true, SequenceOfReferences = range }));
                    break;
            }
        }
        return list;
    }

    /// <summary>Excel refuses a validation title over 32 characters and a message over 255.</summary>
    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
