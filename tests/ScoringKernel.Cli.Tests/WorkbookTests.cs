using System.Diagnostics;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ScoringKernel.Files.Workbooks;
using Xunit;
using Xunit.Abstractions;

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

    /// <summary>The header cell's column letter on a sheet of the workbook.</summary>
    private static string ColumnOf(string path, string sheet, string header)
    {
        var read = SheetReader.Read(File.ReadAllBytes(path)).Match(s => s, p => throw new Xunit.Sdk.XunitException(p.ToString()));
        var cell = read[sheet].Rows.Single(r => r.Row == 1).Cells.Values.Single(c => c.Text == header);
        return new string(cell.Reference.TakeWhile(char.IsAsciiLetter).ToArray());
    }

    /// <summary>Changes one cell the way a spreadsheet program would store it.</summary>
    private static void SetCell(string path, string sheetName, string reference, string? text = null, string? number = null, string? formula = null)
    {
        using var document = SpreadsheetDocument.Open(path, true);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var rowIndex = uint.Parse(new string(reference.SkipWhile(char.IsAsciiLetter).ToArray()));
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
        else { cell.DataType = null; cell.Append(new CellValue(number!)); }
    }

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
        var run = CliRun.Of("assess", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{path}:单位指标!C2: poverty_reduction.persons_lifted: is required", run.Error);
    }

    [Fact]
    public void A_negative_figure_is_named_by_workbook_sheet_and_cell()
    {
        var path = FilledWorkbook();
        var column = ColumnOf(path, "单位指标", "危房改造户数(户)");
        SetCell(path, "单位指标", $"{column}7", number: "-5");
        var run = CliRun.Of("assess", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{path}:单位指标!{column}7: house_renovation.households_renovated: must not be negative (got -5)", run.Error);
        Assert.Equal("", run.Out);
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
        var run = CliRun.Of("assess", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{path}:单位指标!{income}3: must be a number (got '三千五')", run.Error);
        Assert.Contains($"{path}:单位指标!A4: unit 430405 is listed twice (first on row 2)", run.Error);
        Assert.Contains($"{path}:贫困村!A5: unit 430499 is not on sheet 单位指标: a village must belong to a listed unit", run.Error);
        Assert.Contains($"{path}:单位指标!Z1: unknown column header '备注'", run.Error);
    }

    [Fact]
    public void A_formula_where_a_figure_should_be_is_read_at_its_cached_value_with_a_warning()
    {
        var path = FilledWorkbook();
        var column = ColumnOf(path, "单位指标", "扶贫开发总投入(万元)");
        SetCell(path, "单位指标", $"{column}2", number: "180", formula: "90*2");
        var run = CliRun.Of("assess", path, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"warning: {path}:单位指标!{column}2: total_investment.total_investment_wan: the cell holds a formula; its value as last calculated (180) was read", run.Error);
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
        var run = CliRun.Of("assess", merged);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(":单位指标!C2:D2: merged cells", run.Error);

        var missing = FilledWorkbook();
        using (var document = SpreadsheetDocument.Open(missing, true))
        {
            var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "贫困村");
            document.WorkbookPart.DeletePart(sheet.Id!);
            sheet.Remove();
        }
        run = CliRun.Of("assess", missing);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{missing}: has no sheet 贫困村", run.Error);

        var notWorkbook = CliRun.Temp("figures.xlsx", "unit_code,total\n430423,84.59\n");
        run = CliRun.Of("assess", notWorkbook);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{notWorkbook}: is not an Excel workbook (.xlsx): it is not a zip package", run.Error);
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
        Assert.Contains("refused without reading it", problem.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
        Assert.True(allocated < 50L * 1024 * 1024, $"allocated {allocated:N0} bytes");
        var run = CliRun.Of("assess", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("refused without reading it", run.Error);
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
        var run = CliRun.Of("assess", CliRun.Example, "--targets", path);
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
        var run = CliRun.Of("evaluate", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{path}:检查发现!{value}{findingRow}: findings[0].value: must not be negative (got -4)", run.Error);
    }
}
