using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PuppeteerSharp;
using ScoringKernel.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace ScoringKernel.Workbench.Tests;

/// <summary>
/// The year as the office lives it, in the page: 2015 opened; a workbook with two mistakes refused at its cells, fixed,
/// imported; a department's figures entered one by one and all kept; findings recorded and one withdrawn; submissions
/// closed; evaluated; approved; a change refused; reopened; changed; approved; published with 文号; the notice and the
/// result workbook downloaded from the round with the approved totals; a reload at each step. Then 2016 under the 2016
/// draft. Every round view screenshotted at 1366 and 1024 and checked by axe; each action timed from click to view.
/// </summary>
[Collection(WorkbenchCollection.Name)]
public class RoundYearTests(WorkbenchFixture fixture, ITestOutputHelper output)
{
    private const string Hengdong = "430424", Hengnan = "430422";
    private readonly List<(string Label, double Ms)> timings = [];
    private static readonly string[] RoundViews = ["ranking", "unit/430424", "figures/430424", "whatif", "sweep", "margins/430424", "notice", "round"];

    [Fact]
    public async Task The_2015_year_is_lived_in_the_page_and_2016_opens_under_its_draft()
    {
        var clock = Stopwatch.StartNew();
        await using var w = await WorkbenchPage.Open(fixture, "round/2015", demo: false);
        var firstLoad = clock.Elapsed.TotalMilliseconds;

        // Opening: the year's rule set offered by default, the year and its document in the title and footer.
        Assert.Equal("hengyang-2015", await Value(w, "考核规则"));
        await Act(w, "year", "开启该年度考核");
        await Status(w, "ROUND_STATUS_OPEN");
        await Reload(w, "ROUND_STATUS_OPEN");
        Assert.Contains("2015年度", await w.Text("header h1"));
        Assert.Contains("衡贫发[2015]2号", await w.Text("footer"));
        Assert.Equal(12, await w.Page.EvaluateExpressionAsync<int>("document.querySelectorAll('table.round-units tr[data-unit]').length"));

        // A workbook with two mistakes: each shown at its cell, nothing written.
        var good = await FiguresWorkbook();
        var bad = Path.Combine(Directory.CreateTempSubdirectory("workbench-").FullName, "指标填报(有两处错误).xlsx");
        File.Copy(good, bad);
        WorkbookCells.SetCell(bad, "单位指标", "C3", text: "二九二");
        WorkbookCells.SetCell(bad, "单位指标", "E4", number: "-5");
        await Upload(w, bad);
        await w.Page.WaitForSelectorAsync("#import-preview table.problems");
        var problems = await Rows(w, "#import-preview table.problems tbody tr");
        Assert.Equal(2, problems.Length);
        Assert.Equal(["雁峰区", "单位指标!C3"], new[] { problems[0][0], problems[0][2] });
        Assert.Equal(["石鼓区", "单位指标!E4"], new[] { problems[1][0], problems[1][2] });
        Assert.Contains("二九二", problems[0][3]);
        Assert.Contains("-5", problems[1][3]);
        Assert.Contains("未交", await w.Text($"tr[data-unit='{Hengdong}'] td[data-source='self']"));
        await w.SectionShots("#round-import", fixture.Out, "round-import-problems");

        // Fixed: the preview says what would change before anything is written; then imported in one go.
        await Upload(w, good);
        await w.Page.WaitForSelectorAsync("#import-preview table.preview");
        Assert.Equal(12, (await Rows(w, "#import-preview table.preview tbody tr")).Count(r => r[3] == "首次报送"));
        await w.SectionShots("#round-import", fixture.Out, "round-import-preview");
        await Act(w, "import", "确认导入");
        Assert.Contains("12 个单位", await w.Text("#feedback-import"));
        await Reload(w, "ROUND_STATUS_OPEN");
        Assert.DoesNotContain("未交", await w.Text("table.round-units"));
        Assert.Equal(12, await w.Page.EvaluateExpressionAsync<int>("document.querySelectorAll('#round-evaluation tr[data-unit]').length"));
        var hengnanSelf = await Evaluated(w, Hengnan);

        // The finance bureau's figures for 衡东县, one at a time: both kept.
        await w.Select("部门", "DEPARTMENT_FINANCE_BUREAU");
        await w.Select("部门单位", Hengdong);
        await TypeInto(w, "#dep-FIGURE_FIELD_TOTAL_INVESTMENT_WAN", "830");
        await Act(w, "department", "提交改动的部门数据");
        await TypeInto(w, "#dep-FIGURE_FIELD_OWN_BUDGET_WAN", "140");
        await Act(w, "department", "提交改动的部门数据");
        Assert.Contains("其余数据保留", await w.Text("#feedback-department"));
        await Reload(w, "ROUND_STATUS_OPEN");
        var given = await w.Text($"tr[data-unit='{Hengdong}'] td[data-source='departments']");
        Assert.Contains("扶贫开发总投入 830", given);
        Assert.Contains("本级财政预算安排 140", given);
        // The department's and the grades' words come from the round's catalog after a reload (not only in demo mode).
        Assert.StartsWith("财政局", given);
        var grades = (await Rows(w, "#round-evaluation tbody tr")).Select(r => r[4]).ToList();
        Assert.Equal(12, grades.Count);
        Assert.All(grades, g => Assert.False(string.IsNullOrEmpty(g)));
        Assert.Contains("一类", grades);
        await w.Select("部门", "DEPARTMENT_FINANCE_BUREAU");
        await w.Select("部门单位", Hengdong);
        Assert.Equal("830", await w.Page.EvaluateExpressionAsync<string>("document.querySelector(\"tr[data-field='FIGURE_FIELD_TOTAL_INVESTMENT_WAN'] td[data-current]\").dataset.current"));
        Assert.Equal("140", await w.Page.EvaluateExpressionAsync<string>("document.querySelector(\"tr[data-field='FIGURE_FIELD_OWN_BUDGET_WAN'] td[data-current]\").dataset.current"));
        await w.SectionShots("#round-department", fixture.Out, "round-department");

        // Two findings recorded, the date of the round's year by default; one withdrawn with its reason.
        Assert.StartsWith("2015-", await Value(w, "日期"));
        await Finding(w, Hengdong, "40", "李明");
        await Finding(w, Hengnan, "1", "王芳");
        await w.Select("撤回哪一条", await w.Page.EvaluateExpressionAsync<string>(
            "[...document.querySelectorAll('table.findings tr[data-finding]')].find(tr => tr.textContent.includes('李明')).dataset.finding"));
        await w.Type("撤回原因", "复核:该户已改造完成");
        await Act(w, "findings", "撤回检查发现");
        await Reload(w, "ROUND_STATUS_OPEN");
        var findings = await Rows(w, "table.findings tbody tr");
        Assert.Equal(2, findings.Length);
        Assert.Contains(findings, r => r[0] == "衡东县" && r[2] == "40" && r[5] == "实地核查危房改造户数" && r[7].Contains("已撤回") && r[7].Contains("该户已改造完成"));
        Assert.Contains(findings, r => r[0] == "衡南县" && r[2] == "1" && r[7] == "有效");
        Assert.DoesNotContain("f-", await w.Text("#round-findings"));
        await w.SectionShots("#round-findings", fixture.Out, "round-findings");

        // The main path from the keyboard: from the top of the page, Tab to the step link, Enter, Tab to 报送截止.
        var presses = 0;
        await w.Page.EvaluateExpressionAsync("document.activeElement?.blur(); window.scrollTo(0, 0)");
        while (presses < 40 && await w.Page.EvaluateExpressionAsync<string>("document.activeElement?.dataset?.step ?? ''") != "round-stages") { await w.Page.Keyboard.PressAsync("Tab"); presses++; }
        await w.Page.Keyboard.PressAsync("Enter");
        presses++;
        while (presses < 40 && await w.Page.EvaluateExpressionAsync<string>("document.activeElement?.textContent ?? ''") != "报送截止") { await w.Page.Keyboard.PressAsync("Tab"); presses++; }
        Assert.True(presses <= 20, $"报送截止 took {presses} key presses");
        output.WriteLine($"keyboard: 报送截止 reached in {presses} key presses from the top of the page");

        // Submissions closed (报送截止); evaluated; approved.
        await Act(w, "stage", "报送截止", "确认截止");
        await Reload(w, "ROUND_STATUS_CLOSED");
        Assert.True(await Disabled(w, "提交改动的部门数据"));
        await Act(w, "stage", "重新综合评定");
        Assert.Contains("实地核查危房改造户数", await w.Text($"#round-evaluation tr[data-unit='{Hengnan}']"));
        await Act(w, "stage", "审定(领导小组)", "确认审定");
        await Reload(w, "ROUND_STATUS_APPROVED");

        // A change refused while approved: the forms are closed and the server refuses what is sent anyway, in words.
        Assert.True(await Disabled(w, "提交改动的部门数据"));
        Assert.Contains("重新开启", await w.Text("main .callout"));
        var refusal = await w.Page.EvaluateExpressionAsync<string>(
            $"fetch('/v1/rounds:submitDepartmentFigures', {{ method: 'POST', headers: {{ 'content-type': 'application/json', 'accept-language': 'zh-CN' }}, body: JSON.stringify({{ year: 2015, unitCode: '{Hengdong}', figures: {{ department: 'DEPARTMENT_FINANCE_BUREAU', figures: [{{ figure: {{ field: 'FIGURE_FIELD_TOTAL_INVESTMENT_WAN' }}, value: '900' }}] }}, updateMask: 'totalInvestment.totalInvestmentWan' }}) }}).then(r => r.json()).then(b => (b.details || []).find(d => d['@type'].endsWith('LocalizedMessage'))?.message ?? b.message)");
        Assert.Matches("[\u4e00-\u9fff]", refusal);

        // Reopened with a reason; changed; approved again; published with 文号 and 印发日期.
        await w.Type("原因或说明", "财政局更正衡东县扶贫开发总投入");
        await Act(w, "stage", "重新开启", "确认重新开启");
        await Reload(w, "ROUND_STATUS_OPEN");
        await w.Select("部门", "DEPARTMENT_FINANCE_BUREAU");
        await w.Select("部门单位", Hengdong);
        await TypeInto(w, "#dep-FIGURE_FIELD_TOTAL_INVESTMENT_WAN", "800");
        await Act(w, "department", "提交改动的部门数据");
        Assert.Contains("本级财政预算安排 140", await w.Text($"tr[data-unit='{Hengdong}'] td[data-source='departments']"));
        await Act(w, "stage", "审定(领导小组)", "确认审定");
        await Reload(w, "ROUND_STATUS_APPROVED");
        // 印发日期: today only while today is in 2016 (the year after the round's), else empty for the clerk, the rule said beside it.
        var today = DateTime.Now;
        Assert.Equal(today.Year == 2016 ? today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "", await Value(w, "印发日期"));
        Assert.Contains("仅当今天在 2016 年内", await w.Text("#issued-on-hint"));
        await w.SectionShots("#round-stages", fixture.Out, "round-publish");
        await w.Type("通报文号", "衡贫发〔2016〕3号");
        await w.Page.EvaluateFunctionAsync("(id) => { document.getElementById(id).value = '2016-02-18'; }", await w.ControlId("印发日期"));
        await Act(w, "stage", "发布通报", "确认发布");
        await Reload(w, "ROUND_STATUS_PUBLISHED");
        Assert.Contains("衡贫发〔2016〕3号", await w.Text("[data-published]"));
        Assert.Contains("2016-02-18", await w.Text("[data-published]"));

        // The documents of the round, downloaded from the round view: the totals are the approved evaluation's.
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("accept-language", "zh-CN");
        var approved = JsonDocument.Parse(await http.GetStringAsync($"{fixture.Address}/v1/rounds/2015/evaluation")).RootElement.GetProperty("evaluation")
            .GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("name").GetString()!, u => u.GetProperty("evaluated").GetProperty("total").GetString()!);
        Assert.Equal(12, approved.Count);
        var folder = await Downloads.Allow(w.Page);
        await w.ClickButton("下载考核结果工作簿");
        var sheets = Downloads.Sheets(await Downloads.WaitFor(folder, "2015年度考核结果.xlsx"));
        foreach (var (name, total) in approved)
            Assert.True(sheets.Values.SelectMany(rows => rows).Any(r => r.Contains(name) && r.Any(v => SameNumber(v, total))), $"results.xlsx: no row gives {name} the approved total {total}");
        await w.ClickButton("下载通报(网页,可打印)");
        var notice = await File.ReadAllTextAsync(await Downloads.WaitFor(folder, "2015年度考核情况通报.html"));
        Assert.Contains("衡贫发〔2016〕3号", notice);
        foreach (var (name, total) in approved) Assert.Contains(total, notice);
        // 衡南县's finding lowered it: the documents carry the approved total, not the self-evaluation's.
        Assert.NotEqual(hengnanSelf, approved["衡南县"]);
        await w.ClickButton("下载通报(.docx)");
        Assert.True(new FileInfo(await Downloads.WaitFor(folder, "2015年度考核情况通报.docx")).Length > 0);

        // Every view reads the round: screenshots at both widths, no horizontal scrolling, axe with no serious violation.
        var serious = await EveryRoundView(w, "2015");
        await w.Go("ranking");
        foreach (var (name, total) in approved) Assert.Contains(total, await w.Text($"main"));

        // 2016: a new year, opened under the 2016 draft; its year and document everywhere.
        await w.Go("round/2015");
        await w.Select("考核年度", "new");
        await w.Type("新年度", "2016");
        Assert.Equal("hengyang-2016-draft", await Value(w, "考核规则"));
        await Act(w, "year", "开启该年度考核");
        await Status(w, "ROUND_STATUS_OPEN");
        await Collect(w);
        await w.Reload("round/2016");
        Assert.Contains("2016年度", await w.Text("header h1"));
        Assert.Contains("虚构", await w.Text("footer"));
        Assert.Contains("示例-2016", await w.Text(".round-facts"));
        Assert.Contains("2016", await w.Text("#view h2"));
        Assert.DoesNotContain("2015", await w.Text("header"));
        await w.Page.SetViewportAsync(new ViewPortOptions { Width = 1366, Height = 768 });
        await w.Screenshot(Path.Combine(fixture.Out, "workbench-round-2016-1366.png"));

        await Speed(w, firstLoad);
        Assert.True(serious.Count == 0, string.Join("\n", serious));
        var unexpected = w.Errors.Where(e => !e.Contains("status of 4", StringComparison.Ordinal)).ToList();
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected));
    }

    /// <summary>Each round view at 1366 and 1024: a screenshot, the page's width, axe's serious violations.</summary>
    private async Task<List<string>> EveryRoundView(WorkbenchPage w, string year)
    {
        var axe = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "vendor", "axe-core", "axe.min.js"));
        var serious = new List<string>();
        foreach (var width in new[] { 1366, 1024 })
        {
            await w.Page.SetViewportAsync(new ViewPortOptions { Width = width, Height = 768 });
            foreach (var view in RoundViews)
            {
                await w.Page.EvaluateExpressionAsync("document.getElementById('view').removeAttribute('data-view')");
                await w.Go(view == "round" ? $"round/{year}" : view);
                if (view == "whatif") await w.Page.WaitForSelectorAsync("#comparison p, #comparison table");
                var name = view.Split('/')[0];
                await w.Page.ScreenshotAsync(Path.Combine(fixture.Out, $"workbench-round-{name}-{width}.png"), new ScreenshotOptions { FullPage = view == "round" });
                var scroll = await w.Page.EvaluateExpressionAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
                if (scroll > 0) serious.Add($"{view} @{width}: {scroll} px of horizontal scrolling");
                if (await w.Page.EvaluateExpressionAsync<bool>("typeof axe === 'undefined'")) await w.Page.EvaluateExpressionAsync(axe + ";void 0");
                var found = await w.Page.EvaluateExpressionAsync<string[]>(
                    "axe.run(document, { resultTypes: ['violations'] }).then(r => r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')))");
                serious.AddRange(found.Select(f => $"{view} @{width}: {f}"));
                // No English, ids or transport words for a clerk to read.
                var text = await w.Text("main");
                foreach (var word in new[] { "HTTP", "JSON", "proto", "finding", "digest", "undefined", "null", "NaN" })
                    if (text.Contains(word, StringComparison.Ordinal)) serious.Add($"{view} @{width}: the clerk reads '{word}'");
            }
        }
        await w.Page.SetViewportAsync(new ViewPortOptions { Width = 1366, Height = 768 });
        return serious;
    }

    /// <summary>The page's timings of its round actions (click to the updated view) so far, before a reload forgets them.</summary>
    private async Task Collect(WorkbenchPage w)
    {
        var kept = await w.Page.EvaluateExpressionAsync<JsonElement[]>("(() => { const t = window.workbench.state.actionTimings || []; window.workbench.state.actionTimings = []; return t; })()");
        timings.AddRange(kept.Select(t => (t.GetProperty("label").GetString()!, t.GetProperty("ms").GetDouble())));
    }

    private async Task Speed(WorkbenchPage w, double firstLoad)
    {
        await Collect(w);
        var all = timings;
        var ms = all.Select(t => t.Ms).Order().ToArray();
        static double Median(double[] x) => x.Length % 2 == 1 ? x[x.Length / 2] : (x[x.Length / 2 - 1] + x[x.Length / 2]) / 2;
        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"first load (navigation to the round view drawn, round and its evaluation read): {firstLoad:F0} ms")
            .AppendLine(CultureInfo.InvariantCulture, $"round actions ({ms.Length}, click to the updated round view): median {Median(ms):F0} ms, worst {ms[^1]:F0} ms; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        foreach (var g in all.GroupBy(t => t.Label))
        {
            var x = g.Select(t => t.Ms).Order().ToArray();
            report.AppendLine(CultureInfo.InvariantCulture, $"  {g.Key}: {x.Length}×, median {Median(x):F0} ms, worst {x[^1]:F0} ms");
        }
        output.WriteLine(report.ToString());
        await File.WriteAllTextAsync(Path.Combine(fixture.Out, "workbench-speed-round.txt"), report.ToString());
    }

    private Task<string> FiguresWorkbook() => FiguresWorkbook(fixture);

    /// <summary>The illustrative figures as a figures workbook, as a county would fill it in.</summary>
    internal static async Task<string> FiguresWorkbook(WorkbenchFixture fixture)
    {
        using var http = new HttpClient();
        var body = await File.ReadAllTextAsync(Path.Combine(Path.GetDirectoryName(fixture.Out)!, "specs", "examples", "illustrative-2015.json"));
        var response = await http.PostAsync($"{fixture.Address}/workbench/files/figures.xlsx", new StringContent(body, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        var path = Path.Combine(Directory.CreateTempSubdirectory("workbench-").FullName, "指标填报.xlsx");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        return path;
    }

    internal static async Task Upload(WorkbenchPage w, string path)
    {
        var input = await w.Page.QuerySelectorAsync("#round-import input[type=file]");
        await input.UploadFileAsync(path);
    }

    private static async Task Finding(WorkbenchPage w, string unit, string value, string inspector)
    {
        await w.Select("发现单位", unit);
        await w.Select("发现指标", "FIGURE_FIELD_HOUSEHOLDS_RENOVATED");
        await w.Type("数值", value);
        await w.Type("说明", "实地核查危房改造户数");
        await w.Type("检查人", inspector);
        await Act(w, "findings", "记录检查发现");
    }

    /// <summary>Clicks a round action (confirming if asked) and waits for the round view drawn again with the act's words beside it.</summary>
    internal static async Task Act(WorkbenchPage w, string section, string button, string? confirm = null)
    {
        await w.Page.EvaluateExpressionAsync("document.getElementById('view').removeAttribute('data-view')");
        await w.Page.EvaluateFunctionAsync("(t) => [...document.querySelectorAll('button')].find(b => b.textContent.trim() === t).focus()", button);
        await w.Page.Keyboard.PressAsync("Enter");
        if (confirm is not null)
        {
            await w.Page.WaitForSelectorAsync("dialog#confirm[open]");
            await w.ClickButton(confirm);
        }
        try { await w.Page.WaitForSelectorAsync($"main[data-view='round'] #feedback-{section} .done", new WaitForSelectorOptions { Timeout = 15_000 }); }
        catch (WaitTaskTimeoutException) { throw new Xunit.Sdk.XunitException($"{button}: {await w.Text($"#feedback-{section}")} {string.Join("; ", w.Errors)}"); }
    }

    private async Task Reload(WorkbenchPage w, string status)
    {
        await Collect(w);
        await w.Reload("round");
        await Status(w, status);
    }

    private static Task Status(WorkbenchPage w, string status) => w.Page.WaitForSelectorAsync($"[data-status='{status}']");

    internal static async Task TypeInto(WorkbenchPage w, string selector, string text)
    {
        await w.Page.EvaluateFunctionAsync("(s) => { document.querySelector(s).value = ''; }", selector);
        await w.Page.TypeAsync(selector, text);
    }

    private static async Task<string> Value(WorkbenchPage w, string label) =>
        await w.Page.EvaluateFunctionAsync<string>("(id) => document.getElementById(id).value", await w.ControlId(label));

    private static Task<bool> Disabled(WorkbenchPage w, string button) =>
        w.Page.EvaluateFunctionAsync<bool>("(t) => [...document.querySelectorAll('button')].find(b => b.textContent.trim() === t).disabled", button);

    private static Task<string> Evaluated(WorkbenchPage w, string unit) =>
        w.Page.EvaluateFunctionAsync<string>("(u) => document.querySelector(`#round-evaluation tr[data-unit='${u}'] [data-evaluated]`).dataset.evaluated", unit);

    private static Task<string[][]> Rows(WorkbenchPage w, string selector) =>
        w.Page.EvaluateFunctionAsync<string[][]>("(s) => [...document.querySelectorAll(s)].map(tr => [...tr.querySelectorAll('td')].map(td => td.textContent.trim()))", selector);

    private static bool SameNumber(string cell, string total) =>
        decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out var a) && decimal.TryParse(total, NumberStyles.Number, CultureInfo.InvariantCulture, out var b) && a == b;
}
