using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using ScoringKernel.Files.Workbooks;

namespace ScoringKernel.Benchmarks;

/// <summary>
/// Reading hostile figures workbooks (issue 23, must-show 2): 贫困村 with 500,000 rows of a village name alone (no unit
/// code: 500,000 problems, 100 told and a count), and 单位指标 with 150,000 rows of a code that is no code and every
/// figure blank. Run: <c>dotnet run -c Release --project tests/ScoringKernel.Benchmarks -- --filter '*WorkbookReading*' --job short</c>.
/// The command line's own time (process start and the first JIT included) is in specs/performance.md.
/// </summary>
[MemoryDiagnoser]
public class WorkbookReading
{
    private byte[] villages = null!, units = null!;

    [GlobalSetup]
    public void Setup()
    {
        var unitHeader = new[] { "单位代码", "单位名称" }.Concat(Core.Figures.FigureFields.All.Map(FiguresWorkbook.Header)).ToList();
        var villageHeader = new[] { "单位代码", "村名", "驻村工作队(是/否)", "扶贫项目投入(万元)" };
        var villageRows = new StringBuilder($"<row r=\"1\">{Cells(villageHeader, 1)}</row>");
        for (var r = 2; r <= 500_001; r++) villageRows.Append($"<row r=\"{r}\"><c r=\"B{r}\" t=\"s\"><v>0</v></c></row>"); // the shared string 村
        villages = Package($"<row r=\"1\">{Cells(unitHeader, 1)}</row>", villageRows.ToString());
        var unitRows = new StringBuilder($"<row r=\"1\">{Cells(unitHeader, 1)}</row>");
        for (var r = 2; r <= 150_001; r++) unitRows.Append($"<row r=\"{r}\"><c r=\"A{r}\" t=\"inlineStr\"><is><t>x{r}</t></is></c></row>");
        units = Package(unitRows.ToString(), $"<row r=\"1\">{Cells(villageHeader, 1)}</row>");
        // What each measures, checked once: the whole file read, 100 problems told and the rest counted.
        foreach (var (bytes, total) in new[] { (villages, 500_000), (units, 150_000 * Core.Figures.FigureFields.All.Count) })
        {
            if (bytes.Length > SheetReader.MaxFileBytes) throw new InvalidOperationException($"{bytes.Length} bytes: over the limit, refused unread");
            var last = FiguresWorkbook.Read(bytes).Match(_ => throw new InvalidOperationException("read"), ps => ps.Last);
            if (last.Reason != Core.Problems.WorkbookReasons.MoreProblems || Words.ProblemWords.Sentence(last, Words.Language.En) != $"{total - ProblemList.Max} more problems not listed ({total} in all): correct the ones above first")
                throw new InvalidOperationException(Words.ProblemWords.Sentence(last, Words.Language.En));
        }
    }

    [Benchmark(Description = "500,000 village rows, no unit code")]
    public int Villages500k() => FiguresWorkbook.Read(villages).Match(_ => 0, ps => ps.Count);

    [Benchmark(Description = "150,000 unit rows, bad code, every figure blank")]
    public int Units150k() => FiguresWorkbook.Read(units).Match(_ => 0, ps => ps.Count);

    private static string Cells(IReadOnlyList<string> values, uint row) =>
        string.Concat(values.Select((v, i) => $"<c r=\"{SheetWriter.Reference(i, row)}\" t=\"inlineStr\"><is><t>{v}</t></is></c>"));

    private static byte[] Package(string unitRows, string villageRows)
    {
        const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main", rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Entry(string name, string text)
            {
                using var w = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
                w.Write(text);
            }
            Entry("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""");
            Entry("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Entry("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet name="单位指标" sheetId="1" r:id="s1"/><sheet name="贫困村" sheetId="2" r:id="s2"/></sheets></workbook>""");
            Entry("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="s2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="ss" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""");
            Entry("xl/sharedStrings.xml", $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{main}" count="1" uniqueCount="1"><si><t>村</t></si></sst>""");
            Entry("xl/worksheets/sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><sheetData>{unitRows}</sheetData></worksheet>""");
            Entry("xl/worksheets/sheet2.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><sheetData>{villageRows}</sheetData></worksheet>""");
        }
        return buffer.ToArray();
    }
}
