using System.IO.Compression;
using System.Text;
using ScoringKernel.Core.Problems;
using ScoringKernel.Files.Workbooks;
using ScoringKernel.Words;
using Xunit;
using static ScoringKernel.TestSupport.HostileSheets;
using ScoringKernel.TestSupport;

namespace ScoringKernel.Contracts.Tests.Workbooks;

/// <summary>The workbook reader on hostile and odd files, without a spreadsheet program: fast.</summary>
public class WorkbookReadingTests
{
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
        Assert.IsType<WorkbookReason.Encrypted>(problem.Reason);
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
        Assert.Contains(problems, p => p.Reason is WorkbookReason.Damaged);
        Assert.NotEmpty(text);
    }
}
