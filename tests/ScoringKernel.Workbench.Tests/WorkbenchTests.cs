using System.Globalization;
using PuppeteerSharp;
using Xunit;
using Xunit.Abstractions;

namespace ScoringKernel.Workbench.Tests;

[Collection(WorkbenchCollection.Name)]
public class WorkbenchTests(WorkbenchFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task The_ranking_shows_each_group_with_grades_and_a_chart_with_the_pass_line()
    {
        await using var w = await WorkbenchPage.Open(fixture, "ranking");
        var cells = await w.Page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll(\"tr[data-unit='430423'] td\")].map(td => td.textContent)");
        Assert.Equal("衡山县", cells[1]);
        Assert.Equal("84.59", cells[3]);
        Assert.Equal("二类", cells[4]);
        // 备注 says 通报批评 of exactly the units below the pass line, as the notice and the result workbook do.
        var rows = await w.Page.EvaluateExpressionAsync<string[][]>("[...document.querySelectorAll('.group tr[data-unit]')].map(r => [...r.querySelectorAll('td')].map(td => td.textContent))");
        Assert.Equal(12, rows.Length);
        Assert.Contains(rows, r => decimal.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture) < 80m);
        foreach (var r in rows)
            Assert.Equal(decimal.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture) < 80m, r[5].Contains("低于合格线,通报批评", StringComparison.Ordinal));
        // A chart per group (ChartTests look at what is on them): twelve bars in all.
        await w.Page.WaitForFunctionAsync("() => document.querySelectorAll('.echart.bars[data-drawn]').length === 2");
        Assert.Equal(12, await w.Page.EvaluateExpressionAsync<int>("[...document.querySelectorAll('.echart.bars')].flatMap(b => b.chart.getOption().series.flatMap(s => s.data.filter(d => d !== null))).length"));
        Assert.True(w.ApiCalls >= 3, $"{w.ApiCalls} API calls seen");
        await w.Screenshot(Path.Combine(fixture.Out, "workbench-1-ranking.png"));
        output.WriteLine($"first load transferred {w.TransferredBytes:N0} bytes");
        await File.WriteAllTextAsync(Path.Combine(fixture.Out, "workbench-transfer.txt"), $"ranking view, first load: {w.TransferredBytes} bytes\n");
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task The_unit_view_explains_every_deduction_with_the_regulation_s_words()
    {
        await using var w = await WorkbenchPage.Open(fixture, "unit/430423");
        Assert.Equal("84.59", await w.Page.EvaluateExpressionAsync<string>("document.querySelector('[data-total]').dataset.total"));
        Assert.Contains("减贫率每减少一个百分点扣1分", await w.Text("main"));
        Assert.Equal(10, await w.Page.EvaluateExpressionAsync<int>("document.querySelectorAll('section.indicator').length"));
        // A rate that does not terminate shows in its measure (%), its exact division beneath (found by a clerk's walk:
        // "37000 ÷ 2373 ≈ 15.5921" stood alone, with no %).
        var exact = await w.Page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('td.written small.exact')].map(s => s.parentElement.textContent)");
        Assert.NotEmpty(exact);
        Assert.Contains(exact, c => c.Contains("%", StringComparison.Ordinal) && c.Contains("÷", StringComparison.Ordinal));
        await w.Screenshot(Path.Combine(fixture.Out, "workbench-2-unit.png"));
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task An_invalid_figure_typed_in_the_form_shows_the_server_s_message_at_that_field()
    {
        await using var w = await WorkbenchPage.Open(fixture, "figures/430423");
        var id = "figure-house_renovation-households_renovated";
        await w.Page.WaitForSelectorAsync($"#{id}");
        await w.Page.EvaluateFunctionAsync("(id) => { document.getElementById(id).value = ''; }", id);
        await w.Page.TypeAsync($"#{id}", "-5");
        await w.Page.WaitForSelectorAsync($"#{id}[aria-invalid='true']");
        Assert.Equal("不能为负数(填写了 -5)", await w.Text($"#{id}-error"));
        // The total beside it is the last accepted one, and says it does not count the refused change.
        Assert.Contains("未计入出错的修改", await w.Text("#figures-total"));
        await w.Screenshot(Path.Combine(fixture.Out, "workbench-3-figures.png"));

        // The spellings the workbook reader accepts with a note are read the same way here, with the same kind of note.
        foreach (var (typed, read) in new[] { ("1,000", "1000"), (" 900 ", "900"), ("１２３", "123") })
        {
            await w.Page.EvaluateFunctionAsync("(id) => { document.getElementById(id).value = ''; }", id);
            await w.Page.TypeAsync($"#{id}", typed);
            await w.Page.WaitForFunctionAsync("(id, t) => document.getElementById(id + '-note').textContent === t", id, $"“{typed}”按 {read} 读取");
            Assert.Null(await w.Page.EvaluateFunctionAsync<string?>("(id) => document.getElementById(id).getAttribute('aria-invalid')", id));
            Assert.Equal(read, await w.Page.EvaluateExpressionAsync<string>(
                "window.workbench.state.request.units.find(u => u.unitCode === '430423').houseRenovation.householdsRenovated"));
            Assert.Equal("衡山县 当前总分 ", (await w.Text("#figures-total"))[..9]);
            Assert.EndsWith("分(服务器按当前数据计算)", await w.Text("#figures-total"));
        }
        await w.Screenshot(Path.Combine(fixture.Out, "workbench-3-figures-read.png"));
        // Ambiguous text is not guessed at: the server refuses it, at the field.
        await w.Page.EvaluateFunctionAsync("(id) => { document.getElementById(id).value = ''; }", id);
        await w.Page.TypeAsync($"#{id}", "1,00");
        await w.Page.WaitForSelectorAsync($"#{id}[aria-invalid='true']");
        Assert.Equal("", await w.Text($"#{id}-note"));
        await w.Page.EvaluateExpressionAsync("localStorage.removeItem('scoringkernel.workbench.draft')");
        // Chromium logs the server's 400 answer to the check as a failed resource: that answer is what the field shows.
        Assert.DoesNotContain(w.Errors, e => !e.Contains("status of 400"));
    }

    [Fact]
    public async Task An_uploaded_request_is_read_by_the_server_s_one_JSON_reader()
    {
        await using var w = await WorkbenchPage.Open(fixture, "figures");
        var root = Path.GetDirectoryName(fixture.Out)!;
        var text = await File.ReadAllTextAsync(Path.Combine(root, "specs", "examples", "illustrative-2015.json"));
        var misspelt = Path.Combine(fixture.Out, "upload-fundsMissued.json");
        await File.WriteAllTextAsync(misspelt, text.Replace("\"fundsMisused\"", "\"fundsMissued\""));
        var upload = await w.Page.QuerySelectorAsync("input[type=file]");
        await upload.UploadFileAsync(misspelt);
        await w.Page.WaitForSelectorAsync("table.problems");
        // Every problem of the file at once, in Chinese, each at the file's own line and column and its unit.
        var rows = await w.Page.EvaluateExpressionAsync<string[][]>("[...document.querySelectorAll('table.problems tbody tr')].map(tr => [...tr.cells].map(td => td.textContent))");
        Assert.Equal(12, rows.Length);
        Assert.Equal("第71行第7列", rows[0][2]);
        Assert.Contains("是否想写“fundsMisused”", rows[0][3]);
        Assert.Contains("12 处问题", await w.Text("#status"));
        // Nothing was replaced: the page still shows the example.
        Assert.Contains("示例数据", await w.Text("#source"));
        Assert.DoesNotContain(w.Errors, e => !e.Contains("status of 400"));
    }

    [Fact]
    public async Task An_uploaded_figures_workbook_is_read_by_the_server_and_ranked()
    {
        await using var w = await WorkbenchPage.Open(fixture, "figures");
        var root = Path.GetDirectoryName(fixture.Out)!;
        var request = Google.Protobuf.JsonParser.Default.Parse<ScoringKernel.Contracts.V1.AssessRequest>(
            await File.ReadAllTextAsync(Path.Combine(root, "specs", "examples", "illustrative-2015.json")));
        request.Units.Single(u => u.UnitCode == "430482").HouseRenovation.HouseholdsRenovated = 44;
        var workbook = Path.Combine(fixture.Out, "upload-figures.xlsx");
        await File.WriteAllBytesAsync(workbook, ScoringKernel.Files.Workbooks.FiguresWorkbook.Write(request, _ => ""));
        var upload = await w.Page.QuerySelectorAsync("input[type=file]");
        await upload.UploadFileAsync(workbook);
        await w.Page.WaitForFunctionAsync("() => document.getElementById('source').textContent.includes('upload-figures.xlsx')");
        await w.Go("ranking");
        Assert.Equal("79.69", await w.Page.EvaluateExpressionAsync<string>("document.querySelector(\"tr[data-unit='430482'] td:nth-child(4)\").textContent"));
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task A_workbooks_problem_table_is_built_from_the_problems_facts()
    {
        await using var w = await WorkbenchPage.Open(fixture, "figures");
        var root = Path.GetDirectoryName(fixture.Out)!;
        var request = Google.Protobuf.JsonParser.Default.Parse<ScoringKernel.Contracts.V1.AssessRequest>(
            await File.ReadAllTextAsync(Path.Combine(root, "specs", "examples", "illustrative-2015.json")));
        request.Units.Single(u => u.UnitCode == "430423").HouseRenovation.HouseholdsRenovated = -5;
        var workbook = Path.Combine(fixture.Out, "upload-negative.xlsx");
        await File.WriteAllBytesAsync(workbook, ScoringKernel.Files.Workbooks.FiguresWorkbook.Write(request, _ => ""));
        var upload = await w.Page.QuerySelectorAsync("input[type=file]");
        await upload.UploadFileAsync(workbook);
        await w.Page.WaitForSelectorAsync("table.problems");
        var rows = await w.Page.EvaluateExpressionAsync<string[][]>("[...document.querySelectorAll('table.problems tbody tr')].map(tr => [...tr.cells].map(td => td.textContent))");
        // 单位 from unit_code, 栏目 from the catalog's label of the figure, 单元格 from sheet and cell, 原因 without its place.
        var row = Assert.Single(rows);
        Assert.Equal(("衡山县", "附件1-四 危房改造户数(户)", "不能为负数(填写了 -5)"), (row[0], row[1], row[3]));
        Assert.Matches(@"^单位指标![A-Z]+\d+$", row[2]);
        Assert.Equal("#/figures/430423", await w.Page.EvaluateExpressionAsync<string>("document.querySelector('table.problems tbody tr a').getAttribute('href')"));
        await w.Screenshot(Path.Combine(fixture.Out, "workbench-problems-workbook.png"));
        Assert.DoesNotContain(w.Errors, e => !e.Contains("status of 400"));
    }

    [Fact]
    public async Task What_if_a_17_5_percent_reduction_target_for_the_county_group_drops_Changning_below_80()
    {
        await using var w = await WorkbenchPage.Open(fixture, "whatif");
        await w.Select("类型", "target");
        await w.Select("目标列", "TARGET_FIELD_REDUCTION_RATE_PERCENT");
        await w.Select("范围", "group:ASSESSMENT_GROUP_COUNTIES_AND_CITIES");
        await w.Type("取值", "17.5");
        await w.ClickButton("添加到方案1");
        try { await w.Page.WaitForSelectorAsync("#comparison table td[data-scenario]", new WaitForSelectorOptions { Timeout = 10_000 }); }
        catch (WaitTaskTimeoutException) { throw new Xunit.Sdk.XunitException($"no comparison: {await w.Text("main")} {string.Join("; ", w.Errors)}"); }
        var before = await w.Page.EvaluateExpressionAsync<string>("document.querySelector(\"#comparison tr[data-unit='430482'] td:nth-child(3)\").textContent");
        var after = await w.Page.EvaluateExpressionAsync<string>("document.querySelector(\"#comparison tr[data-unit='430482'] td[data-scenario]\").dataset.total");
        var crossed = await w.Page.EvaluateExpressionAsync<string>("document.querySelector(\"#comparison tr[data-unit='430482'] td[data-scenario]\").className");
        Assert.Equal(("80.89", "79.89", "cross-down"), (before, after, crossed));
        await w.Screenshot(Path.Combine(fixture.Out, "workbench-4-whatif.png"));

        // Speed as a person meets it: change the value 20 times; each time from the keystroke to the new comparison on screen.
        var timings = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            var value = (16.5m + i * 0.1m).ToString(CultureInfo.InvariantCulture);
            var updated = await w.Page.EvaluateExpressionAsync<int>("Number(document.getElementById('comparison').dataset.updated)");
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await w.Type("取值", value, 0);
            await w.Page.WaitForFunctionAsync($"() => Number(document.getElementById('comparison').dataset.updated) > {updated}");
            timings.Add(clock.Elapsed.TotalMilliseconds);
        }
        timings.Sort();
        var report = $"what-if: from typing a new target to the updated comparison on screen, 20 changes: median {timings[9]:F0} ms, worst {timings[^1]:F0} ms (includes the page's 120 ms wait for typing to stop)";
        output.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(fixture.Out, "workbench-speed.txt"), report + "\n");
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task Margins_for_Hengdong_show_821_wan_of_total_investment_for_Class_1()
    {
        await using var w = await WorkbenchPage.Open(fixture, "margins/430424");
        await w.Page.WaitForSelectorAsync("tr[data-field='FIGURE_FIELD_TOTAL_INVESTMENT_WAN']");
        var cells = await w.Page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll(\"tr[data-field='FIGURE_FIELD_TOTAL_INVESTMENT_WAN'] td\")].map(td => td.textContent)");
        Assert.Equal("扶贫开发总投入", cells[1]);
        Assert.Equal("万元", cells[2]);
        Assert.Equal("821", cells[6]);
        Assert.Contains("最高总分", await w.Text("main"));
        await w.Screenshot(Path.Combine(fixture.Out, "workbench-6-margins.png"));
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task Every_view_labels_its_controls_gives_its_tables_headers_and_works_from_the_keyboard()
    {
        await using var w = await WorkbenchPage.Open(fixture, "ranking");
        foreach (var view in new[] { "round/2015", "ranking", "unit/430423", "figures", "whatif", "sweep", "margins/430424", "notice" })
        {
            await w.Go(view);
            var unlabelled = await w.Page.EvaluateExpressionAsync<string[]>(
                "[...document.querySelectorAll('main input, main select, main button')].filter(c => !(c.labels?.length || c.getAttribute('aria-label') || (c.tagName === 'BUTTON' && c.textContent.trim()))).map(c => c.outerHTML)");
            Assert.True(unlabelled.Length == 0, $"{view}: controls without a label: {string.Join(", ", unlabelled)}");
            var headless = await w.Page.EvaluateExpressionAsync<int>("[...document.querySelectorAll('main table')].filter(t => !t.querySelector('th')).length");
            Assert.Equal(0, headless);
            // Only the status and message regions are live, never the whole view.
            Assert.Null(await w.Page.EvaluateExpressionAsync<string?>("document.getElementById('view').getAttribute('aria-live')"));
            Assert.Equal(0, await w.Page.EvaluateExpressionAsync<int>("[...document.querySelectorAll('main .echart')].filter(c => !c.getAttribute('aria-label') || c.getAttribute('role') !== 'img').length"));
        }
        // The views are reached from the keyboard: tab to the navigation's link, press Enter.
        await w.Go("ranking");
        await w.Page.FocusAsync("nav a[href='#/margins']");
        await w.Page.Keyboard.PressAsync("Enter");
        await w.WaitForView("margins");
        Assert.Equal("#/margins", await w.Page.EvaluateExpressionAsync<string>("location.hash"));
        var tabStops = new List<string>();
        await w.Page.FocusAsync("nav a[href^='#/round']");
        for (var i = 0; i < 8; i++)
        {
            tabStops.Add(await w.Page.EvaluateExpressionAsync<string>("document.activeElement.textContent"));
            await w.Page.Keyboard.PressAsync("Tab");
        }
        Assert.Equal(new[] { "考核轮次", "排名", "单位评分", "指标数据", "假设分析", "区间扫描", "差距与可达", "通报" }, tabStops);
        Assert.Empty(w.Errors);
    }
}
