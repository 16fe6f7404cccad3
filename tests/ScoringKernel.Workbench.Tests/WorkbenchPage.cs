using PuppeteerSharp;
using Xunit;

namespace ScoringKernel.Workbench.Tests;

/// <summary>One browser tab on the workbench, collecting console errors, page errors and failed requests as it goes.</summary>
public sealed class WorkbenchPage : IAsyncDisposable
{
    public IPage Page { get; }
    public List<string> Errors { get; } = [];
    public long TransferredBytes;
    public int ApiCalls;

    private WorkbenchPage(IPage page)
    {
        Page = page;
        page.Console += (_, e) => { if (e.Message.Type == ConsoleType.Error) Errors.Add($"console: {e.Message.Text}"); };
        page.PageError += (_, e) => Errors.Add($"page error: {e.Message}");
        page.RequestFailed += (_, e) => Errors.Add($"request failed: {e.Request.Url}");
        // Every call to the API asks for Chinese.
        page.Request += (_, e) =>
        {
            if (!e.Request.Url.Contains("/v1/", StringComparison.Ordinal)) return;
            ApiCalls++;
            if (!e.Request.Headers.TryGetValue("accept-language", out var language) || language != "zh-CN")
                Errors.Add($"no Accept-Language: zh-CN on {e.Request.Url}");
        };
        page.Response += async (_, e) =>
        {
            try { Interlocked.Add(ref TransferredBytes, (await e.Response.BufferAsync()).Length); }
            catch (PuppeteerException) { /* a streamed or aborted body has no buffer to count */ }
        };
    }

    /// <summary>The page at a view: in demo mode (<c>/?demo</c>, the invented example) unless <paramref name="demo"/> is false (the round of a year).</summary>
    public static async Task<WorkbenchPage> Open(WorkbenchFixture fixture, string view, bool demo = true)
    {
        var page = await fixture.Browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1366, Height = 768 });
        var workbench = new WorkbenchPage(page);
        await page.GoToAsync($"{fixture.Address}/{(demo ? "?demo" : "")}#/{view}", WaitUntilNavigation.Networkidle0);
        await page.WaitForSelectorAsync("body[data-ready]");
        await workbench.WaitForView(view.Split('/')[0]);
        return workbench;
    }

    public async Task Go(string view)
    {
        await Page.EvaluateExpressionAsync($"location.hash = '#/{view}'");
        await WaitForView(view.Split('/')[0]);
    }

    /// <summary>The page loaded again from the server, as a clerk's reload: ready, and the view drawn.</summary>
    public async Task Reload(string view)
    {
        await Page.ReloadAsync(null, [WaitUntilNavigation.Networkidle0]);
        await Page.WaitForSelectorAsync("body[data-ready]");
        await WaitForView(view.Split('/')[0]);
    }

    public Task WaitForView(string name) => Page.WaitForSelectorAsync($"main[data-view='{name}']");

    /// <summary>The control a visible label names, found through the label (so every control used here is labelled).</summary>
    public async Task<string> ControlId(string label, int nth = 0)
    {
        var id = await Page.EvaluateFunctionAsync<string>(
            "(text, nth) => [...document.querySelectorAll('label')].filter(l => l.textContent.trim() === text)[nth]?.htmlFor ?? ''", label, nth);
        Assert.False(string.IsNullOrEmpty(id), $"no control labelled '{label}'");
        return id;
    }

    public async Task Select(string label, string value, int nth = 0) => await Page.SelectAsync($"#{await ControlId(label, nth)}", value);

    public async Task Type(string label, string text, int nth = 0)
    {
        var id = await ControlId(label, nth);
        await Page.EvaluateFunctionAsync("(id) => { document.getElementById(id).value = ''; }", id);
        await Page.TypeAsync($"#{id}", text);
    }

    public Task ClickButton(string text) =>
        Page.EvaluateFunctionAsync("(text) => [...document.querySelectorAll('button')].find(b => b.textContent.trim() === text).click()", text);

    public Task<string> Text(string selector) => Page.EvaluateFunctionAsync<string>("(s) => document.querySelector(s)?.textContent ?? ''", selector);

    public Task Screenshot(string path) => Page.ScreenshotAsync(path);

    /// <summary>The section scrolled into view, at 1366 and 1024 wide: <c>{folder}/workbench-{name}-{width}.png</c>; the tab left at 1366.</summary>
    public async Task SectionShots(string selector, string folder, string name)
    {
        foreach (var width in new[] { 1366, 1024 })
        {
            await Page.SetViewportAsync(new ViewPortOptions { Width = width, Height = 768 });
            await Page.EvaluateFunctionAsync("(s) => document.querySelector(s).scrollIntoView()", selector);
            await Screenshot(Path.Combine(folder, $"workbench-{name}-{width}.png"));
        }
        await Page.SetViewportAsync(new ViewPortOptions { Width = 1366, Height = 768 });
    }

    public async ValueTask DisposeAsync() => await Page.CloseAsync();
}
