using Xunit;

namespace ScoringKernel.Workbench.Tests;

/// <summary>Work is not lost: a draft kept in the browser is offered back after a reload, and an edit in evaluation mode is a correction.</summary>
[Collection(WorkbenchCollection.Name)]
public class DraftTests(WorkbenchFixture fixture)
{
    private const string Renovated = "figure-house_renovation-households_renovated";

    [Fact]
    public async Task A_figure_edited_then_reloaded_is_offered_back_and_restored()
    {
        await using var w = await WorkbenchPage.Open(fixture, "figures/430482");
        // Leaving with unsaved work is warned of (the browser's own "leave the page?"); the test leaves anyway.
        var warned = 0;
        w.Page.Dialog += async (_, e) => { if (e.Dialog.DialogType == PuppeteerSharp.DialogType.BeforeUnload) warned++; await e.Dialog.Accept(); };
        await w.Page.EvaluateFunctionAsync("(id) => { document.getElementById(id).value = ''; }", Renovated);
        await w.Page.TypeAsync($"#{Renovated}", "44");
        await w.Page.WaitForFunctionAsync("() => document.getElementById('status').textContent.includes('已更新')");
        Assert.Equal("79.69", await Total(w, "430482"));

        // Loading an example over the edit asks first; 保留修改 keeps it.
        await w.ClickButton("载入示例数据");
        await w.Page.WaitForSelectorAsync("dialog#confirm[open]");
        Assert.Contains("未保存的修改", await w.Text("dialog#confirm"));
        await w.Screenshot(Path.Combine(fixture.Out, "workbench-example-over-edits.png"));
        await w.ClickButton("保留修改");
        await w.Page.WaitForFunctionAsync("() => !document.getElementById('confirm')");
        Assert.Equal("79.69", await Total(w, "430482"));
        Assert.Equal("44", await w.Page.EvaluateFunctionAsync<string>("(id) => document.getElementById(id).value", Renovated));

        await w.Page.ReloadAsync(null, [PuppeteerSharp.WaitUntilNavigation.Networkidle0]);
        await w.Page.WaitForSelectorAsync("body[data-ready]");
        await w.Page.WaitForSelectorAsync("#draft");
        Assert.Contains("未完成的修改", await w.Text("#draft"));
        Assert.Equal(1, warned);
        // Offered, not applied: until restored the page shows the example as it was.
        Assert.Equal("80.89", await Total(w, "430482"));
        await w.ClickButton("恢复草稿");
        await w.Page.WaitForFunctionAsync("() => !document.getElementById('draft')");
        await w.Go("figures/430482");
        Assert.Equal("44", await w.Page.EvaluateFunctionAsync<string>("(id) => document.getElementById(id).value", Renovated));
        Assert.Equal("79.69", await Total(w, "430482"));

        await w.Page.ReloadAsync(null, [PuppeteerSharp.WaitUntilNavigation.Networkidle0]);
        await w.Page.WaitForSelectorAsync("#draft");
        await w.ClickButton("放弃草稿");
        Assert.Null(await w.Page.EvaluateExpressionAsync<string?>("localStorage.getItem('scoringkernel.workbench.draft')"));
        Assert.DoesNotContain(w.Errors, e => !e.Contains("status of 400"));
    }

    [Fact]
    public async Task An_edit_in_evaluation_mode_is_a_correction_that_keeps_the_evaluation()
    {
        await using var w = await WorkbenchPage.Open(fixture, "figures");
        await w.ClickButton("载入综合评定示例");
        await w.Page.WaitForFunctionAsync("() => document.getElementById('source').textContent.includes('综合评定')");
        await w.Go("figures/430405");
        await w.Type("更正说明", "年终复核:危房改造户数");
        await w.Page.EvaluateFunctionAsync("(id) => { document.getElementById(id).value = ''; }", Renovated);
        await w.Page.TypeAsync($"#{Renovated}", "3");
        await w.Page.WaitForFunctionAsync("() => document.getElementById('status').textContent.includes('核定更正')");
        Assert.Contains("综合评定", await w.Text("#source"));

        await w.Go("unit/430405");
        var sources = await w.Text("section.sources");
        Assert.Contains("核定", sources);
        Assert.Contains("年终复核:危房改造户数", sources);
        // The other units keep their evaluation: the sources of every card are still there.
        await w.Go("unit/430482");
        Assert.Contains("核定", await w.Text("section.sources h3"));

        await w.Page.EvaluateExpressionAsync("localStorage.removeItem('scoringkernel.workbench.draft')");
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task An_uploaded_file_is_kept_from_the_moment_it_is_loaded_and_offered_back_after_a_reload()
    {
        await using var w = await WorkbenchPage.Open(fixture, "figures/430482");
        var root = Path.GetDirectoryName(fixture.Out)!;
        var text = await File.ReadAllTextAsync(Path.Combine(root, "specs", "examples", "illustrative-2015.json"));
        var file = Path.Combine(fixture.Out, "upload-kept.json");
        // The file differs from the example: 常宁市 renovated 44 households.
        var request = System.Text.Json.Nodes.JsonNode.Parse(text)!;
        request["units"]!.AsArray().Single(u => (string)u!["unitCode"]! == "430482")!["houseRenovation"]!["householdsRenovated"] = 44;
        await File.WriteAllTextAsync(file, request.ToJsonString());
        var upload = await w.Page.QuerySelectorAsync("input[type=file]");
        await upload.UploadFileAsync(file);
        await w.Page.WaitForFunctionAsync("() => document.getElementById('source').textContent.includes('upload-kept.json')");
        Assert.Equal("79.69", await Total(w, "430482"));

        // No edit yet, and still it survives a reload: offered back, not silently replaced by the example.
        await w.Page.ReloadAsync(null, [PuppeteerSharp.WaitUntilNavigation.Networkidle0]);
        await w.Page.WaitForSelectorAsync("body[data-ready]");
        await w.Page.WaitForSelectorAsync("#draft");
        var offered = await w.Text("#draft");
        Assert.Contains("上次载入的数据", offered);
        Assert.Contains("upload-kept.json", offered);
        await w.Screenshot(Path.Combine(fixture.Out, "workbench-draft-loaded.png"));
        await w.ClickButton("恢复上次载入的数据");
        await w.Page.WaitForFunctionAsync("() => !document.getElementById('draft')");
        Assert.Contains("upload-kept.json", await w.Text("#source"));
        Assert.Equal("79.69", await Total(w, "430482"));
        // Restored as loaded, not as an edit: leaving the page is not warned of.
        Assert.False(await w.Page.EvaluateExpressionAsync<bool>("window.workbench.state.dirty"));

        // The round view names the data its self-evaluations would be made of.
        await w.Go("round/2015");
        if (await w.Page.EvaluateExpressionAsync<bool>("[...document.querySelectorAll('legend')].some(l => l.textContent.startsWith('单位自评'))"))
            Assert.Contains("upload-kept.json", await w.Page.EvaluateExpressionAsync<string>("[...document.querySelectorAll('legend')].find(l => l.textContent.startsWith('单位自评')).textContent"));
        await w.Page.EvaluateExpressionAsync("localStorage.removeItem('scoringkernel.workbench.draft')");
        Assert.Empty(w.Errors);
    }

    private static Task<string> Total(WorkbenchPage w, string code) =>
        w.Page.EvaluateFunctionAsync<string>("(code) => window.workbench.state.assessment.scoreCards.find(c => c.unitCode === code).total", code);
}
