using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ScoringKernel.Files.Workbooks;

namespace ScoringKernel.TestSupport;

/// <summary>Reads and changes single cells of a workbook file, as a clerk's spreadsheet program would store them.</summary>
public static class WorkbookCells
{
    /// <summary>The header cell's column letter on a sheet of the workbook.</summary>
    public static string ColumnOf(string path, string sheet, string header)
    {
        var read = SheetReader.Read(File.ReadAllBytes(path)).Match(s => s, p => throw new InvalidOperationException(p.ToString()));
        var cell = read[sheet].Rows.Single(r => r.Row == 1).Cells.Values.Single(c => c.Text == header);
        return new string(cell.Reference.TakeWhile(char.IsAsciiLetter).ToArray());
    }

    /// <summary>The unit's name on a row of 单位指标.</summary>
    public static string NameOnRow(string path, uint row)
    {
        var read = SheetReader.Read(File.ReadAllBytes(path)).Match(s => s, p => throw new InvalidOperationException(p.ToString()));
        return read["单位指标"].Rows.Single(r => r.Row == row).Cells[1].Text;
    }

    /// <summary>Changes one existing or new cell to a number or an inline string, with a formula before it if given.</summary>
    public static void SetCell(string path, string sheetName, string reference, string? text = null, string? number = null, string? formula = null)
    {
        using var document = SpreadsheetDocument.Open(path, true);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var rowIndex = uint.Parse(new string(reference.SkipWhile(char.IsAsciiLetter).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
        var data = part.Worksheet.GetFirstChild<SheetData>()!;
        var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex! == rowIndex) ?? data.AppendChild(new Row { RowIndex = rowIndex });
        var cell = row.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference);
        if (cell is null)
        {
            cell = new Cell { CellReference = reference };
            var after = row.Elements<Cell>().LastOrDefault(c => SheetReader.Column(new string(c.CellReference!.Value!.TakeWhile(char.IsAsciiLetter).ToArray())) < SheetReader.Column(new string(reference.TakeWhile(char.IsAsciiLetter).ToArray())));
            if (after is null) row.PrependChild(cell); else after.InsertAfterSelf(cell);
        }
        cell.RemoveAllChildren();
        if (formula is not null) cell.Append(new CellFormula(formula));
        if (text is not null) { cell.DataType = CellValues.InlineString; cell.Append(new InlineString(new Text(text))); }
        else if (number is not null) { cell.DataType = null; cell.Append(new CellValue(number)); }
        else cell.DataType = null;
    }
}
