using System.Diagnostics;
using System.Globalization;
using System.Text;
using PuppeteerSharp;
using Xunit;
using Xunit.Abstractions;

namespace ScoringKernel.Workbench.Tests;

/// <summary>Every view: screenshots at two widths under out/, axe-core's check with no serious violation, and the speed a person meets.</summary>
[Collection(WorkbenchCollection.Name)]
public class ViewTests(WorkbenchFixture fixture, ITestOutputHelper output)
{
    private static readonly string[] Views = ["round/2015", "ranking", "unit/430423", "figures", "whatif", "sweep", "margins/430424", "notice"];

    [Fact]
    public async Task Every_view_at_1366_and_1024_wide_passes_axe_with_no_serious_violation()
    {
        var clock = Stopwatch.StartNew();
        await using var w = await WorkbenchPage.Open(fixture, "ranking");
        var firstLoad = clock.Elapsed.TotalMilliseconds;
        // axe-core from npm, evaluated through the DevTools protocol (the page's own CSP allows no foreign script).
        var axe = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "vendor", "axe-core", "axe.min.js"));
        var serious = new List<string>();
        var switches = new List<double>();
        foreach (var width in new[] { 1366, 1024 })
        {
            await w.Page.SetViewportAsync(new ViewPortOptions { Width = width, Height = 768 });
            foreach (var view in Views)
            {
                await w.Page.EvaluateExpressionAsync("document.getElementById('view').removeAttribute('data-view')");
                clock.Restart();
                await w.Go(view);
                switches.Add(clock.Elapsed.TotalMilliseconds);
                if (view == "whatif") await w.Page.WaitForSelectorAsync("#comparison p, #comparison table");
                var name = view.Split('/')[0];
                await w.Page.ScreenshotAsync(Path.Combine(fixture.Out, $"workbench-{name}-{width}.png"), new ScreenshotOptions { FullPage = false });
                if (await w.Page.EvaluateExpressionAsync<bool>("typeof axe === 'undefined'")) await w.Page.EvaluateExpressionAsync(axe + ";void 0");
                var found = await w.Page.EvaluateExpressionAsync<string[]>(
                    "axe.run(document, { resultTypes: ['violations'] }).then(r => r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')))");
                serious.AddRange(found.Select(f => $"{view} @{width}: {f}"));
            }
        }
        switches.Sort();
        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"first load (navigation to ready ranking view): {firstLoad:F0} ms")
            .AppendLine(CultureInfo.InvariantCulture, $"view switch ({switches.Count} switches over {Views.Length} views at two widths, hash change to the view drawn): median {switches[switches.Count / 2]:F0} ms, worst {switches[^1]:F0} ms");
        output.WriteLine(report.ToString());
        await File.WriteAllTextAsync(Path.Combine(fixture.Out, "workbench-speed-views.txt"), report.ToString());
        Assert.True(serious.Count == 0, string.Join("\n", serious));
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task A_100_point_sweep_is_drawn_and_timed()
    {
        await using var w = await WorkbenchPage.Open(fixture, "sweep");
        await w.Select("类型", "figure");
        await w.Select("单位", "430424");
        await w.Select("指标", "FIGURE_FIELD_TOTAL_INVESTMENT_WAN");
        await w.ClickButton("选定扫描对象");
        await w.Type("起点", "500");
        await w.Type("终点", "1490");
        await w.Type("步长", "10");
        var clock = Stopwatch.StartNew();
        await w.ClickButton("开始扫描");
        await w.Page.WaitForSelectorAsync("#sweep-echart[data-points='100'][data-drawn] svg");
        await w.Page.WaitForSelectorAsync("#sweep-chart[data-ms]");
        var elapsed = clock.Elapsed.TotalMilliseconds;
        var report = $"sweep of 100 points (衡东县 扶贫开发总投入 500..1490 step 10), click to the last point drawn: {elapsed:F0} ms (page's own measure {await w.Page.EvaluateExpressionAsync<string>("document.getElementById('sweep-chart').dataset.ms")} ms, of which drawing the chart and its table {await w.Page.EvaluateExpressionAsync<string>("document.getElementById('sweep-chart').dataset.drawMs")} ms; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]})";
        output.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(fixture.Out, "workbench-speed-sweep.txt"), report + "\n");
        Assert.Empty(w.Errors);
    }
}
