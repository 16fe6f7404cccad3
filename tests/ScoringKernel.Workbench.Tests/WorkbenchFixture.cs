using Microsoft.AspNetCore.Builder;
using PuppeteerSharp;
using ScoringKernel.Server;
using Xunit;
using ScoringKernel.TestSupport;

namespace ScoringKernel.Workbench.Tests;

/// <summary>
/// The real server on loopback (free ports, stopped at the end) and Debian's chromium, headless, driven by PuppeteerSharp.
/// The browser is the system one (<c>CHROMIUM</c> or <c>/usr/bin/chromium</c>): nothing is downloaded.
/// </summary>
public sealed class WorkbenchFixture : IAsyncLifetime
{
    private WebApplication? app;

    public string Address { get; private set; } = "";
    public string StorePath { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots and measurements go: <c>out/</c> at the repository root.</summary>
    public string Out { get; } = OutDirectory();

    public async Task InitializeAsync()
    {
        // A round store of the test's own: a fresh SQLite file, so the round tests start from no round. The shipped
        // rule sets beside the embedded one: the 2016 draft is the rule set of a 2016 round.
        StorePath = Path.Combine(Path.GetTempPath(), $"workbench-{Guid.NewGuid():N}.db");
        app = ScoringServer.Build(["--urls", "http://127.0.0.1:0", "--json-url", "http://127.0.0.1:0", "--metrics-url", "none",
            "--store", "sqlite:" + StorePath, "--rule-sets", Path.Combine(Path.GetDirectoryName(Out)!, "specs", "rule-sets"), "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync();
        Address = ScoringServer.Addresses(app)[1].TrimEnd('/');
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } c ? c : "/usr/bin/chromium";
        if (!File.Exists(chromium))
            throw new InvalidOperationException($"{chromium} not found: the test command's set-up installs Debian's chromium (tests/run-all.sh)");
        Browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            Headless = true,
            ExecutablePath = chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=zh-CN"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        foreach (var file in new[] { StorePath, StorePath + "-wal", StorePath + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }

    private static string OutDirectory()
    {
        var path = RepoRoot.Of("out");
        Directory.CreateDirectory(path);
        return path;
    }
}

[CollectionDefinition(Name)]
public sealed class WorkbenchCollection : ICollectionFixture<WorkbenchFixture>
{
    public const string Name = "workbench";
}
