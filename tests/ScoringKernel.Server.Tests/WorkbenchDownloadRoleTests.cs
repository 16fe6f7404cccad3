using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace ScoringKernel.Server.Tests;

/// <summary>
/// The workbench's downloads run the kernel on the page's figures, so they need <c>score</c> as Assess does: a unit,
/// a department and the office (without <c>score</c>) are refused, naming the role in the caller's language; a client
/// with <c>score</c> is served; each call has its line in the call log and its measurement, each refusal its count.
/// </summary>
public sealed partial class WorkbenchDownloadRoleTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("sk-downloads-").FullName;
    private ProductionServer server = null!;

    public async Task InitializeAsync() =>
        server = await ProductionServer.Start(
            "CN=changning:unit:430482;CN=finance:department:DEPARTMENT_FINANCE_BUREAU;CN=office:office,read;CN=records-system:read,score",
            $"sqlite:{Path.Combine(folder, "round.db")}");

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static readonly (string Path, string Body)[] Downloads =
    [
        ("/workbench/files/notice.docx", Examples.IllustrativeJson),
        ("/workbench/files/figures.xlsx", Examples.IllustrativeJson),
        ("/workbench/files/evaluation.xlsx?input=evaluation", File.ReadAllText(Examples.EvaluationPath)),
        ("/workbench/files/notice.docx?input=evaluation", File.ReadAllText(Examples.EvaluationPath)),
    ];

    private async Task<HttpResponseMessage> Post(string subject, string path, string body)
    {
        using var http = server.Http(server.Client(subject));
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");
        return await http.SendAsync(request);
    }

    [Theory]
    [InlineData("CN=changning")]
    [InlineData("CN=finance")]
    [InlineData("CN=office")]
    public async Task A_client_without_score_is_refused_every_download_naming_the_role_in_its_language(string subject)
    {
        foreach (var (path, body) in Downloads)
        {
            using var response = await Post(subject, path, body);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var details = json.RootElement.GetProperty("details").EnumerateArray().ToList();
            var info = details.Single(d => d.GetProperty("@type").GetString()!.EndsWith("ErrorInfo", StringComparison.Ordinal));
            Assert.Equal("ROLE_REQUIRED", info.GetProperty("reason").GetString());
            Assert.Equal("score", info.GetProperty("metadata").GetProperty("role").GetString());
            Assert.Contains("score", json.RootElement.GetProperty("message").GetString());
            var localized = details.Single(d => d.GetProperty("@type").GetString()!.EndsWith("LocalizedMessage", StringComparison.Ordinal));
            Assert.Equal("zh-CN", localized.GetProperty("locale").GetString());
            Assert.Equal($"{subject} 没有此项权限,需要角色 score", localized.GetProperty("message").GetString());
        }
        var scrape = await Scrape();
        Assert.Contains(MetricLines(scrape, "scoringkernel_refusals_total"),
            l => l.Contains("route=\"POST /workbench/files/{kind}\"") && l.Contains("role=\"score\"") && Value(l) >= Downloads.Length);
    }

    [Fact]
    public async Task A_client_with_score_is_served_and_each_download_is_logged_and_measured_as_an_RPC()
    {
        foreach (var (path, body) in Downloads)
        {
            using var response = await Post("CN=records-system", path, body);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal("PK"u8.ToArray(), bytes[..2]); // a .docx or .xlsx: a zip package
        }
        var lines = server.LogLines.Where(l => l.StartsWith("rpc POST /workbench/files/", StringComparison.Ordinal)).ToList();
        foreach (var kind in new[] { "notice.docx", "figures.xlsx", "evaluation.xlsx" })
            Assert.Contains(lines, l => DownloadLine().Match(l) is { Success: true } m && m.Groups[1].Value == kind);
        Assert.All(lines, l => Assert.EndsWith("client CN=records-system", l));
        var scrape = await Scrape();
        Assert.Contains(MetricLines(scrape, "scoringkernel_rpc_duration_seconds_count"),
            l => l.Contains("rpc_method=\"POST /workbench/files/notice.docx\"") && l.Contains("rpc_grpc_status=\"OK\"") && Value(l) == 2);
    }

    [GeneratedRegex(@"^rpc POST /workbench/files/(\S+) OK [0-9.]+ ms inputs [0-9a-f]{64} client CN=records-system$")]
    private static partial Regex DownloadLine();

    private async Task<string> Scrape()
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.Management) };
        return await http.GetStringAsync("/metrics");
    }

    private static IEnumerable<string> MetricLines(string scrape, string name) =>
        scrape.Split('\n').Where(l => l.StartsWith(name + "{", StringComparison.Ordinal));

    private static double Value(string line) =>
        double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
}
