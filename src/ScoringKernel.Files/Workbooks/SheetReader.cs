using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LanguageExt;
using static LanguageExt.Prelude;

namespace ScoringKernel.Files.Workbooks;

/// <summary>A problem with a workbook, at a sheet and cell where it has one (<c>单位指标!F7</c>).</summary>
public sealed record WorkbookProblem(string Location, string Message)
{
    public override string ToString() => Location.Length == 0 ? Message : $"{Location}: {Message}";
}

/// <summary>One cell as read: its text (a number's invariant form, a string, 是/否 for a boolean), and whether a formula computed it.</summary>
public sealed record CellText(string Reference, string Text, bool IsNumber, bool HasFormula);

/// <summary>A sheet's non-empty rows by row number, each cell by zero-based column; and its merged ranges.</summary>
public sealed record SheetCells(string Name, IReadOnlyList<(uint Row, IReadOnlyDictionary<int, CellText> Cells)> Rows, IReadOnlyList<string> Merged);

/// <summary>
/// Reads workbooks through the Open XML SDK, after checking the package's declared sizes without inflating anything:
/// a "workbook bomb" (a small file that expands to gigabytes) is refused before it is read.
/// </summary>
public static partial class SheetReader
{
    /// <summary>Bytes a workbook file may have, as for a JSON request body.</summary>
    public const long MaxFileBytes = 16L * 1024 * 1024;
    /// <summary>What its parts may expand to, together and each; and how many parts it may have.</summary>
    public const long MaxExpandedBytes = 64L * 1024 * 1024, MaxPartBytes = 32L * 1024 * 1024;
    public const int MaxParts = 200;

    public static Either<WorkbookProblem, IReadOnlyDictionary<string, SheetCells>> Read(byte[] bytes)
    {
        if (bytes.Length > MaxFileBytes)
            return new WorkbookProblem("", $"the file has {bytes.Length:N0} bytes; a workbook may have at most {MaxFileBytes:N0}");
        var checkedPackage = CheckPackage(bytes);
        if (checkedPackage is not null) return checkedPackage;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxPartBytes });
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
            var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            var sheets = new Dictionary<string, SheetCells>(StringComparer.Ordinal);
            foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part) continue;
                sheets[sheet.Name?.Value ?? ""] = ReadSheet(sheet.Name?.Value ?? "", part, shared);
            }
            return sheets;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException or InvalidOperationException)
        {
            return new WorkbookProblem("", $"is not a readable Excel workbook (.xlsx): {e.Message}");
        }
    }

    /// <summary>The zip's central directory only: declared sizes, never the data.</summary>
    private static WorkbookProblem? CheckPackage(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxParts)
                return new("", $"the workbook has {zip.Entries.Count} parts; at most {MaxParts}");
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > MaxPartBytes)
                    return new("", $"the workbook's part {entry.FullName} would expand to {entry.Length:N0} bytes (at most {MaxPartBytes:N0}): refused without reading it");
                total += entry.Length;
                if (total > MaxExpandedBytes)
                    return new("", $"the workbook would expand to more than {MaxExpandedBytes:N0} bytes: refused without reading it");
            }
            if (zip.GetEntry("xl/workbook.xml") is null)
                return new("", "is not an Excel workbook (.xlsx): it has no xl/workbook.xml");
            return null;
        }
        catch (InvalidDataException)
        {
            return new("", "is not an Excel workbook (.xlsx): it is not a zip package (an .xls from before 2007, a CSV or another file renamed?)");
        }
    }

    private static SheetCells ReadSheet(string name, WorksheetPart part, string[] shared)
    {
        var rows = new List<(uint, IReadOnlyDictionary<int, CellText>)>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var cells = new Dictionary<int, CellText>();
            foreach (var cell in row.Elements<Cell>())
            {
                var reference = cell.CellReference?.Value ?? "";
                var match = Reference().Match(reference);
                if (!match.Success) continue;
                var text = Text(cell, shared);
                if (text.Length == 0 && cell.CellFormula is null) continue;
                var isNumber = cell.DataType is null || cell.DataType.Value == CellValues.Number;
                cells[Column(match.Groups[1].Value)] = new CellText(reference, text, isNumber && cell.CellValue is not null, cell.CellFormula is not null);
            }
            if (cells.Count > 0 && row.RowIndex?.Value is { } index) rows.Add((index, cells));
        }
        var merged = part.Worksheet.Descendants<MergeCell>().Select(m => m.Reference?.Value ?? "").Where(r => r.Length > 0).ToList();
        return new SheetCells(name, rows, merged);
    }

    private static string Text(Cell cell, string[] shared)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
            return int.TryParse(cell.CellValue?.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Length ? shared[i].Trim() : "";
        if (type == CellValues.InlineString) return cell.InlineString?.InnerText.Trim() ?? "";
        if (type == CellValues.Boolean) return cell.CellValue?.Text == "1" ? "是" : "否";
        return cell.CellValue?.Text.Trim() ?? "";
    }

    /// <summary>Zero-based column of letters: A → 0, AA → 26.</summary>
    public static int Column(string letters)
    {
        var n = 0;
        foreach (var c in letters) n = n * 26 + (c - 'A' + 1);
        return n - 1;
    }

    [GeneratedRegex("^([A-Z]{1,3})([0-9]{1,7})$")]
    private static partial Regex Reference();
}
