using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ScoringKernel.Files.Csv;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ScoringKernel.Cli.Tests;

/// <summary>The CSV, the result and evaluation workbooks and the notice as the office gets them back, without a spreadsheet program.</summary>
public class OutputFilesTests
{
    [Theory]
    [InlineData("衡阳县", "衡阳县")]
    [InlineData("衡山县,南岳", "\"衡山县,南岳\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+86 734", "'+86 734")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    public void A_text_field_is_quoted_per_RFC_4180_and_never_opens_as_a_formula(string text, string field) =>
        Assert.Equal(field, CsvWriter.Field(CsvCell.Text(text)));

    [Theory]
    [InlineData("-2", "-2")]
    [InlineData("84.59", "84.59")]
    [InlineData("-1.20", "-1.20")]
    [InlineData("=1+1", "'=1+1")]
    public void A_negative_number_stays_a_number_and_a_number_column_holding_text_is_guarded(string value, string field) =>
        Assert.Equal(field, CsvWriter.Field(CsvCell.Number(value)));

    [Fact]
    public void The_assessment_csv_starts_with_a_byte_order_mark_and_ends_records_in_CRLF_unless_asked_not_to()
    {
        var run = CliRun.Of("assess", CliRun.Example, "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("\uFEFFunit_code,name,", run.Out);
        Assert.Equal(13, run.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("\n", run.Out.Replace("\r\n", ""));
        Assert.Contains("\r\n430423,衡山县,县市组,84.59,5,class_2,false,", run.Out);

        var plain = CliRun.Of("assess", CliRun.Example, "--format", "csv", "--bom", "false");
        Assert.Equal(0, plain.ExitCode);
        Assert.StartsWith("unit_code,name,", plain.Out);
        Assert.Equal(run.Out[1..], plain.Out);
    }

    [Fact]
    public void A_unit_name_that_looks_like_a_formula_is_text_in_the_result_workbook()
    {
        var workbook = Path.Combine(Path.GetDirectoryName(CliRun.Temp("x", ""))!, "result.xlsx");
        Assert.Equal(0, CliRun.Of("assess", CliRun.Example, "--targets", HostileTargets(), "--format", "xlsx", "--out", workbook).ExitCode);
        using var document = SpreadsheetDocument.Open(workbook, false);
        var part = document.WorkbookPart!;
        Assert.Empty(part.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));
        var formats = part.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var cell = part.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()).First(c => c.InnerText == "=1+1");
        Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
        Assert.True(formats[(int)cell.StyleIndex!.Value].QuotePrefix?.Value, "a formula-like text carries the quote prefix so that Excel keeps it text when edited");
    }

    [Fact]
    public void The_result_workbook_prints_landscape_one_page_wide_with_print_titles_scores_to_two_decimals_and_no_validation()
    {
        var path = Path.Combine(Path.GetDirectoryName(CliRun.Temp("x", ""))!, "result.xlsx");
        Assert.Equal(0, CliRun.Of("assess", CliRun.Example, "--format", "xlsx", "--out", path).ExitCode);
        using var document = SpreadsheetDocument.Open(path, false);
        var part = document.WorkbookPart!;
        Assert.Empty(part.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DataValidations>()));
        foreach (var sheet in part.WorksheetParts.Select(p => p.Worksheet))
        {
            var setup = sheet.GetFirstChild<PageSetup>()!;
            Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
            Assert.Equal(1u, setup.FitToWidth!.Value);
            Assert.True(sheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
        }
        var titles = part.Workbook.DefinedNames!.Elements<DefinedName>().Where(d => d.Name == "_xlnm.Print_Titles").Select(d => d.Text).ToList();
        Assert.Contains("'县市组排名'!$A:$B,'县市组排名'!$1:$1", titles);

        var ranking = Sheet(part, "县市组排名");
        var numberFormats = part.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().ToDictionary(n => n.NumberFormatId!.Value, n => n.FormatCode!.Value);
        var formats = part.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        string FormatOf(Cell c) => numberFormats[formats[(int)c.StyleIndex!.Value].NumberFormatId!.Value] ?? "";
        var hengyang = ranking.Descendants<Cell>().Single(c => c.CellReference == "D2");
        Assert.Equal((99.5m, "0.00"), (decimal.Parse(hengyang.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture), FormatOf(hengyang)));
        Assert.Equal("是", ranking.Descendants<Cell>().Single(c => c.CellReference == "F8").InnerText); // 祁东县, criticised
        Assert.Equal("否", ranking.Descendants<Cell>().Single(c => c.CellReference == "F2").InnerText);

        // 目标/实际 are numbers in their measure's format, never 27-digit text; yes/no lines say 是/否.
        var lines = Sheet(part, "扣分明细").Descendants<Row>().Skip(1).Select(r => r.Elements<Cell>().ToList()).ToList();
        Assert.All(lines, l => Assert.True(l[5].DataType is null || l[5].InnerText is "是" or "否", $"target {l[5].InnerText} is a number or 是/否"));
        var rate = lines.First(l => l[7].InnerText == "%");
        Assert.Equal("0.00", FormatOf(rate[6]));
        Assert.Contains(lines, l => l[6].InnerText == "否");
    }

    [Fact]
    public void The_evaluation_workbook_compares_per_indicator_lists_every_correction_and_the_overstated_units()
    {
        var path = Path.Combine(Path.GetDirectoryName(CliRun.Temp("x", ""))!, "evaluation.xlsx");
        var run = CliRun.Of("evaluate", CliRun.Evaluation, "--format", "xlsx", "--out", path);
        Assert.True(run.ExitCode == 0, run.Error);
        using var document = SpreadsheetDocument.Open(path, false);
        var part = document.WorkbookPart!;
        Assert.Equal(new[] { "自评与核定", "指标对比", "核定依据", "自评高估单位", "县市组排名", "区组排名", "指标得分", "扣分明细" },
            part.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        Assert.Empty(part.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DataValidations>()));
        Assert.Empty(part.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));

        string[] Texts(Row r) => r.Elements<Cell>().Select(c => c.InnerText).ToArray();
        var comparison = Sheet(part, "指标对比").Descendants<Row>().Select(Texts).ToList();
        Assert.Equal(12 * 11 + 1, comparison.Count);
        Assert.Contains(comparison, r => r is ["430482", "常宁市", "合计", "80.89", "79.69", "-1.20"]);
        Assert.Contains(comparison, r => r is ["430482", "常宁市", "附件1-四", _, _, var d] && decimal.Parse(d, System.Globalization.CultureInfo.InvariantCulture) < 0);

        var corrections = Sheet(part, "核定依据").Descendants<Row>().Skip(1).Select(Texts).ToList();
        Assert.Equal(4, corrections.Count);
        Assert.Contains(corrections, r => r is ["430482", "常宁市", "附件1-四 危房改造户数", "48 户", "44 户", "年终考核 2015-12-18", var note] && note.StartsWith("年终考核入户核查", StringComparison.Ordinal));
        Assert.Contains(corrections, r => r is ["430424", "衡东县", _, "700 万元", "830 万元", "财政局", ""]);

        var overstated = Sheet(part, "自评高估单位").Descendants<Row>().Skip(1).Select(Texts).ToList();
        Assert.Equal(["430482", "常宁市", "80.89", "79.69", "-1.20", "自评总分高于核定总分1分及以上"], Assert.Single(overstated));
    }

    [Fact]
    public void The_notice_docx_is_an_official_document_with_the_mark_the_number_the_rankings_and_the_criticism()
    {
        var path = Path.Combine(Path.GetDirectoryName(CliRun.Temp("x", ""))!, "notice.docx");
        var run = CliRun.Of("report", CliRun.Evaluation, "--format", "docx", "--out", path);
        Assert.True(run.ExitCode == 0, run.Error);
        using var document = WordprocessingDocument.Open(path, false);
        var body = document.MainDocumentPart!.Document.Body!;
        var margins = body.Descendants<W.PageMargin>().Single();
        // GB/T 9704: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (in twips).
        Assert.Equal((2098, 1984, 1587u, 1474u), (margins.Top!.Value, margins.Bottom!.Value, margins.Left!.Value, margins.Right!.Value));
        var paragraphs = body.Elements<W.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal("衡阳市扶贫开发领导小组", paragraphs[0]);
        var mark = body.Elements<W.Paragraph>().First().Descendants<W.RunProperties>().First();
        Assert.Equal(("FF0000", "方正小标宋简体"), (mark.Color!.Val!.Value, mark.RunFonts!.EastAsia!.Value));
        Assert.Equal("衡贫发〔2016〕X号", paragraphs[1]);
        Assert.NotNull(body.Elements<W.Paragraph>().ElementAt(1).ParagraphProperties!.ParagraphBorders!.BottomBorder);
        Assert.Contains("关于2015年度全市精准扶贫工作考核情况的通报", paragraphs[2]);
        var bodyRun = body.Elements<W.Paragraph>().ElementAt(4).Descendants<W.RunProperties>().First();
        Assert.Equal(("仿宋", "32"), (bodyRun.RunFonts!.EastAsia!.Value, bodyRun.FontSize!.Val!.Value));
        Assert.Contains(paragraphs, p => p.Contains("常宁市(79.69分)") && p.Contains("祁东县(55.49分)") && p.Contains("通报批评"));
        Assert.Contains(paragraphs, p => p.StartsWith("自评总分高于核定总分1分及以上的单位:常宁市", StringComparison.Ordinal));
        Assert.Equal(3, body.Elements<W.Table>().Count()); // two groups and 自评与核定对比
        Assert.Equal(["衡阳市扶贫开发领导小组", "2016年X月X日"], paragraphs[^2..]);
        Assert.All(body.Elements<W.Paragraph>().TakeLast(2), p => Assert.Equal(W.JustificationValues.Right, p.ParagraphProperties!.Justification!.Val!.Value));
    }

    private static Worksheet Sheet(WorkbookPart part, string name) =>
        ((WorksheetPart)part.GetPartById(part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!)).Worksheet;

    /// <summary>Attachment 2 with 常宁市 renamed "=1+1", 衡山县 "衡山县,南岳" and 衡东县 "say \"hi\"": names reach every output from the table.</summary>
    public static string HostileTargets()
    {
        var lines = File.ReadAllLines(Path.Combine(CliRun.Root, "specs", "targets-2015.csv"));
        var renamed = lines.Select(l => l
            .Replace("430482,常宁市,", "430482,=1+1,")
            .Replace("430423,衡山县,", "430423,\"衡山县,南岳\",")
            .Replace("430424,衡东县,", "430424,\"say \"\"hi\"\"\","));
        return CliRun.Temp("hostile-targets.csv", string.Join("\n", renamed) + "\n");
    }
}

/// <summary>
/// The outputs opened by a real office suite (LibreOffice): the CSV imported as Calc imports it, the workbooks and the
/// notice converted to PDF, each first page rendered to PNG under out/ for a person to look at. One LibreOffice
/// profile for the class (its tests run one after another), apart from the other classes' conversions.
/// </summary>
public class OutputInOfficeTests
{
    private static readonly string Profile = Path.Combine(Path.GetTempPath(), $"scoring-lo-output-{Environment.ProcessId}");

    [Fact]
    public void The_csv_opened_by_LibreOffice_keeps_a_formula_like_name_as_text_a_comma_in_one_field_and_the_Chinese()
    {
        var dir = Path.GetDirectoryName(CliRun.Temp("x", ""))!;
        var run = CliRun.Of("assess", CliRun.Example, "--targets", OutputFilesTests.HostileTargets(), "--format", "csv");
        Assert.True(run.ExitCode == 0, run.Error);
        var csv = Path.Combine(dir, "result.csv");
        File.WriteAllText(csv, run.Out, new System.Text.UTF8Encoding(false));
        // 44: comma, 34: double quote, 76: UTF-8, 1: from the first line, as Calc opens a CSV.
        var xlsx = Office.Convert(Profile, csv, "xlsx", Path.Combine(dir, "calc"), "CSV:44,34,76,1");

        using var document = SpreadsheetDocument.Open(xlsx, false);
        var part = document.WorkbookPart!;
        var strings = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var rows = part.WorksheetParts.Single().Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();
        string Text(Cell c) => c.DataType?.Value == CellValues.SharedString ? strings[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)] : c.InnerText;
        var byCode = rows.Skip(1).ToDictionary(r => Text(r[0]));

        Assert.Empty(part.WorksheetParts.Single().Worksheet.Descendants<CellFormula>());
        Assert.All(rows, r => Assert.StartsWith("Q", r[^1].CellReference!.Value)); // 17 columns: no name shifted them
        var changning = byCode["430482"];
        Assert.Equal(CellValues.SharedString, changning[1].DataType!.Value);
        Assert.Contains("=1+1", Text(changning[1]));
        Assert.Equal("衡山县,南岳", Text(byCode["430423"][1]));
        Assert.Equal("say \"hi\"", Text(byCode["430424"][1]));
        Assert.Equal("县市组", Text(byCode["430421"][2]));
        Assert.Equal("99.5", byCode["430421"][3].CellValue!.Text); // a total is a number, not text
        Assert.True(byCode["430421"][3].DataType is null || byCode["430421"][3].DataType!.Value == CellValues.Number);
    }

    [Fact]
    public void The_workbooks_and_the_notice_convert_to_PDF_in_few_pages_and_their_first_pages_are_rendered_to_out()
    {
        var dir = Path.GetDirectoryName(CliRun.Temp("x", ""))!;
        var outDir = Path.Combine(CliRun.Root, "out", "documents");
        Directory.CreateDirectory(outDir);
        var files = new Dictionary<string, string[]>
        {
            ["result.xlsx"] = ["assess", CliRun.Example, "--format", "xlsx"],
            ["evaluation.xlsx"] = ["evaluate", CliRun.Evaluation, "--format", "xlsx"],
            ["template.xlsx"] = ["template"],
            ["notice.docx"] = ["report", CliRun.Evaluation, "--format", "docx"],
        };
        foreach (var (name, args) in files)
        {
            var run = CliRun.Of([.. args, "--out", Path.Combine(dir, name)]);
            Assert.True(run.ExitCode == 0, run.Error);
        }
        var pages = new Dictionary<string, int>();
        foreach (var name in files.Keys)
        {
            var pdf = Office.Convert(Profile, Path.Combine(dir, name), "pdf", Path.Combine(dir, "pdf"));
            pages[name] = Office.Pages(pdf);
            var stem = Path.GetFileNameWithoutExtension(name);
            Office.Run("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, Path.Combine(outDir, stem)]);
            File.Copy(pdf, Path.Combine(outDir, stem + ".pdf"), overwrite: true);
            Assert.True(File.Exists(Path.Combine(outDir, stem + ".png")));
        }
        // Two group sheets, the indicator scores and the deduction lines: at most two pages each, none cut across.
        Assert.InRange(pages["result.xlsx"], 4, 8);
        Assert.InRange(pages["evaluation.xlsx"], 8, 16);
        Assert.InRange(pages["notice.docx"], 2, 8);
        var first = Office.Run("pdftotext", ["-f", "1", "-l", "1", Path.Combine(dir, "pdf", "result.pdf"), "-"]);
        Assert.Contains("2015年衡阳市精准扶贫工作考核结果", first);
        Assert.Contains("99.50", first);
        Assert.Contains("备注", first); // on the first page, with the units
        var notice = Office.Run("pdftotext", [Path.Combine(dir, "pdf", "notice.pdf"), "-"]);
        Assert.Contains("衡阳市扶贫开发领导小组", notice);
        Assert.Contains("通报批评", notice);
        Assert.Contains("自评与核定对比", notice);
    }
}

/// <summary>LibreOffice and poppler as the test command's set-up installs them (tests/run-all.sh).</summary>
internal static class Office
{
    private static readonly string FontConfig = WriteFontConfig();

    /// <summary>
    /// The documents name the office's typefaces (仿宋, 方正小标宋简体, 宋体, 黑体); here they are rendered in the Noto
    /// CJK faces of fonts-noto-cjk, serif for the 宋/仿宋 families and sans for 黑体, through a fontconfig file of
    /// this process only.
    /// </summary>
    private static string WriteFontConfig()
    {
        var path = Path.Combine(Path.GetTempPath(), $"scoring-fonts-{Environment.ProcessId}.conf");
        string Alias(string family, string face) => $"<alias binding=\"same\"><family>{family}</family><prefer><family>{face}</family></prefer></alias>";
        File.WriteAllText(path, $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig>
              <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
              {Alias("仿宋", "Noto Serif CJK SC")}{Alias("仿宋_GB2312", "Noto Serif CJK SC")}{Alias("方正小标宋简体", "Noto Serif CJK SC")}
              {Alias("宋体", "Noto Serif CJK SC")}{Alias("黑体", "Noto Sans CJK SC")}
            </fontconfig>
            """);
        return path;
    }

    public static string Convert(string profile, string file, string format, string outDir, string? inFilter = null)
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists)
            ?? throw new Xunit.Sdk.XunitException("LibreOffice not found: the test command's set-up installs Debian's libreoffice-calc and libreoffice-writer (tests/run-all.sh)");
        string[] args = ["--headless", $"-env:UserInstallation=file://{profile}", .. inFilter is null ? Array.Empty<string>() : [$"--infilter={inFilter}"], "--convert-to", format, "--outdir", outDir, file];
        var output = Run(soffice, args);
        var converted = Path.Combine(outDir, Path.GetFileNameWithoutExtension(file) + "." + format);
        Assert.True(File.Exists(converted), $"LibreOffice wrote no {converted}: {output}");
        return converted;
    }

    public static int Pages(string pdf)
    {
        var info = Run("pdfinfo", [pdf]);
        var line = info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Run(string program, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["FONTCONFIG_FILE"] = FontConfig;
        Process process;
        try { process = Process.Start(start)!; }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new Xunit.Sdk.XunitException($"{program} not found ({e.Message}): the test command's set-up installs poppler-utils and LibreOffice (tests/run-all.sh)");
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), $"{program} did not finish");
            Assert.True(process.ExitCode == 0, $"{program} failed ({process.ExitCode}): {stderr.Result}");
            return stdout + stderr.Result;
        }
    }
}
