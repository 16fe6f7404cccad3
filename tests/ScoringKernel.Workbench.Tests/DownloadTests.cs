using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Xunit;

namespace ScoringKernel.Workbench.Tests;

/// <summary>Everything handed back: each file downloaded by clicking in the page, then read back.</summary>
[Collection(WorkbenchCollection.Name)]
public class DownloadTests(WorkbenchFixture fixture)
{
    [Fact]
    public async Task The_result_workbook_downloaded_from_the_ranking_holds_the_API_s_totals()
    {
        await using var w = await WorkbenchPage.Open(fixture, "ranking");
        var folder = await Downloads.Allow(w.Page);
        await w.ClickButton("下载考核结果工作簿");
        var sheets = Downloads.Sheets(await Downloads.WaitFor(folder, "考核结果.xlsx"));

        // The API's totals for the same figures.
        using var http = new HttpClient();
        var body = await File.ReadAllTextAsync(Path.Combine(Path.GetDirectoryName(fixture.Out)!, "specs", "examples", "illustrative-2015.json"));
        var answer = JsonDocument.Parse(await (await http.PostAsync($"{fixture.Address}/v1/assess", new StringContent(body, System.Text.Encoding.UTF8, "application/json"))).Content.ReadAsStringAsync());
        var totals = answer.RootElement.GetProperty("assessment").GetProperty("scoreCards").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => decimal.Parse(c.GetProperty("total").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(12, totals.Count);
        foreach (var (name, total) in totals)
        {
            var row = sheets.Values.SelectMany(rows => rows).FirstOrDefault(r => r.Contains(name) && r.Any(v => decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) && d == total));
            Assert.True(row is not null, $"no row of the result workbook gives {name} the total {total}");
        }
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task The_template_the_figures_the_evaluation_workbook_and_the_notice_are_handed_back()
    {
        await using var w = await WorkbenchPage.Open(fixture, "figures");
        var folder = await Downloads.Allow(w.Page);
        await w.ClickButton("下载空白填报模板");
        var template = Downloads.Sheets(await Downloads.WaitFor(folder, "指标填报模板.xlsx"));
        Assert.Contains(template.Values.SelectMany(r => r), r => r.Contains("常宁市"));
        await w.ClickButton("下载当前指标工作簿");
        var figures = Downloads.Sheets(await Downloads.WaitFor(folder, "指标数据.xlsx"));
        Assert.Contains(figures.Values.SelectMany(r => r), r => r.Contains("衡东县") && r.Contains("700"));

        await w.ClickButton("载入综合评定示例");
        await w.Page.WaitForFunctionAsync("() => document.getElementById('source').textContent.includes('综合评定')");
        await w.Go("ranking");
        await w.ClickButton("下载综合评定工作簿");
        var evaluation = Downloads.Sheets(await Downloads.WaitFor(folder, "综合评定.xlsx"));
        Assert.True(evaluation.Count >= 1);
        Assert.Contains(evaluation.Values.SelectMany(r => r), r => r.Contains("常宁市"));

        await w.Go("notice");
        Assert.Contains("考核情况通报", await w.Text("article.notice"));
        // The print stylesheet leaves only the notice.
        await w.Page.EmulateMediaTypeAsync(PuppeteerSharp.Media.MediaType.Print);
        Assert.Equal("none", await w.Page.EvaluateExpressionAsync<string>("getComputedStyle(document.querySelector('nav')).display"));
        await w.Page.EmulateMediaTypeAsync(PuppeteerSharp.Media.MediaType.Screen);
        await w.ClickButton("下载通报(.docx)");
        using (var docx = WordprocessingDocument.Open(await Downloads.WaitFor(folder, "考核情况通报.docx"), false))
            Assert.Contains("通报", docx.MainDocumentPart!.Document.Body!.InnerText);
        Assert.Empty(w.Errors);
    }
}
