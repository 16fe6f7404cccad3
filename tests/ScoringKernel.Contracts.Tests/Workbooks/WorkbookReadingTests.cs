using System.IO.Compression;
using System.Text;
using ScoringKernel.Core.Problems;
using ScoringKernel.Files.Workbooks;
using ScoringKernel.Words;
using Xunit;

namespace ScoringKernel.Contracts.Tests.Workbooks;

/// <summary>The workbook reader on hostile and odd files, without a spreadsheet program: fast.</summary>
public class WorkbookReadingTests
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
    private static byte[] Package(string unitRows, string villageRows)
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

    [Fact]
    public void A_sheet_of_150000_bad_unit_rows_answers_100_problems_and_the_count_of_all()
    {
        const int rows = 150_000;
        var bytes = UnitSheetOf(rows);
        Assert.True(bytes.Length <= SheetReader.MaxFileBytes, $"{bytes.Length} bytes");
        var problems = FiguresWorkbook.Read(bytes).Match(_ => throw new Xunit.Sdk.XunitException("read"), ps => ps);
        Assert.Equal(ProblemList.Max + 1, problems.Count);
        // Every figure cell of every row is blank: one problem each, all counted though only the first 100 are told.
        // The checks also run on the rows read under the bound (2–7, before 100 problems): each one's code "x…" is no code.
        var total = rows * Core.Figures.FigureFields.All.Count + 6;
        Assert.StartsWith("单位指标!A2(第1个单位 · 单位代码):", ProblemWords.Sentence(problems.Head), StringComparison.Ordinal);
        Assert.StartsWith("单位指标!C2(第1个单位 · ", ProblemWords.Sentence(problems[1]), StringComparison.Ordinal);
        Assert.Equal($"还有 {total - ProblemList.Max} 处问题未列出(共 {total} 处):请先改正以上问题", ProblemWords.Sentence(problems.Last));
        Assert.Equal($"{total - ProblemList.Max} more problems not listed ({total} in all): correct the ones above first", ProblemWords.Sentence(problems.Last, Language.En));
    }

    [Fact]
    public void A_sheet_of_500000_village_rows_answers_100_problems_and_a_count()
    {
        var bytes = VillageSheetOf(500_000);
        Assert.True(bytes.Length <= SheetReader.MaxFileBytes, $"{bytes.Length} bytes");
        var problems = FiguresWorkbook.Read(bytes).Match(_ => throw new Xunit.Sdk.XunitException("read"), ps => ps);
        Assert.Equal(ProblemList.Max + 1, problems.Count);
        Assert.Equal("贫困村!A2:这一行没有单位代码", ProblemWords.Sentence(problems.Head));
        Assert.Equal("还有 499900 处问题未列出(共 500000 处):请先改正以上问题", ProblemWords.Sentence(problems.Last));
        Assert.Equal("499900 more problems not listed (500000 in all): correct the ones above first", ProblemWords.Sentence(problems.Last, Language.En));
    }

    [Fact]
    public void A_unit_code_that_is_no_code_is_a_problem_at_its_cell_not_a_crash()
    {
        // Once a ResultIsNullException (LanguageExt's Match refusing a null result): HTTP 500 from the server, found by tests/hostile/measure_memory.py.
        var problems = FiguresWorkbook.Read(VillageSheetOf(0, unitCode: "x2")).Match(_ => throw new Xunit.Sdk.XunitException("read"), ps => ps);
        Assert.True(problems.Exists(p => ProblemWords.Sentence(p).StartsWith("单位指标!C2(第1个单位", StringComparison.Ordinal)), string.Join(" / ", problems.Map(p => ProblemWords.Sentence(p))));
    }

    [Fact]
    public void A_header_below_a_title_row_is_one_problem_not_one_per_row()
    {
        var problem = Assert.Single(FiguresWorkbook.Read(VillageSheetOf(400, titleAbove: true)).Match(_ => throw new Xunit.Sdk.XunitException("read"), ps => ps));
        Assert.Equal("贫困村!A2:表头应在第1行,在第2行找到:请删去表头上方的行", ProblemWords.Sentence(problem));
        Assert.Equal("the header must be on row 1; it was found on row 2: delete the rows above it", ProblemWords.Message(problem, Language.En));
    }

    [Theory]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 }, "WORKBOOK_LEGACY_XLS")]
    [InlineData(new byte[] { (byte)'u', (byte)'n', (byte)'i', (byte)'t', (byte)',', (byte)'1', (byte)'\n' }, "WORKBOOK_PLAIN_TEXT")]
    [InlineData(new byte[] { 0x01, 0x02, 0x00, 0xFF }, "WORKBOOK_NOT_A_WORKBOOK")]
    [InlineData(new byte[] { (byte)'P', (byte)'K', 3, 4, 0, 0 }, "WORKBOOK_DAMAGED")]
    public void Each_wrong_kind_of_file_is_named_by_its_content(byte[] bytes, string reason)
    {
        var problem = Assert.Single(FiguresWorkbook.Read(bytes).Match(_ => throw new Xunit.Sdk.XunitException("read"), ps => ps));
        Assert.Equal(reason, problem.Reason.Code);
    }

    [Fact]
    public void An_OLE2_container_holding_EncryptionInfo_is_a_password_protected_workbook()
    {
        // The header of a compound file, then a directory entry named EncryptionInfo (UTF-16LE), as Excel and WPS save one with a password.
        var bytes = new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.Concat(new byte[504]).Concat(Encoding.Unicode.GetBytes("EncryptionInfo")).Concat(new byte[64]).ToArray();
        var problem = Assert.Single(FiguresWorkbook.Read(bytes).Match(_ => throw new Xunit.Sdk.XunitException("read"), ps => ps));
        Assert.Equal(WorkbookReasons.Encrypted, problem.Reason);
        Assert.Equal("工作簿受密码保护:请去掉密码后重新保存,再提交", ProblemWords.Sentence(problem));
        Assert.Equal("the workbook is protected by a password: remove the password, save it again and send it again", ProblemWords.Sentence(problem, Language.En));
    }

    [Fact]
    public void A_DTD_in_a_sheet_is_refused_without_the_platforms_words()
    {
        var text = Encoding.UTF8.GetString(VillageSheetOf(1));
        var bytes = VillageSheetOf(1);
        using var buffer = new MemoryStream();
        buffer.Write(bytes);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("xl/worksheets/sheet2.xml")!.Delete();
            using var w = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet2.xml").Open());
            w.Write("""<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>""");
        }
        var problems = FiguresWorkbook.Read(buffer.ToArray()).Match(_ => throw new Xunit.Sdk.XunitException("read"), ps => ps);
        Assert.All(problems, p => Assert.DoesNotContain("DTD", ProblemWords.Sentence(p, Language.En)));
        Assert.Contains(problems, p => p.Reason == WorkbookReasons.Damaged);
        Assert.NotEmpty(text);
    }
}
