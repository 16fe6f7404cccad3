using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace ScoringKernel.Server.Tests;

/// <summary>
/// The real server process, started with a mistake: it stops with exit code 2 and one message in Chinese and English
/// naming the option and the value, and no stack trace anywhere on the console.
/// </summary>
public class StartupMistakeTests
{
    private static readonly string[] Quiet = ["--urls", "http://127.0.0.1:0", "--json-url", "none", "--metrics-url", "none"];

    /// <summary>Asking for help lists the options in both languages and starts nothing (no port, no store).</summary>
    [Fact]
    public async Task Help_lists_the_options_and_starts_nothing()
    {
        var run = await Server(["--help"]);
        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--urls", "--json-url", "--data-dir", "--store", "--rule-sets", "--profile", "--allowed-clients", "specs/docs/operations.md" })
            Assert.Contains(option, run.Output, StringComparison.Ordinal);
        Assert.Contains("数据文件夹", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("listening", run.Output + run.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_rule_set_folder_that_is_not_there_is_named_in_both_languages()
    {
        var run = await Server([.. Quiet, "--store", "sqlite::memory:", "--rule-sets", "no/such/rule-sets"]);
        run.Refused("--rule-sets no/such/rule-sets", "找不到这个文件夹", "no such folder");
        Assert.Contains(Path.Combine(Directory.GetCurrentDirectory(), "no", "such", "rule-sets"), run.Error);
    }

    [Fact]
    public async Task A_rule_set_folder_that_is_a_file_is_named()
    {
        var run = await Server([.. Quiet, "--store", "sqlite::memory:", "--rule-sets", Examples.IllustrativePath]);
        run.Refused("--rule-sets", "不是文件夹", "not a folder");
    }

    [Fact]
    public async Task A_store_setting_that_names_no_store_is_named()
    {
        var run = await Server([.. Quiet, "--store", "rounds.txt"]);
        run.Refused("--store rounds.txt", "不是事件存储的写法", "not an event store setting");
    }

    [Fact]
    public async Task A_store_that_cannot_be_created_is_named()
    {
        // A folder under a file cannot be made, whoever runs the test (root included).
        var run = await Server([.. Quiet, "--store", $"sqlite:{Examples.IllustrativePath}/rounds.db"]);
        run.Refused("--store", "打不开事件存储", "cannot open the event store");
    }

    [Fact]
    public async Task A_port_in_use_is_named_with_its_option()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var run = await Server(["--urls", "http://127.0.0.1:0", "--json-url", $"http://127.0.0.1:{port}", "--metrics-url", "none", "--store", "sqlite::memory:"]);
        run.Refused($"--json-url http://127.0.0.1:{port}", "端口已被别的程序占用", "port is already in use");
    }

    [Fact]
    public async Task A_certificate_that_does_not_load_is_named()
    {
        var run = await Server(["--profile", "production", "--urls", "https://127.0.0.1:0", "--store", "sqlite::memory:",
            "--tls-certificate", Examples.IllustrativePath, "--client-ca", Examples.IllustrativePath, "--allowed-clients", "CN=records-system:read"]);
        run.Refused("--tls-certificate", "证书加载不了", "the certificate does not load");
    }

    [Fact]
    public async Task A_certificate_that_is_not_there_is_named()
    {
        var run = await Server(["--profile", "production", "--urls", "https://127.0.0.1:0", "--store", "sqlite::memory:",
            "--tls-certificate", "no-such.pfx", "--client-ca", "no-such-ca.pem", "--allowed-clients", "CN=records-system:read"]);
        run.Refused("--tls-certificate no-such.pfx", "找不到这个文件", "no such file");
    }

    private sealed record Run(int ExitCode, string Output, string Error)
    {
        public void Refused(string named, string chinese, string english)
        {
            Assert.Equal(2, ExitCode);
            var lines = Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Contains(lines, l => l.Contains(named, StringComparison.Ordinal) && l.Contains(chinese, StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains(named, StringComparison.Ordinal) && l.Contains(english, StringComparison.Ordinal));
            Assert.DoesNotContain((Output + Error).Split('\n'), l => l.StartsWith("   at ", StringComparison.Ordinal));
            Assert.DoesNotContain("Exception", Output + Error, StringComparison.Ordinal);
        }
    }

    private static async Task<Run> Server(string[] args)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var dll = Path.Combine(Examples.RepoRoot, "src", "ScoringKernel.Server", "bin", configuration, "net10.0", "ScoringKernel.Server.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Directory.GetCurrentDirectory() };
        foreach (var a in new[] { dll }.Concat(args)) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(true);
            Assert.Fail("the server started instead of refusing: " + await output);
        }
        return new Run(process.ExitCode, await output, await error);
    }
}
