using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ScoringKernel.Cli.Tests;

/// <summary>
/// Readable dumps of what the office gets: a workbook as every sheet's print header and footer, column widths and every
/// cell's reference, type, value, number format and weight; a .docx as the text of its body (a table a row a line, cells
/// between bars), its headers and footers and its properties.
/// </summary>
public static class RenderedOutputs
{
    public static string Workbook(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        using var document = SpreadsheetDocument.Open(stream, false);
        var part = document.WorkbookPart!;
        var stylesheet = part.WorkbookStylesPart!.Stylesheet;
        var formats = stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var codes = stylesheet.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        var fonts = stylesheet.Fonts!.Elements<Font>().ToList();
        var sb = new StringBuilder();
        foreach (var name in part.Workbook.DefinedNames?.Elements<DefinedName>() ?? [])
            sb.Append($"defined {name.Name} {name.Text}\n");
        foreach (var sheet in part.Workbook.Sheets!.Elements<Sheet>())
        {
            var worksheet = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet;
            sb.Append($"\n== sheet {sheet.Name}\n");
            var headerFooter = worksheet.GetFirstChild<HeaderFooter>();
            sb.Append($"header {headerFooter?.OddHeader?.Text}\nfooter {headerFooter?.OddFooter?.Text}\n");
            sb.Append("widths ").Append(string.Join(" ", worksheet.Descendants<Column>().Select(c => N(c.Width!.Value)))).Append('\n');
            foreach (var row in worksheet.Descendants<Row>())
            {
                sb.Append($"row {row.RowIndex}{(row.CustomHeight?.Value == true ? " height " + N(row.Height!.Value) : "")}\n");
                foreach (var cell in row.Elements<Cell>())
                {
                    var format = formats[(int)(cell.StyleIndex?.Value ?? 0)];
                    var id = format.NumberFormatId?.Value ?? 0;
                    var code = codes.TryGetValue(id, out var c) ? c : id.ToString(CultureInfo.InvariantCulture);
                    var bold = fonts[(int)(format.FontId?.Value ?? 0)].Bold is not null ? " bold" : "";
                    var type = cell.DataType?.InnerText ?? "n";
                    var value = cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";
                    sb.Append($"  {cell.CellReference} {type} [{value.Replace("\n", "\\n")}] fmt {code}{bold}\n");
                }
            }
        }
        return sb.ToString();
    }

    public static string Docx(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var main = document.MainDocumentPart!;
        var sb = new StringBuilder();
        foreach (var header in main.HeaderParts) sb.Append("header: ").Append(Text(header.Header)).Append('\n');
        foreach (var footer in main.FooterParts) sb.Append("footer: ").Append(Text(footer.Footer)).Append('\n');
        sb.Append($"identifier: {document.PackageProperties.Identifier}\nkeywords: {document.PackageProperties.Keywords}\n\n");
        foreach (var element in main.Document.Body!.ChildElements)
        {
            switch (element)
            {
                case W.Paragraph p: sb.Append(Text(p)).Append('\n'); break;
                case W.Table t:
                    foreach (var row in t.Elements<W.TableRow>())
                        sb.Append("| ").Append(string.Join(" | ", row.Elements<W.TableCell>().Select(Text))).Append(" |\n");
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>An element's text: its paragraphs joined by ¶, a line break as \n.</summary>
    private static string Text(DocumentFormat.OpenXml.OpenXmlElement element) => element is W.Paragraph p
        ? string.Concat(p.Descendants().Select(d => d switch { W.Text t => t.Text, W.Break => "\\n", _ => "" }))
        : string.Join("¶", element.Descendants<W.Paragraph>().Select(Text));

    private static string N(double d) => d.ToString("0.###", CultureInfo.InvariantCulture);
}
