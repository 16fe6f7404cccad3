using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

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

public sealed record Column(string Header, ColumnKind Kind, double Width);

/// <summary>
/// Writes workbooks through the Open XML SDK: each sheet a header row (bold, frozen), sized columns, and data
/// validation on yes/no and numeric columns so that Excel or WPS warns the clerk as they type.
/// </summary>
public sealed class SheetWriter : IDisposable
{
    private readonly MemoryStream stream = new();
    private readonly SpreadsheetDocument document;
    private readonly Sheets sheets;
    private uint nextSheetId = 1;

    public SheetWriter()
    {
        document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        sheets = workbook.Workbook.AppendChild(new Sheets());
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFF0EBE6" }) { PatternType = PatternValues.Solid })),
            new Borders(new Border()),
            new CellFormats(new CellFormat(), new CellFormat { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true }));
    }

    /// <summary>One sheet: the header row, then the rows (each cell a string, a decimal, an int or null for empty).</summary>
    public void Sheet(string name, IReadOnlyList<Column> columns, IEnumerable<IReadOnlyList<object?>> rows, int frozenColumns = 0)
    {
        var part = document.WorkbookPart!.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (var c = 0; c < columns.Count; c++) header.Append(Text(Reference(c, 1), columns[c].Header, style: 1));
        data.Append(header);
        uint r = 1;
        foreach (var row in rows)
        {
            r++;
            var line = new Row { RowIndex = r };
            for (var c = 0; c < row.Count; c++)
                if (Cell(Reference(c, r), row[c]) is { } cell) line.Append(cell);
            data.Append(line);
        }
        var pane = new Pane
        {
            VerticalSplit = 1, HorizontalSplit = frozenColumns > 0 ? frozenColumns : null,
            TopLeftCell = Reference(frozenColumns, 2), ActivePane = frozenColumns > 0 ? PaneValues.BottomRight : PaneValues.BottomLeft, State = PaneStateValues.Frozen,
        };
        var worksheet = new Worksheet(
            new SheetViews(new SheetView(pane) { WorkbookViewId = 0 }),
            new Columns(columns.Select((col, i) => new DocumentFormat.OpenXml.Spreadsheet.Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = col.Width, CustomWidth = true })),
            data);
        var validations = Validations(columns, Math.Max(r, 2) + 500);
        if (validations.Count > 0) worksheet.Append(new DataValidations(validations) { Count = (uint)validations.Count });
        part.Worksheet = worksheet;
        sheets.Append(new Sheet { Id = document.WorkbookPart.GetIdOfPart(part), SheetId = nextSheetId++, Name = name });
    }

    public byte[] ToArray()
    {
        document.Dispose();
        return stream.ToArray();
    }

    public void Dispose() => document.Dispose();

    /// <summary>Column letters for a zero-based index: 0 → A, 26 → AA.</summary>
    public static string Letters(int column)
    {
        var s = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26) s = (char)('A' + (n - 1) % 26) + s;
        return s;
    }

    public static string Reference(int column, uint row) => Letters(column) + row.ToString(CultureInfo.InvariantCulture);

    private static Cell? Cell(string reference, object? value) => value switch
    {
        null => null,
        string text => Text(reference, text),
        decimal d => Number(reference, d.ToString(CultureInfo.InvariantCulture)),
        int i => Number(reference, i.ToString(CultureInfo.InvariantCulture)),
        _ => Text(reference, Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    private static Cell Text(string reference, string text, uint style = 0) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style == 0 ? null : style };

    private static Cell Number(string reference, string text) => new(new CellValue(text)) { CellReference = reference };

    private static List<DataValidation> Validations(IReadOnlyList<Column> columns, uint lastRow)
    {
        var list = new List<DataValidation>();
        for (var c = 0; c < columns.Count; c++)
        {
            var range = new ListValue<StringValue> { InnerText = $"{Reference(c, 2)}:{Reference(c, lastRow)}" };
            DataValidation Rule(DataValidationValues type, DataValidationOperatorValues op, string formula, string error) => new(new Formula1(formula))
            {
                Type = type, Operator = op, AllowBlank = true, ShowErrorMessage = true, SequenceOfReferences = range,
                ErrorTitle = columns[c].Header, Error = error,
            };
            switch (columns[c].Kind)
            {
                case ColumnKind.YesNo:
                    list.Add(new DataValidation(new Formula1("\"是,否\"")) { Type = DataValidationValues.List, AllowBlank = true, ShowErrorMessage = true, SequenceOfReferences = range, ErrorTitle = columns[c].Header, Error = "请填写“是”或“否”" });
                    break;
                case ColumnKind.Count: list.Add(Rule(DataValidationValues.Whole, DataValidationOperatorValues.GreaterThanOrEqual, "0", "请填写不小于0的整数")); break;
                case ColumnKind.Amount: list.Add(Rule(DataValidationValues.Decimal, DataValidationOperatorValues.GreaterThanOrEqual, "0", "请填写不小于0的数")); break;
                case ColumnKind.Growth: list.Add(Rule(DataValidationValues.Decimal, DataValidationOperatorValues.GreaterThanOrEqual, "-100", "请填写不小于-100的数")); break;
                case ColumnKind.Percent:
                    list.Add(new DataValidation(new Formula1("0"), new Formula2("100")) { Type = DataValidationValues.Decimal, Operator = DataValidationOperatorValues.Between, AllowBlank = true, ShowErrorMessage = true, SequenceOfReferences = range, ErrorTitle = columns[c].Header, Error = "请填写0到100之间的数" });
                    break;
                case ColumnKind.Text: break;
            }
        }
        return list;
    }
}
