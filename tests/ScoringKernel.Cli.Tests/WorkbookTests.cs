using System.Diagnostics;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ScoringKernel.Core.Figures;
using ScoringKernel.Files.Workbooks;
using static ScoringKernel.TestSupport.WorkbookCells;
using Xunit;
using Xunit.Abstractions;
using ScoringKernel.TestSupport;

namespace ScoringKernel.Cli.Tests;

/// <summary>Figures in and results out as workbooks, through the command line.</summary>
public class WorkbookTests(ITestOutputHelper output)
{
    private static string FilledWorkbook()
    {
        var path = CliRun.Temp("figures.xlsx", "");
        Assert.Equal(0, CliRun.Of("figures", CliRun.Example, "--out", path).ExitCode);
        return path;
    }

    private static string Label(FigureField field) => ScoringKernel.Words.Labels.FigureInClause(field);

    [Fact]
    public void The_example_as_a_workbook_assesses_exactly_as_the_JSON_digest_included()
    {
        var path = FilledWorkbook();
        var fromWorkbook = CliRun.Of("assess", path, "--format", "json");
        var fromJson = CliRun.Of("assess", CliRun.Example, "--format", "json");
        Assert.Equal(0, fromWorkbook.ExitCode);
        Assert.Equal(fromJson.Out, fromWorkbook.Out);
        Assert.Contains("inputSha256", fromWorkbook.Out);
    }

    [Fact]
    public void The_template_lists_every_unit_and_reports_each_empty_cell_it_needs()
    {
        var path = CliRun.Temp("template.xlsx", "");
        Assert.Equal(0, CliRun.Of("template", "--out", path).ExitCode);
        var sheets = SheetReader.Read(File.ReadAllBytes(path)).Match(s => s, p => throw new Xunit.Sdk.XunitException(p.ToString()));
        Assert.Equal(new[] { "单位指标", "贫困村", "说明" }, sheets.Keys);
        Assert.Equal(12, sheets["单位指标"].Rows.Count(r => r.Row > 1));
        Assert.Contains(sheets["单位指标"].Rows, r => r.Cells.Values.Any(c => c.Text == "衡山县"));
        var run = CliRun.Of("assess", path, "--lang", "en");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{path}:单位指标!C2: poverty_reduction.persons_lifted: is required", run.Error);
        // Bounded: 12 units × 19 blank figures, the first 100 listed and the rest counted.
        Assert.Contains($"{path}: 128 more problems not listed (228 in all)", run.Error);
        Assert.Equal(101, run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var zh = CliRun.Of("assess", path);
        Assert.Contains($"{path}:单位指标!C2({NameOnRow(path, 2)} · {Label(FigureField.PersonsLifted)}):必须填写(空白不计为 0)", zh.Error);
        Assert.Contains($"{path}:还有 128 处问题未列出(共 228 处)", zh.Error);
    }

    [Fact]
    public void A_negative_figure_is_named_by_workbook_sheet_and_cell()
    {
        var path = FilledWorkbook();
        var column = ColumnOf(path, "单位指标", "危房改造户数(户)");
        SetCell(path, "单位指标", $"{column}7", number: "-5");
        var run = CliRun.Of("assess", path, "--lang", "en");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{path}:单位指标!{column}7: house_renovation.households_renovated: must not be negative (got -5)", run.Error);
        Assert.Equal("", run.Out);
        var name = NameOnRow(path, 7);
        var zh = CliRun.Of("assess", path);
        Assert.Contains($"{path}:单位指标!{column}7({name} · {Label(FigureField.HouseholdsRenovated)}):不能为负数(填写了 -5)", zh.Error);
    }

    [Fact]
    public void Every_mistake_of_a_workbook_is_reported_at_once_with_its_cell()
    {
        var path = FilledWorkbook();
        var income = ColumnOf(path, "单位指标", "贫困村人均可支配收入(元)");
        SetCell(path, "单位指标", $"{income}3", text: "三千五");
        SetCell(path, "单位指标", "A4", text: "430405");
        SetCell(path, "贫困村", "A5", text: "430499");
        SetCell(path, "单位指标", "Z1", text: "备注");
        var run = CliRun.Of("assess", path, "--lang", "en");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{path}:单位指标!{income}3: village_income.income_yuan: must be a number (got '三千五')", run.Error);
        Assert.Contains($"{path}:单位指标!A4: unit_code: unit 430405 is listed twice (first on row 2)", run.Error);
        Assert.Contains($"{path}:贫困村!A5: unit 430499 is not on sheet 单位指标: a row must belong to a listed unit", run.Error);
        Assert.Contains($"{path}:单位指标!Z1: unknown column header '备注'", run.Error);
        var zh = CliRun.Of("assess", path);
        Assert.Contains($"{path}:单位指标!{income}3({NameOnRow(path, 3)} · {Label(FigureField.IncomeYuan)}):请填写数字,不能为“三千五”", zh.Error);
        Assert.Contains($"{path}:单位指标!Z1:不认识的列名“备注”", zh.Error);
    }

    /// <summary>The clerk's four mistakes: two a reading finds (是/否, a number), one in 贫困村, one the checks find (a negative).</summary>
    private static void ClerksFourMistakes(string path)
    {
        SetCell(path, "单位指标", "D4", text: "有");
        SetCell(path, "单位指标", "C10", text: "五千六百");
        SetCell(path, "贫困村", "D2", text: "abc");
        SetCell(path, "单位指标", "C3", number: "-5");
    }

    [Fact]
    public void A_workbooks_four_mistakes_a_reading_and_a_check_finds_are_told_at_once_each_at_its_cell()
    {
        var sdk = FilledWorkbook();
        Assert.Equal("减贫人数(人)", SheetReader.Read(File.ReadAllBytes(sdk)).Match(s => s, p => throw new Xunit.Sdk.XunitException(p.ToString()))["单位指标"].Rows.Single(r => r.Row == 1).Cells[2].Text);
        ClerksFourMistakes(sdk);
        // The same file as LibreOffice writes it back.
        var dir = Path.GetDirectoryName(sdk)!;
        var office = Office.Convert(Path.Combine(Path.GetTempPath(), $"scoring-lo-rounds-{Environment.ProcessId}"), sdk, "xlsx", Path.Combine(dir, "calc"));
        foreach (var path in new[] { sdk, office })
        {
            var en = CliRun.Of("assess", path, "--lang", "en");
            Assert.Equal(2, en.ExitCode);
            Assert.Equal(new[]
            {
                $"{path}:单位指标!C3: poverty_reduction.persons_lifted: must not be negative (got -5)",
                $"{path}:单位指标!D4: poverty_reduction.dynamic_management: must be 是 or 否 (got '有')",
                $"{path}:单位指标!C10: poverty_reduction.persons_lifted: must be a number (got '五千六百')",
            }, Lines(en.Error).Take(3));
            output.WriteLine(Lines(en.Error)[3]);
            Assert.StartsWith($"{path}:贫困村!D2: ", Lines(en.Error)[3]);
            Assert.EndsWith(".project_investment_wan: must be a number (got 'abc')", Lines(en.Error)[3]);
            Assert.Equal(4, Lines(en.Error).Length);
            var zh = CliRun.Of("assess", path);
            Assert.Equal(new[]
            {
                $"{path}:单位指标!C3({NameOnRow(path, 3)} · {Label(FigureField.PersonsLifted)}):不能为负数(填写了 -5)",
                $"{path}:单位指标!D4({NameOnRow(path, 4)} · {Label(FigureField.DynamicManagement)}):请填写“是”或“否”,不能为“有”",
                $"{path}:单位指标!C10({NameOnRow(path, 10)} · {Label(FigureField.PersonsLifted)}):请填写数字,不能为“五千六百”",
            }, Lines(zh.Error).Take(3));
            Assert.StartsWith($"{path}:贫困村!D2(", Lines(zh.Error)[3]);
            Assert.EndsWith("):请填写数字,不能为“abc”", Lines(zh.Error)[3]);
            Assert.Equal(4, Lines(zh.Error).Length);
        }
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public void A_formula_where_a_figure_should_be_is_read_at_its_cached_value_with_a_warning()
    {
        var path = FilledWorkbook();
        var column = ColumnOf(path, "单位指标", "扶贫开发总投入(万元)");
        SetCell(path, "单位指标", $"{column}2", number: "180", formula: "90*2");
        var run = CliRun.Of("assess", path, "--format", "json", "--lang", "en");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"warning: {path}:单位指标!{column}2: total_investment.total_investment_wan: the cell holds a formula; its value as last calculated (180) was read", run.Error);

        // A formula never calculated (as a script writes one) has no value to read: the clerk is told to open and save it.
        SetCell(path, "单位指标", $"{column}2", formula: "90*2");
        run = CliRun.Of("assess", path, "--lang", "en");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{path}:单位指标!{column}2: total_investment.total_investment_wan: the cell holds a formula that was never calculated: open and save it in Excel/WPS first", run.Error);
        Assert.Contains($"{path}:单位指标!{column}2({NameOnRow(path, 2)} · {Label(FigureField.TotalInvestmentWan)}):公式没有计算结果:请先在 Excel/WPS 中打开并保存,再提交", CliRun.Of("assess", path).Error);
    }

    [Fact]
    public void Merged_cells_a_missing_sheet_and_a_file_that_is_not_a_workbook_are_refused()
    {
        var merged = FilledWorkbook();
        using (var document = SpreadsheetDocument.Open(merged, true))
        {
            var part = document.WorkbookPart!.WorksheetParts.First();
            part.Worksheet.InsertAfter(new MergeCells(new MergeCell { Reference = "C2:D2" }), part.Worksheet.GetFirstChild<SheetData>());
        }
        var run = CliRun.Of("assess", merged, "--lang", "en");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(":单位指标!C2:D2: merged cells", run.Error);

        var missing = FilledWorkbook();
        using (var document = SpreadsheetDocument.Open(missing, true))
        {
            var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "贫困村");
            document.WorkbookPart.DeletePart(sheet.Id!);
            sheet.Remove();
        }
        run = CliRun.Of("assess", missing, "--lang", "en");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{missing}: has no sheet 贫困村", run.Error);
        Assert.Contains($"{missing}:缺少工作表“贫困村”", CliRun.Of("assess", missing).Error);

        var notWorkbook = CliRun.Temp("figures.xlsx", "unit_code,total\n430423,84.59\n");
        run = CliRun.Of("assess", notWorkbook, "--lang", "en");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{notWorkbook}: is a text file (a CSV?), not a workbook: fill in the template (.xlsx)", run.Error);
    }

    [Fact]
    public void A_workbook_bomb_is_refused_from_its_directory_without_being_inflated()
    {
        // 256 MB of one repeated byte compresses to a few hundred kilobytes.
        var path = CliRun.Temp("bomb.xlsx", "");
        File.Delete(path);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            zip.CreateEntry("xl/workbook.xml").Open().Dispose();
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var block = new byte[1 << 20];
            Array.Fill(block, (byte)' ');
            for (var i = 0; i < 256; i++) sheet.Write(block);
        }
        var bytes = File.ReadAllBytes(path);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = SheetReader.Read(bytes);
        clock.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        output.WriteLine($"bomb: {bytes.Length:N0} bytes on disk, 268,435,456 declared; refused in {clock.Elapsed.TotalMilliseconds:F1} ms, {allocated:N0} bytes allocated");
        var problem = result.Match(_ => throw new Xunit.Sdk.XunitException("the bomb was read"), p => p);
        Assert.Contains("refused without reading it", ScoringKernel.Words.ProblemWords.Message(problem, ScoringKernel.Words.Language.En));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
        Assert.True(allocated < 50L * 1024 * 1024, $"allocated {allocated:N0} bytes");
        var run = CliRun.Of("assess", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("未解压即拒绝", run.Error);
    }

    [Fact]
    public void The_result_workbook_has_a_sheet_per_group_the_indicator_scores_and_every_deduction_line()
    {
        var path = CliRun.Temp("result.xlsx", "");
        Assert.Equal(0, CliRun.Of("assess", CliRun.Example, "--format", "xlsx", "--out", path).ExitCode);
        var sheets = SheetReader.Read(File.ReadAllBytes(path)).Match(s => s, p => throw new Xunit.Sdk.XunitException(p.ToString()));
        Assert.Equal(new[] { "县市组排名", "区组排名", "指标得分", "扣分明细" }, sheets.Keys);
        var hengshan = sheets["县市组排名"].Rows.Single(r => r.Cells.Values.Any(c => c.Text == "430423")).Cells;
        Assert.Equal(("衡山县", "84.59", "二类"), (hengshan[1].Text, hengshan[3].Text, hengshan[4].Text));
        Assert.Contains(sheets["扣分明细"].Rows, r => r.Cells.Values.Any(c => c.Text == "减贫率每减少一个百分点扣1分"));
    }

    /// <summary>
    /// A workbook saved by a real spreadsheet program: the template through LibreOffice (xlsx → ods → xlsx, as a clerk's
    /// Calc would save it), filled by a script cell by cell with the example's figures, assesses as the JSON does.
    /// </summary>
    [Fact]
    public void A_template_saved_by_LibreOffice_and_filled_in_assesses_as_the_JSON_does()
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists)
            ?? throw new Xunit.Sdk.XunitException("LibreOffice not found: the test command's set-up installs Debian's libreoffice-calc (tests/run-all.sh)");
        var dir = Path.GetDirectoryName(CliRun.Temp("x", ""))!;
        var template = Path.Combine(dir, "template.xlsx");
        Assert.Equal(0, CliRun.Of("template", "--out", template).ExitCode);
        Convert(soffice, template, "ods", Path.Combine(dir, "ods"));
        var saved = Convert(soffice, Path.Combine(dir, "ods", "template.ods"), "xlsx", Path.Combine(dir, "calc"));

        // The figures to type in: the example's, cell by cell, under the headers the LibreOffice file has.
        var example = SheetReader.Read(File.ReadAllBytes(FilledWorkbook())).Match(x => x, p => throw new Xunit.Sdk.XunitException(p.ToString()));
        var calc = SheetReader.Read(File.ReadAllBytes(saved)).Match(x => x, p => throw new Xunit.Sdk.XunitException(p.ToString()));
        var units = calc["单位指标"];
        var headers = units.Rows.Single(r => r.Row == 1).Cells.ToDictionary(c => c.Value.Text, c => c.Key);
        var rowOf = units.Rows.Where(r => r.Row > 1).ToDictionary(r => r.Cells[0].Text, r => r.Row);
        var exampleHeaders = example["单位指标"].Rows.Single(r => r.Row == 1).Cells;
        foreach (var (_, cells) in example["单位指标"].Rows.Where(r => r.Row > 1))
            foreach (var (column, cell) in cells.Where(c => c.Key > 1))
                Fill(saved, "单位指标", SheetWriter.Reference(headers[exampleHeaders[column].Text], rowOf[cells[0].Text]), cell);
        foreach (var (row, cells) in example["贫困村"].Rows.Where(r => r.Row > 1))
            foreach (var (column, cell) in cells)
                Fill(saved, "贫困村", SheetWriter.Reference(column, row), cell);

        var run = CliRun.Of("assess", saved, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(CliRun.Of("assess", CliRun.Example, "--format", "json").Out, run.Out);
    }

    private static void Fill(string path, string sheet, string reference, CellText cell)
    {
        if (cell.IsNumber) SetCell(path, sheet, reference, number: cell.Text);
        else SetCell(path, sheet, reference, text: cell.Text);
    }

    private static string Convert(string soffice, string file, string format, string outDir)
    {
        var profile = Path.Combine(Path.GetTempPath(), "scoring-lo-profile");
        var start = new ProcessStartInfo(soffice, ["--headless", $"-env:UserInstallation=file://{profile}", "--convert-to", format, "--outdir", outDir, file])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "LibreOffice did not finish");
        var converted = Path.Combine(outDir, Path.GetFileNameWithoutExtension(file) + "." + format);
        Assert.True(File.Exists(converted), $"LibreOffice wrote no {converted}: {stdout}");
        return converted;
    }

    [Fact]
    public void Attachment_2_as_a_workbook_reads_back_as_the_same_table_and_names_a_bad_cell()
    {
        var path = CliRun.Temp("targets.xlsx", "");
        Assert.Equal(0, CliRun.Of("targets", "--format", "xlsx", "--out", path).ExitCode);
        // The same table: an assessment against it carries the same stamp as against the embedded one.
        Assert.Equal(CliRun.Of("assess", CliRun.Example, "--format", "json").Out, CliRun.Of("assess", CliRun.Example, "--targets", path, "--format", "json").Out);

        var baseline = ColumnOf(path, "附件2", "2014年贫困人口(人)");
        SetCell(path, "附件2", $"{baseline}3", number: "-5068");
        var run = CliRun.Of("assess", CliRun.Example, "--targets", path, "--lang", "en");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{path}:附件2!{baseline}3: rows[1].baseline_population: must not be negative (got -5068)", run.Error);
    }

    [Fact]
    public void An_evaluation_as_a_workbook_with_its_department_figures_and_findings_evaluates_as_the_JSON()
    {
        var path = CliRun.Temp("evaluation.xlsx", "");
        Assert.Equal(0, CliRun.Of("figures", CliRun.Evaluation, "--out", path).ExitCode);
        var sheets = SheetReader.Read(File.ReadAllBytes(path)).Match(x => x, p => throw new Xunit.Sdk.XunitException(p.ToString()));
        Assert.Contains("部门数据", sheets.Keys);
        Assert.Contains(sheets["检查发现"].Rows, r => r.Cells.Values.Any(c => c.Text == "年终考核"));
        Assert.Equal(CliRun.Of("evaluate", CliRun.Evaluation, "--format", "json").Out, CliRun.Of("evaluate", path, "--format", "json").Out);

        var value = ColumnOf(path, "检查发现", "数值");
        var findingRow = sheets["检查发现"].Rows.First(r => r.Row > 1).Row;
        SetCell(path, "检查发现", $"{value}{findingRow}", number: "-4");
        var run = CliRun.Of("evaluate", path, "--lang", "en");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{path}:检查发现!{value}{findingRow}: findings[0].value: must not be negative (got -4)", run.Error);
    }
}

/// <summary>
/// What a clerk's spreadsheet writes, read as the clerk meant it or refused naming the cell (issue 23): each case
/// written twice, by LibreOffice (a flat ODS document converted to .xlsx by <c>soffice --headless</c>) and by the Open
/// XML SDK directly, and each asserted with its exact cell and words in Chinese and English.
/// </summary>
public class ClerkWorkbookTests
{
    /// <summary>Who writes a case's file: LibreOffice; the Open XML SDK (a workbook); <see cref="SecondWriters"/> (a file of another kind).</summary>
    public enum Writer { LibreOffice, OpenXmlSdk, Second }

    /// <summary>What a case puts in a cell: text, a number, a fraction formatted as a percentage (0.0%), or nothing.</summary>
    private sealed record Put(string? Text = null, string? Number = null, string? Percent = null);

    private static string Soffice => new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists)
        ?? throw new Xunit.Sdk.XunitException("LibreOffice not found: the test command's set-up installs Debian's libreoffice-calc (tests/run-all.sh)");

    private static string Example()
    {
        var path = CliRun.Temp("figures.xlsx", "");
        Assert.Equal(0, CliRun.Of("figures", CliRun.Example, "--out", path).ExitCode);
        return path;
    }

    private static IReadOnlyDictionary<string, SheetCells> Sheets(string path) =>
        SheetReader.Read(File.ReadAllBytes(path)).Match(s => s, p => throw new Xunit.Sdk.XunitException(p.ToString()));

    /// <summary>The example's figures workbook with <paramref name="changes"/> (sheet, cell → what to put), as <paramref name="writer"/> writes it.</summary>
    private static string Write(Writer writer, IReadOnlyDictionary<(string Sheet, string Cell), Put> changes)
    {
        var example = Example();
        if (writer == Writer.OpenXmlSdk)
        {
            foreach (var ((sheet, cell), put) in changes) SdkPut(example, sheet, cell, put);
            return example;
        }
        var dir = Path.GetDirectoryName(example)!;
        var fods = Path.Combine(dir, "clerk.fods");
        File.WriteAllText(fods, Fods(Sheets(example), changes));
        return LibreOffice.Convert(fods, "xlsx", Path.Combine(dir, "calc"));
    }

    private const string Title = "2015年度扶贫开发工作考核指标数据表";

    /// <summary>The example's figures workbook with a title row inserted above <paramref name="sheetName"/>'s header, as <paramref name="writer"/> writes it.</summary>
    private static string WithTitle(Writer writer, string sheetName)
    {
        var example = Example();
        if (writer == Writer.LibreOffice)
        {
            var dir = Path.GetDirectoryName(example)!;
            var fods = Path.Combine(dir, "titled.fods");
            File.WriteAllText(fods, Fods(Sheets(example), new Dictionary<(string, string), Put>(), titleAbove: sheetName));
            return LibreOffice.Convert(fods, "xlsx", Path.Combine(dir, "calc"));
        }
        using (var document = SpreadsheetDocument.Open(example, true))
        {
            // As a clerk inserts a row in Excel: every row and cell below moves down one, the title typed into A1.
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var data = part.Worksheet.GetFirstChild<SheetData>()!;
            foreach (var row in data.Elements<Row>().Reverse())
            {
                row.RowIndex = row.RowIndex! + 1;
                foreach (var cell in row.Elements<Cell>())
                {
                    var letters = new string(cell.CellReference!.Value!.TakeWhile(char.IsAsciiLetter).ToArray());
                    cell.CellReference = $"{letters}{row.RowIndex!.Value}";
                }
            }
            part.Worksheet.RemoveAllChildren<DataValidations>();
            data.PrependChild(new Row(new Cell { CellReference = "A1", DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Title)) }) { RowIndex = 1 });
        }
        return example;
    }

    private static void SdkPut(string path, string sheetName, string reference, Put put)
    {
        using var document = SpreadsheetDocument.Open(path, true);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var rowIndex = uint.Parse(new string(reference.SkipWhile(char.IsAsciiLetter).ToArray()));
        var row = part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Single(r => r.RowIndex! == rowIndex);
        var cell = row.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference);
        if (put is { Text: null, Number: null, Percent: null }) { cell?.Remove(); return; }
        if (cell is null)
        {
            cell = new Cell { CellReference = reference };
            var after = row.Elements<Cell>().LastOrDefault(c => SheetReader.Column(new string(c.CellReference!.Value!.TakeWhile(char.IsAsciiLetter).ToArray())) < SheetReader.Column(new string(reference.TakeWhile(char.IsAsciiLetter).ToArray())));
            if (after is null) row.PrependChild(cell); else after.InsertAfterSelf(cell);
        }
        cell.RemoveAllChildren();
        cell.StyleIndex = null;
        if (put.Text is not null) { cell.DataType = CellValues.SharedString; cell.Append(new CellValue(Shared(workbook, put.Text).ToString(System.Globalization.CultureInfo.InvariantCulture))); return; }
        cell.DataType = null;
        cell.Append(new CellValue(put.Number ?? put.Percent!));
        if (put.Percent is not null)
        {
            // A cell format showing 0.0% (a custom number format, as Excel saves one typed as 15.2%).
            var styles = workbook.WorkbookStylesPart!.Stylesheet;
            styles.NumberingFormats ??= styles.InsertAt(new NumberingFormats(), 0);
            styles.NumberingFormats.Append(new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0%" });
            styles.CellFormats!.Append(new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true });
            cell.StyleIndex = (uint)styles.CellFormats.Count() - 1;
        }
    }

    private static int Shared(WorkbookPart workbook, string text)
    {
        var part = workbook.SharedStringTablePart ?? workbook.AddNewPart<SharedStringTablePart>();
        part.SharedStringTable ??= new SharedStringTable();
        part.SharedStringTable.Append(new SharedStringItem(new Text(text)));
        return part.SharedStringTable.Count() - 1;
    }

    /// <summary>The sheets as a flat OpenDocument spreadsheet, for LibreOffice to open and save as .xlsx.</summary>
    private static string Fods(IReadOnlyDictionary<string, SheetCells> sheets, IReadOnlyDictionary<(string Sheet, string Cell), Put> changes, string? titleAbove = null)
    {
        static string Esc(string s) => System.Security.SecurityElement.Escape(s);
        var sb = new System.Text.StringBuilder();
        sb.Append("""
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
              xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
              xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
            <office:automatic-styles>
              <number:percentage-style style:name="N1"><number:number number:decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
              <style:style style:name="pct" style:family="table-cell" style:data-style-name="N1"/>
            </office:automatic-styles>
            <office:body><office:spreadsheet>
            """);
        foreach (var (name, sheet) in sheets)
        {
            sb.Append($"<table:table table:name=\"{Esc(name)}\">");
            if (name == titleAbove) sb.Append($"<table:table-row><table:table-cell office:value-type=\"string\"><text:p>{Title}</text:p></table:table-cell></table:table-row>");
            var lastRow = sheet.Rows.Max(r => r.Row);
            var width = sheet.Rows.Max(r => r.Cells.Keys.Max()) + 1;
            var byRow = sheet.Rows.ToDictionary(r => r.Row, r => r.Cells);
            for (uint r = 1; r <= lastRow; r++)
            {
                sb.Append("<table:table-row>");
                for (var c = 0; c < width; c++)
                {
                    var reference = SheetWriter.Reference(c, r);
                    var put = changes.TryGetValue((name, reference), out var change) ? change
                        : byRow.TryGetValue(r, out var cells) && cells.TryGetValue(c, out var cell) ? cell.IsNumber ? new Put(Number: cell.Text) : new Put(Text: cell.Raw) : new Put();
                    sb.Append(put switch
                    {
                        { Percent: { } p } => $"<table:table-cell table:style-name=\"pct\" office:value-type=\"percentage\" office:value=\"{p}\"/>",
                        { Number: { } n } => $"<table:table-cell office:value-type=\"float\" office:value=\"{n}\"/>",
                        { Text: { } t } => $"<table:table-cell office:value-type=\"string\"><text:p>{Esc(t)}</text:p></table:table-cell>",
                        _ => "<table:table-cell/>",
                    });
                }
                sb.Append("</table:table-row>");
            }
            sb.Append("</table:table>");
        }
        sb.Append("</office:spreadsheet></office:body></office:document>");
        return sb.ToString();
    }

    private static (string Column, uint Row, string Code, string Name, CellText Cell) UnitCell(string header, int unit = 1)
    {
        var units = Sheets(Example())["单位指标"];
        var column = units.Rows.Single(r => r.Row == 1).Cells.Single(c => c.Value.Text == header).Key;
        var row = units.Rows.Where(r => r.Row > 1).ElementAt(unit);
        return (SheetWriter.Letters(column), row.Row, row.Cells[0].Text, row.Cells[1].Text, row.Cells[column]);
    }

    private static string Label(FigureField field) => ScoringKernel.Words.Labels.FigureInClause(field);

    private static string H(FigureField field) => FiguresWorkbook.Header(field.Def());

    private static readonly string Json = CliRun.Of("assess", CliRun.Example, "--format", "json", "--lang", "en").Out;

    [Theory]
    [InlineData(Writer.LibreOffice)]
    [InlineData(Writer.OpenXmlSdk)]
    public void A_percentage_formatted_cell_is_read_as_the_percentage_it_shows_with_a_note(Writer writer)
    {
        var (column, row, _, name, cell) = UnitCell(H(FigureField.GrowthPercent));
        var fraction = ScoringKernel.Core.Validation.DecimalParsing.Format(decimal.Parse(cell.Text, System.Globalization.CultureInfo.InvariantCulture) / 100m);
        var path = Write(writer, new Dictionary<(string, string), Put> { [("单位指标", $"{column}{row}")] = new(Percent: fraction) });
        var en = CliRun.Of("assess", path, "--format", "json", "--lang", "en");
        Assert.True(en.ExitCode == 0, en.Error);
        Assert.Equal(Json, en.Out);
        Assert.Contains($"warning: {path}:单位指标!{column}{row}: village_income.growth_percent: the cell is formatted as a percentage: {fraction} shown as {cell.Text}% was read as {cell.Text}", en.Error);
        var zh = CliRun.Of("assess", path, "--format", "json");
        Assert.Equal(CliRun.Of("assess", CliRun.Example, "--format", "json").Out, zh.Out);
        Assert.Contains($"warning: {path}:单位指标!{column}{row}({name} · {Label(FigureField.GrowthPercent)}):单元格设为百分比格式,显示 {cell.Text}%,按 {cell.Text} 读取(提示)", zh.Error);
    }

    [Theory]
    [InlineData(Writer.LibreOffice)]
    [InlineData(Writer.OpenXmlSdk)]
    public void A_blank_funds_misuse_cell_is_refused_not_read_as_no(Writer writer)
    {
        var (column, row, _, name, _) = UnitCell(H(FigureField.FundsMisused));
        var path = Write(writer, new Dictionary<(string, string), Put> { [("单位指标", $"{column}{row}")] = new() });
        var en = CliRun.Of("assess", path, "--lang", "en");
        Assert.Equal(2, en.ExitCode);
        Assert.Equal($"{path}:单位指标!{column}{row}: funds_misused: is required: 是 or 否 (a blank is not read as 否)", en.Error.Trim());
        var zh = CliRun.Of("assess", path);
        Assert.Equal($"{path}:单位指标!{column}{row}({name} · {Label(FigureField.FundsMisused)}):必须填写“是”或“否”(空白不计为“否”)", zh.Error.Trim());
    }

    [Theory]
    [InlineData(Writer.LibreOffice)]
    [InlineData(Writer.OpenXmlSdk)]
    public void A_name_that_does_not_match_its_code_is_refused_naming_both(Writer writer)
    {
        var (_, row, code, name, _) = UnitCell("单位名称");
        var other = UnitCell("单位名称", unit: 2).Name;
        var path = Write(writer, new Dictionary<(string, string), Put> { [("单位指标", $"B{row}")] = new(Text: other) });
        var en = CliRun.Of("assess", path, "--lang", "en");
        Assert.Equal(2, en.ExitCode);
        Assert.Equal($"{path}:单位指标!B{row}: unit code {code} is {name}, but the name given is '{other}': check the code and the name", en.Error.Trim());
        var zh = CliRun.Of("assess", path);
        Assert.Equal($"{path}:单位指标!B{row}({name}):单位代码 {code} 是{name},单位名称却填了“{other}”:请核对代码和名称", zh.Error.Trim());
    }

    [Theory]
    [InlineData(Writer.LibreOffice)]
    [InlineData(Writer.OpenXmlSdk)]
    public void Full_width_headers_and_digits_and_thousands_separators_are_read_with_a_warning_each(Writer writer)
    {
        var (column, row, _, name, cell) = UnitCell(H(FigureField.PersonsLifted));
        var fullWidth = string.Concat(cell.Text.Select(c => (char)(c - '0' + '０')));
        var (incomeColumn, _, _, _, income) = UnitCell(H(FigureField.IncomeYuan));
        var separated = decimal.Parse(income.Text, System.Globalization.CultureInfo.InvariantCulture).ToString("#,0.######", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(",", separated);
        var path = Write(writer, new Dictionary<(string, string), Put>
        {
            [("单位指标", $"{column}1")] = new(Text: "减贫人数（人）"),
            [("单位指标", $"{column}{row}")] = new(Text: fullWidth),
            [("单位指标", $"{incomeColumn}{row}")] = new(Text: $" {separated} "),
        });
        var en = CliRun.Of("assess", path, "--format", "json", "--lang", "en");
        Assert.True(en.ExitCode == 0, en.Error);
        Assert.Equal(Json, en.Out);
        Assert.Contains($"warning: {path}:单位指标!{column}1: column header '减贫人数（人）' was read as '减贫人数(人)'", en.Error);
        Assert.Contains($"warning: {path}:单位指标!{column}{row}: poverty_reduction.persons_lifted: '{fullWidth}' was read as {cell.Text}", en.Error);
        Assert.Contains($"warning: {path}:单位指标!{incomeColumn}{row}: village_income.income_yuan: ' {separated} ' was read as {income.Text}", en.Error);
        var zh = CliRun.Of("assess", path, "--format", "json");
        Assert.Contains($"warning: {path}:单位指标!{column}1:列名“减贫人数（人）”按“减贫人数(人)”读取(提示)", zh.Error);
        Assert.Contains($"warning: {path}:单位指标!{column}{row}({name} · {Label(FigureField.PersonsLifted)}):“{fullWidth}”按 {cell.Text} 读取(提示)", zh.Error);
    }

    [Theory]
    [InlineData(Writer.LibreOffice)]
    [InlineData(Writer.OpenXmlSdk)]
    public void A_title_row_above_the_unit_sheets_header_is_one_problem_its_follow_ons_suppressed(Writer writer)
    {
        // Once 101 problems: the header on the wrong row, then every village "not listed" (its unit not read).
        var path = WithTitle(writer, "单位指标");
        var zh = CliRun.Of("assess", path);
        Assert.Equal(2, zh.ExitCode);
        Assert.Equal($"{path}:单位指标!A2:表头应在第1行,在第2行找到:请删去表头上方的行", zh.Error.Trim());
        var en = CliRun.Of("assess", path, "--lang", "en");
        Assert.Equal($"{path}:单位指标!A2: the header must be on row 1; it was found on row 2: delete the rows above it", en.Error.Trim());
    }

    private const string XlsEn = "is an Excel 97–2003 workbook (.xls): save it as .xlsx and send it again", XlsZh = "这是 Excel 97–2003 工作簿(.xls):请另存为 .xlsx 后重新提交";
    private const string OdsEn = "is an OpenDocument spreadsheet (.ods): save it as an Excel workbook (.xlsx) and send it again", OdsZh = "这是 OpenDocument 表格(.ods):请另存为 Excel 工作簿(.xlsx)后重新提交";
    private const string EncryptedEn = "the workbook is protected by a password: remove the password, save it again and send it again", EncryptedZh = "工作簿受密码保护:请去掉密码后重新保存,再提交";

    /// <summary>What the second writer puts in a sheet: the example's 单位指标 header and first unit row.</summary>
    private static IReadOnlyList<IReadOnlyList<object>> FirstUnitRows()
    {
        var units = Sheets(Example())["单位指标"];
        return units.Rows.Take(2).Select(r => (IReadOnlyList<object>)r.Cells.Values.Select(c => c.IsNumber ? (object)decimal.Parse(c.Text, System.Globalization.CultureInfo.InvariantCulture) : c.Raw).ToList()).ToList();
    }

    [Theory]
    [InlineData("xls", Writer.LibreOffice, XlsEn, XlsZh)]
    [InlineData("xls", Writer.Second, XlsEn, XlsZh)]
    [InlineData("ods", Writer.LibreOffice, OdsEn, OdsZh)]
    [InlineData("ods", Writer.Second, OdsEn, OdsZh)]
    public void An_xls_or_ods_file_is_named_for_what_it_is_whatever_its_extension(string format, Writer writer, string en, string zh)
    {
        var example = Example();
        var dir = Path.GetDirectoryName(example)!;
        string written;
        if (writer == Writer.LibreOffice) written = LibreOffice.Convert(example, format, Path.Combine(dir, format));
        else
        {
            var rows = FirstUnitRows();
            written = Path.Combine(dir, "second." + format);
            File.WriteAllBytes(written, format == "xls" ? SecondWriters.Xls("单位指标", rows) : SecondWriters.Ods("单位指标", rows));
            // A real file of its kind: LibreOffice opens it and finds the unit's code and name where they were written.
            var csv = File.ReadAllText(LibreOffice.Convert(written, "csv", Path.Combine(dir, "csv"), "Text - txt - csv (StarCalc):44,34,76")); // comma, quote, UTF-8
            Assert.Contains($"{rows[1][0]},{rows[1][1]}", csv);
        }
        foreach (var extension in new[] { format, "xlsx", "json" })
        {
            var path = Path.Combine(dir, $"as-{extension}", Path.GetFileNameWithoutExtension(written) + "." + extension);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Copy(written, path, overwrite: true);
            var run = CliRun.Of("assess", path, "--lang", "en");
            Assert.Equal(2, run.ExitCode);
            Assert.Equal($"{path}: {en}", run.Error.Trim());
            Assert.Equal($"{path}:{zh}", CliRun.Of("assess", path).Error.Trim());
        }
    }

    [Theory]
    [InlineData(Writer.LibreOffice)]
    [InlineData(Writer.Second)]
    public void A_workbook_protected_by_a_password_is_named_so_whatever_its_extension(Writer writer)
    {
        var example = Example();
        var dir = Path.GetDirectoryName(example)!;
        var written = Path.Combine(dir, "protected.xlsx");
        if (writer == Writer.LibreOffice) LibreOffice.SaveWithPassword(example, written, "pw");
        else File.WriteAllBytes(written, SecondWriters.Encrypted(File.ReadAllBytes(example)));
        // What an encrypting writer stores: an OLE2 compound file holding the streams EncryptionInfo and EncryptedPackage.
        var bytes = File.ReadAllBytes(written);
        Assert.True(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]), "not a compound file");
        Assert.True(bytes.AsSpan().IndexOf(System.Text.Encoding.Unicode.GetBytes("EncryptionInfo")) > 0, "no EncryptionInfo stream");
        Assert.True(bytes.AsSpan().IndexOf(System.Text.Encoding.Unicode.GetBytes("EncryptedPackage")) > 0, "no EncryptedPackage stream");
        foreach (var extension in new[] { "xlsx", "xls", "json" })
        {
            var path = Path.ChangeExtension(written, "." + extension);
            if (path != written) File.Copy(written, path, overwrite: true);
            var run = CliRun.Of("assess", path, "--lang", "en");
            Assert.Equal(2, run.ExitCode);
            Assert.Equal($"{path}: {EncryptedEn}", run.Error.Trim());
            Assert.Equal($"{path}:{EncryptedZh}", CliRun.Of("assess", path).Error.Trim());
        }
    }
}

/// <summary>Files converted by LibreOffice headless, with a profile of its own so that parallel runs do not collide.</summary>
internal static class LibreOffice
{
    /// <summary>
    /// The file saved as .xlsx with a password by LibreOffice itself, through its UNO API (Debian's python3-uno, installed by
    /// tests/run-all.sh): the media descriptor's EncryptionData with OOXPassword and CryptoType Standard, as Calc's own
    /// Save with password does. (<c>--convert-to</c> takes no password for .xlsx: its filter options are ignored and the
    /// file written unencrypted; LibreOffice 7.4 refuses the agile kind with an I/O error.)
    /// </summary>
    public static void SaveWithPassword(string file, string saved, string password)
    {
        const string python = "/usr/bin/python3";
        var dir = Path.Combine(Path.GetTempPath(), "scoring-lo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var script = Path.Combine(dir, "save_with_password.py");
        File.WriteAllText(script, """
            import subprocess, sys, time, uno
            from com.sun.star.beans import PropertyValue
            src, dst, password, profile, pipe = sys.argv[1:6]
            office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore", "--nologo", "-env:UserInstallation=file://" + profile,
                                       "--accept=pipe,name=" + pipe + ";urp;"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                local = uno.getComponentContext()
                resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
                for _ in range(240):
                    try:
                        ctx = resolver.resolve("uno:pipe,name=" + pipe + ";urp;StarOffice.ComponentContext")
                        break
                    except Exception:
                        time.sleep(0.25)
                else:
                    sys.exit("LibreOffice did not answer")
                def prop(name, value):
                    p = PropertyValue(); p.Name = name; p.Value = value; return p
                def named(name, value):
                    n = uno.createUnoStruct("com.sun.star.beans.NamedValue"); n.Name = name; n.Value = value; return n
                desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
                doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (prop("Hidden", True),))
                encryption = uno.Any("[]com.sun.star.beans.NamedValue", (named("OOXPassword", password), named("CryptoType", "Standard")))
                uno.invoke(doc, "storeToURL", (uno.systemPathToFileUrl(dst), (prop("FilterName", "Calc MS Excel 2007 XML"), prop("EncryptionData", encryption))))
                doc.close(True)
                try:
                    desktop.terminate()
                except Exception:
                    pass
                office.wait(60)
            finally:
                if office.poll() is None:
                    office.kill()
            """);
        Assert.True(File.Exists(python), "python3-uno missing: tests/run-all.sh installs Debian's python3-uno");
        var start = new ProcessStartInfo(python, [script, Path.GetFullPath(file), Path.GetFullPath(saved), password, Path.Combine(dir, "profile"), "scoring-" + Guid.NewGuid().ToString("N")])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "LibreOffice did not finish");
        Assert.True(process.ExitCode == 0 && File.Exists(saved), $"LibreOffice saved no {saved}: {output}{errors.Result}");
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }

    /// <summary>The file converted to <paramref name="format"/> (the output's extension), with the filter and its options when given.</summary>
    public static string Convert(string file, string format, string outDir, string? filter = null)
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists)
            ?? throw new Xunit.Sdk.XunitException("LibreOffice not found: the test command's set-up installs Debian's libreoffice-calc (tests/run-all.sh)");
        var profile = Path.Combine(Path.GetTempPath(), "scoring-lo-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(soffice, ["--headless", $"-env:UserInstallation=file://{profile}", "--convert-to", filter is null ? format : $"{format}:{filter}", "--outdir", outDir, file])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "LibreOffice did not finish");
        var converted = Path.Combine(outDir, Path.GetFileNameWithoutExtension(file) + "." + format);
        Assert.True(File.Exists(converted), $"LibreOffice wrote no {converted}: {stdout}");
        try { Directory.Delete(profile, recursive: true); } catch (IOException) { }
        return converted;
    }
}
