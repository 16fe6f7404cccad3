using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PuppeteerSharp;
using Xunit;

namespace ScoringKernel.Workbench.Tests;

/// <summary>
/// The charts (Apache ECharts, SVG renderer): what a reader needs is on them (labelled lines, axis titles, the units'
/// names), one group at a time, and the table beside each holds the API's own numbers.
/// </summary>
[Collection(WorkbenchCollection.Name)]
public class ChartTests(WorkbenchFixture fixture)
{
    private const string Counties = "ASSESSMENT_GROUP_COUNTIES_AND_CITIES";
    private const string Districts = "ASSESSMENT_GROUP_DISTRICTS";

    private static Task<string[]> SvgTexts(WorkbenchPage w, string selector) =>
        w.Page.EvaluateFunctionAsync<string[]>("(s) => [...document.querySelectorAll(s + ' svg text')].map(t => t.textContent)", selector);

    private async Task<JsonNode> Example() =>
        JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Path.GetDirectoryName(fixture.Out)!, "specs", "examples", "illustrative-2015.json")))!;

    /// <summary>The API's own answer to a sweep of 衡东县's total investment: every point, as the stream sends it.</summary>
    private async Task<List<JsonNode>> ApiSweep(string start, string stop, string step)
    {
        using var http = new HttpClient();
        var body = new JsonObject
        {
            ["base"] = await Example(),
            ["template"] = new JsonObject { ["figure"] = new JsonObject { ["unitCode"] = "430424", ["field"] = "FIGURE_FIELD_TOTAL_INVESTMENT_WAN", ["value"] = "0" } },
            ["start"] = start, ["stop"] = stop, ["step"] = step,
        };
        using var response = await http.PostAsJsonAsync($"{fixture.Address}/v1/scenarios:sweep", body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!["point"]!).ToList();
    }

    private async Task<JsonNode> ApiAssessment()
    {
        using var http = new HttpClient();
        using var response = await http.PostAsJsonAsync($"{fixture.Address}/v1/assess", await Example());
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["assessment"]!;
    }

    private static async Task StartSweep(WorkbenchPage w, string start, string stop, string step)
    {
        await w.Select("类型", "figure");
        await w.Select("单位", "430424");
        await w.Select("指标", "FIGURE_FIELD_TOTAL_INVESTMENT_WAN");
        await w.ClickButton("选定扫描对象");
        await w.Type("起点", start);
        await w.Type("终点", stop);
        await w.Type("步长", step);
        await w.ClickButton("开始扫描");
    }

    [Fact]
    public async Task The_sweep_names_every_line_labels_the_pass_and_Class_1_lines_and_tables_the_API_s_numbers()
    {
        await using var w = await WorkbenchPage.Open(fixture, "sweep");
        await StartSweep(w, "500", "1000", "10");
        await w.Page.WaitForSelectorAsync("#sweep-echart[data-points='51'][data-drawn] svg");
        await w.Page.WaitForSelectorAsync("#sweep-chart[data-ms]");
        var assessment = await ApiAssessment();
        var groups = assessment["groups"]!.AsArray();
        string[] UnitsOf(string group) => groups.Single(g => (string?)g!["group"] == group)!["units"]!.AsArray().Select(u => (string)u!["unitCode"]!).ToArray();
        var names = assessment["scoreCards"]!.AsArray().ToDictionary(c => (string)c!["unitCode"]!, c => (string)c!["name"]!);
        var counties = UnitsOf(Counties);

        // One group at a time: a line per county or city, of 51 points each, and the Class 1 line.
        var series = await w.Page.EvaluateExpressionAsync<string[]>(
            "document.getElementById('sweep-echart').chart.getOption().series.map(s => s.name + ':' + s.data.length)");
        Assert.Equal(counties.Select(c => $"{names[c]}:51").Append("一类线:51"), series);
        var texts = await SvgTexts(w, "#sweep-echart");
        Assert.Contains("合格线 80", texts);
        Assert.Contains("总分(分)", texts);
        Assert.Contains("衡东县 扶贫开发总投入(万元)", texts);
        // Each line is named twice: in the legend (beside its swatch) and at its end.
        Assert.All(counties, c => Assert.True(texts.Count(t => t == names[c]) >= 2, $"{names[c]}: {string.Join(",", texts)}"));
        // The Class 1 line is named on the line, not in the legend of units.
        Assert.Contains("一类线", texts);
        Assert.Equal(counties.Select(c => names[c]), await w.Page.EvaluateExpressionAsync<string[]>("document.getElementById('sweep-echart').chart.getOption().legend[0].data.map(d => d.name ?? d)"));
        // Round ticks on both axes.
        Assert.Contains("600", texts);
        Assert.Contains("90", texts);

        // The table beside it: the API's numbers, point by point, unit by unit.
        var points = await ApiSweep("500", "1000", "10");
        Assert.Equal(51, points.Count);
        var headers = await w.Page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#sweep-table thead th')].map(th => th.textContent)");
        Assert.Equal(counties.Select(c => names[c]).Prepend("衡东县 扶贫开发总投入(万元)").Append("一类线"), headers);
        var rows = await w.Page.EvaluateExpressionAsync<string[][]>("[...document.querySelectorAll('#sweep-table tbody tr')].map(tr => [...tr.cells].map(c => c.textContent))");
        Assert.Equal(51, rows.Length);
        for (var k = 0; k < points.Count; k++)
        {
            var units = points[k]["units"]!.AsArray().ToDictionary(u => (string)u!["unitCode"]!, u => u!);
            var class1 = counties.Select(c => units[c]).Where(u => (string?)u["grade"] == "GRADE_CLASS_1")
                .Select(u => (string)u["total"]!).OrderBy(t => decimal.Parse(t, CultureInfo.InvariantCulture)).FirstOrDefault() ?? "—";
            Assert.Equal(counties.Select(c => (string)units[c]["total"]!).Prepend((string)points[k]["value"]!).Append(class1), rows[k]);
        }

        // The tooltip, in Chinese, with the API's strings.
        await w.Page.EvaluateExpressionAsync("document.getElementById('sweep-echart').chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: 10 })");
        await w.Page.WaitForFunctionAsync("() => document.querySelector('#sweep-echart').textContent.includes('衡东县 扶贫开发总投入:600 万元')");
        var hengdong = points[10]["units"]!.AsArray().Single(u => (string?)u!["unitCode"] == "430424")!;
        Assert.Contains($"衡东县 {(string)hengdong["total"]!} 分 · 第 {(int)hengdong["rank"]!} 名", await w.Text("#sweep-echart"));
        await w.Page.SetViewportAsync(new ViewPortOptions { Width = 1366, Height = 768 });
        await w.Page.EvaluateExpressionAsync("document.getElementById('sweep-echart').scrollIntoView()");
        await w.Screenshot(Path.Combine(fixture.Out, "workbench-sweep-chart-1366.png"));
        await w.Page.EvaluateExpressionAsync("document.getElementById('sweep-echart').chart.dispatchAction({ type: 'hideTip' })");

        // The districts alone: five lines.
        await w.Select("组别", Districts);
        var districts = UnitsOf(Districts);
        await w.Page.WaitForFunctionAsync("(n) => document.getElementById('sweep-echart')?.chart?.getOption().series.filter(s => s.name !== '一类线').length === n", districts.Length);
        var districtSeries = await w.Page.EvaluateExpressionAsync<string[]>("document.getElementById('sweep-echart').chart.getOption().series.map(s => s.name)");
        Assert.Equal(districts.Select(c => names[c]), districtSeries.Where(s => s != "一类线"));
        Assert.Contains("合格线 80", await SvgTexts(w, "#sweep-echart"));

        // Ranks: the vertical axis says so, and the Class 1 quota is the labelled line.
        await w.Select("组别", Counties);
        await w.Select("纵轴", "rank");
        await w.Page.WaitForFunctionAsync("() => [...document.querySelectorAll('#sweep-echart svg text')].some(t => t.textContent === '组内名次(第几名)')");
        var quota = (int)groups.Single(g => (string?)g!["group"] == Counties)!["class1Quota"]!;
        Assert.Contains($"一类名额:前 {quota} 名", await SvgTexts(w, "#sweep-echart"));
        var rankRow = await w.Page.EvaluateExpressionAsync<string[]>("[...document.querySelector('#sweep-table tbody tr').cells].map(c => c.textContent)");
        var first = points[0]["units"]!.AsArray().ToDictionary(u => (string)u!["unitCode"]!, u => u!);
        Assert.Equal(counties.Select(c => (int)first[c]["rank"]! is var r && r > 0 ? r.ToString(CultureInfo.InvariantCulture) : "—").Prepend("500"), rankRow);
        await w.Page.EvaluateExpressionAsync("document.getElementById('sweep-echart').scrollIntoView()");
        await w.Screenshot(Path.Combine(fixture.Out, "workbench-sweep-rank-1366.png"));

        await w.Select("纵轴", "total");
        await w.Page.WaitForFunctionAsync("() => [...document.querySelectorAll('#sweep-echart svg text')].some(t => t.textContent === '合格线 80')");
        foreach (var width in new[] { 1366, 1024 })
        {
            await w.Page.SetViewportAsync(new ViewPortOptions { Width = width, Height = 768 });
            await w.Page.WaitForFunctionAsync("(w) => Math.abs(document.querySelector('#sweep-echart svg').getBoundingClientRect().width - document.getElementById('sweep-echart').clientWidth) < 4", width);
            await w.Page.EvaluateExpressionAsync("document.getElementById('sweep-echart').scrollIntoView()");
            await w.Screenshot(Path.Combine(fixture.Out, $"workbench-sweep-drawn-{width}.png"));
        }
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task The_ranking_charts_label_the_pass_and_Class_1_lines_and_draw_the_API_s_totals()
    {
        await using var w = await WorkbenchPage.Open(fixture, "ranking");
        await w.Page.WaitForFunctionAsync("() => document.querySelectorAll('.echart.bars[data-drawn] svg').length === 2");
        var assessment = await ApiAssessment();
        foreach (var group in assessment["groups"]!.AsArray())
        {
            var code = (string)group!["group"]!;
            var selector = $".echart.bars[data-group='{code}']";
            var texts = await SvgTexts(w, selector);
            Assert.Contains("合格线 80", texts);
            Assert.Contains("总分(分)", texts);
            var units = group["units"]!.AsArray();
            var class1 = units.Where(u => (string?)u!["grade"] == "GRADE_CLASS_1").Select(u => (string)u!["total"]!)
                .OrderBy(t => decimal.Parse(t, CultureInfo.InvariantCulture)).FirstOrDefault();
            if (class1 is not null) Assert.Contains($"一类线 {class1}", texts);
            // Each unit's name and its total (the API's string) are on the chart; the table it points to holds the same.
            foreach (var u in units)
            {
                Assert.Contains((string)u!["name"]!, texts);
                Assert.Contains((string)u["total"]!, texts);
            }
            var table = await w.Page.EvaluateFunctionAsync<string>("(s) => document.querySelector(s).getAttribute('aria-describedby')", selector);
            var totals = await w.Page.EvaluateFunctionAsync<string[]>("(id) => [...document.getElementById(id).querySelectorAll('tbody tr')].map(tr => tr.cells[3].textContent)", table);
            Assert.Equal(units.Select(u => (string)u!["total"]!), totals);
            Assert.False(string.IsNullOrEmpty(await w.Page.EvaluateFunctionAsync<string>("(s) => document.querySelector(s).getAttribute('aria-label')", selector)));
        }
        foreach (var width in new[] { 1366, 1024 })
        {
            await w.Page.SetViewportAsync(new ViewPortOptions { Width = width, Height = 768 });
            await w.Page.EvaluateExpressionAsync("document.querySelector('.echart.bars').scrollIntoView()");
            await w.Screenshot(Path.Combine(fixture.Out, $"workbench-ranking-chart-{width}.png"));
        }
        Assert.Empty(w.Errors);
    }
}
