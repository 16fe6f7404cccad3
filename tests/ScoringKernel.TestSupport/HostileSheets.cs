using System.IO.Compression;
using System.Text;
using ScoringKernel.Files.Workbooks;

namespace ScoringKernel.TestSupport;

/// <summary>
/// Hostile figures workbooks made without a spreadsheet program, fast: 贫困村 with
/// many rows of a village name alone, 单位指标 with many rows of a code that is no code.
/// </summary>
public static class HostileSheets
{
    /// <summary>A minimal package: 单位指标 with its header only, 贫困村 with the header and <paramref name="villageRows"/> rows of a village name alone.</summary>
    public static byte[] VillageSheetOf(int villageRows, bool titleAbove = false, string? unitCode = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Entry(string name, string text)
            {
                using var w = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
                w.Write(text);
            }
            const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main", rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
            Entry("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""");
            Entry("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Entry("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet name="单位指标" sheetId="1" r:id="s1"/><sheet name="贫困村" sheetId="2" r:id="s2"/></sheets></workbook>""");
            Entry("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="s2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="ss" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""");
            Entry("xl/sharedStrings.xml", $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{main}" count="1" uniqueCount="1"><si><t>村</t></si></sst>""");
            static string Header(IEnumerable<string> names) => string.Concat(names.Select((h, i) => $"<c r=\"{SheetWriter.Reference(i, 1)}\" t=\"inlineStr\"><is><t>{h}</t></is></c>"));
            var unitHeaders = new[] { "单位代码", "单位名称" }.Concat(Core.Figures.FigureFields.All.Map(FiguresWorkbook.Header));
            Entry("xl/worksheets/sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><sheetData><row r="1">{Header(unitHeaders)}</row>{(unitCode is null ? "" : $"<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>{unitCode}</t></is></c></row>")}</sheetData></worksheet>""");
            using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet2.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
            var first = titleAbove ? 2 : 1;
            sheet.Write($"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><sheetData>""");
            if (titleAbove) sheet.Write("""<row r="1"><c r="A1" t="inlineStr"><is><t>2015年贫困村名单</t></is></c></row>""");
            sheet.Write($"""<row r="{first}">{Header(["单位代码", "村名", "驻村工作队(是/否)", "扶贫项目投入(万元)"]).Replace("1\"", $"{first}\"")}</row>""");
            for (var r = first + 1; r < villageRows + first + 1; r++) sheet.Write($"<row r=\"{r}\"><c r=\"B{r}\" t=\"s\"><v>0</v></c></row>");
            sheet.Write("</sheetData></worksheet>");
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// 单位指标 with every column's header and <paramref name="unitRows"/> rows of a code that is no code alone (x2, x3 …):
    /// each row's every figure cell blank. 贫困村 with its header only.
    /// </summary>
    public static byte[] UnitSheetOf(int unitRows)
    {
        var headers = new[] { "单位代码", "单位名称" }.Concat(Core.Figures.FigureFields.All.Map(FiguresWorkbook.Header)).ToList();
        static string Header(IReadOnlyList<string> names, uint row) => string.Concat(names.Select((h, i) => $"<c r=\"{SheetWriter.Reference(i, row)}\" t=\"inlineStr\"><is><t>{h}</t></is></c>"));
        var units = new StringBuilder($"<row r=\"1\">{Header(headers, 1)}</row>");
        for (var r = 2; r < unitRows + 2; r++) units.Append($"<row r=\"{r}\"><c r=\"A{r}\" t=\"inlineStr\"><is><t>x{r}</t></is></c></row>");
        return Package(units.ToString(), $"<row r=\"1\">{Header(["单位代码", "村名", "驻村工作队(是/否)", "扶贫项目投入(万元)"], 1)}</row>");
    }

    /// <summary>A package of the two sheets' rows (sheetData's content), inline strings only.</summary>
    public static byte[] Package(string unitRows, string villageRows)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Entry(string name, string text)
            {
                using var w = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
                w.Write(text);
            }
            const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main", rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
            Entry("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Entry("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Entry("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet name="单位指标" sheetId="1" r:id="s1"/><sheet name="贫困村" sheetId="2" r:id="s2"/></sheets></workbook>""");
            Entry("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="s2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>""");
            Entry("xl/worksheets/sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><sheetData>{unitRows}</sheetData></worksheet>""");
            Entry("xl/worksheets/sheet2.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><sheetData>{villageRows}</sheetData></worksheet>""");
        }
        return buffer.ToArray();
    }
}
