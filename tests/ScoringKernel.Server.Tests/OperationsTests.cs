using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Google.Rpc;
using Grpc.AspNetCore.Server;
using Grpc.Core.Interceptors;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ScoringKernel.Contracts.V1;
using Xunit;

namespace ScoringKernel.Server.Tests;

/// <summary>
/// Admission control, metrics and the call log on a server of their own (small admission limits, metrics on a free
/// loopback port, the call log captured), started and stopped by the test.
/// </summary>
public sealed partial class OperationsTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<(string Category, string Line)> logLines = new();
    private readonly ConcurrentQueue<(string Method, string Transport)> intercepted = new();
    private WebApplication app = null!;
    private string grpc = "", json = "", metrics = "";

    public async Task InitializeAsync()
    {
        app = ScoringServer.Build(
            ["--urls", "http://127.0.0.1:0", "--json-url", "http://127.0.0.1:0", "--metrics-url", "http://127.0.0.1:0",
             "--admission-server-limit", "2", "--admission-client-limit", "1", "--admission-queue", "1", "--admission-retry-ms", "250"],
            logging => logging.AddProvider(new Capture(logLines)),
            services => services
                .AddSingleton(intercepted)
                .Configure<GrpcServiceOptions>(o => o.Interceptors.Add<Recorder>()));
        await app.StartAsync();
        var addresses = ScoringServer.Addresses(app);
        (grpc, json, metrics) = (addresses[0], addresses[1], addresses[2]);
    }

    public async Task DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static SweepScenarioRequest ExpensiveSweep() => new()
    {
        Base = Examples.Illustrative,
        Template = new Override { Parameter = new ParameterOverride { Path = "pass_line", Value = "0" } },
        Start = "60", Stop = "90", Step = "0.01",
    };

    [Fact]
    public async Task A_flood_of_expensive_calls_is_refused_with_a_retry_hint_while_another_client_is_answered()
    {
        using var flooding = GrpcChannel.ForAddress(grpc);
        using var other = GrpcChannel.ForAddress(grpc);
        var scenarios = new ScenarioService.ScenarioServiceClient(flooding);
        var before = await Scrape();

        var sweeps = Enumerable.Range(0, 8).Select(async Task<(StatusCode Code, int Points, string? Pushback, RetryInfo? Retry)> (_) =>
        {
            try
            {
                using var call = scenarios.SweepScenario(ExpensiveSweep(), deadline: DateTime.UtcNow.AddSeconds(120));
                var points = 0;
                while (await call.ResponseStream.MoveNext(CancellationToken.None)) points++;
                return (StatusCode.OK, points, null, null);
            }
            catch (RpcException e)
            {
                return (e.StatusCode, 0, e.Trailers.GetValue("grpc-retry-pushback-ms"), e.GetRpcStatus()?.GetDetail<RetryInfo>());
            }
        }).ToList();

        // Meanwhile another client's cheap calls: every one answered.
        var health = new Health.HealthClient(other);
        var scoring = new ScoringService.ScoringServiceClient(other);
        var small = Examples.Illustrative;
        small.View = AssessmentView.Basic;
        var cheap = 0;
        while (sweeps.Any(t => !t.IsCompleted) && cheap < 400)
        {
            Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, (await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(10))).Status);
            Assert.NotEmpty((await scoring.AssessAsync(small, deadline: DateTime.UtcNow.AddSeconds(10))).Assessment.ScoreCards);
            cheap++;
            await Task.Delay(20);
        }
        var results = await Task.WhenAll(sweeps);

        Assert.All(results, r => Assert.True(r.Code is StatusCode.OK or StatusCode.ResourceExhausted, r.Code.ToString()));
        var refused = results.Where(r => r.Code == StatusCode.ResourceExhausted).ToList();
        Assert.NotEmpty(refused);
        Assert.Contains(results, r => r.Code == StatusCode.OK && r.Points == 3001);
        Assert.All(refused, r =>
        {
            Assert.Equal("250", r.Pushback);
            Assert.Equal(TimeSpan.FromMilliseconds(250), r.Retry!.RetryDelay.ToTimeSpan());
        });
        Assert.True(cheap > 0);

        var after = await Scrape();
        Assert.Equal(refused.Count, Counter(after, "scoringkernel_admission_rejections_total") - Counter(before, "scoringkernel_admission_rejections_total"));
        Assert.Equal(results.Count(r => r.Code == StatusCode.OK) * 3001, Counter(after, "scoringkernel_sweep_points_total") - Counter(before, "scoringkernel_sweep_points_total"));
    }

    [Fact]
    public async Task The_metrics_show_each_method_called_and_the_kernel_counters()
    {
        using var channel = GrpcChannel.ForAddress(grpc);
        var scoring = new ScoringService.ScoringServiceClient(channel);
        var before = await Scrape();
        for (var i = 0; i < 3; i++) await scoring.AssessAsync(Examples.Illustrative);
        await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());
        await Assert.ThrowsAsync<RpcException>(async () => await scoring.GetRuleSetAsync(new GetRuleSetRequest { RuleSetId = "nope" }));
        var after = await Scrape();

        Assert.Equal(3, Counter(after, "scoringkernel_assessments_total") - Counter(before, "scoringkernel_assessments_total"));
        Assert.Equal(36, Counter(after, "scoringkernel_units_scored_total") - Counter(before, "scoringkernel_units_scored_total"));
        Assert.Equal(3, Series(after, "scoringkernel_rpc_duration_seconds_count", "/scoringkernel.v1.ScoringService/Assess", "OK")
                        - Series(before, "scoringkernel_rpc_duration_seconds_count", "/scoringkernel.v1.ScoringService/Assess", "OK"));
        Assert.Equal(1, Series(after, "scoringkernel_rpc_duration_seconds_count", "/scoringkernel.v1.ScoringService/GetRuleSet", "NOTFOUND"));
        Assert.Contains("http_server_request_duration_seconds_bucket", after);
        Assert.Contains("scoringkernel_admission_queued", after);

        using var http = new HttpClient { BaseAddress = new Uri(metrics) };
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync("/v1/ruleSets")).StatusCode);
    }

    [Fact]
    public async Task The_call_log_has_one_line_per_call_without_figures()
    {
        using var channel = GrpcChannel.ForAddress(grpc);
        var scoring = new ScoringService.ScoringServiceClient(channel);
        var answer = await scoring.AssessAsync(Examples.Illustrative);
        var bad = Examples.Illustrative;
        bad.Units[0].HouseRenovation.HouseholdsRenovated = -5;
        await Assert.ThrowsAsync<RpcException>(async () => await scoring.AssessAsync(bad));

        var lines = logLines.Where(l => l.Category.EndsWith("CallLog", StringComparison.Ordinal)).Select(l => l.Line).ToList();
        var ok = Assert.Single(lines, l => l.Contains("/scoringkernel.v1.ScoringService/Assess OK", StringComparison.Ordinal));
        Assert.Matches(@" [\d.]+ ms inputs [0-9a-f]{64} client -$", ok);
        Assert.Contains(answer.Stamp.InputSha256, ok);
        var failed = Assert.Single(lines, l => l.Contains("/scoringkernel.v1.ScoringService/Assess INVALIDARGUMENT", StringComparison.Ordinal));
        Assert.Matches(@" [\d.]+ ms inputs - client -$", failed);
        foreach (var line in lines)
        {
            Assert.DoesNotContain("3680", line);
            Assert.DoesNotContain("村", line);
            Assert.DoesNotContain("-5", line);
        }
    }

    [Fact]
    public async Task A_call_over_http_json_is_logged_and_measured_as_the_same_call_over_grpc()
    {
        using var channel = GrpcChannel.ForAddress(grpc);
        var scoring = new ScoringService.ScoringServiceClient(channel);
        using var http = new HttpClient { BaseAddress = new Uri(json) };
        const string assess = "/scoringkernel.v1.ScoringService/Assess", getRuleSet = "/scoringkernel.v1.ScoringService/GetRuleSet";

        foreach (var transport in new[] { "grpc", "json" })
        {
            var before = await Scrape();
            var linesBefore = CallLines().Count;
            string digest;
            if (transport == "grpc")
            {
                digest = (await scoring.AssessAsync(Examples.Illustrative)).Stamp.InputSha256;
                await Assert.ThrowsAsync<RpcException>(async () => await scoring.GetRuleSetAsync(new GetRuleSetRequest { RuleSetId = "nope" }));
            }
            else
            {
                using var answer = await http.PostAsync("/v1/assess", new StringContent(Examples.IllustrativeJson, System.Text.Encoding.UTF8, "application/json"));
                digest = Google.Protobuf.JsonParser.Default.Parse<AssessResponse>(await answer.Content.ReadAsStringAsync()).Stamp.InputSha256;
                using var missing = await http.GetAsync("/v1/ruleSets/nope");
                Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
            }
            var after = await Scrape();
            var lines = CallLines().Skip(linesBefore).ToList();

            Assert.Equal(1, Series(after, "scoringkernel_rpc_duration_seconds_count", assess, "OK") - Series(before, "scoringkernel_rpc_duration_seconds_count", assess, "OK"));
            Assert.Equal(1, Series(after, "scoringkernel_rpc_duration_seconds_count", getRuleSet, "NOTFOUND") - Series(before, "scoringkernel_rpc_duration_seconds_count", getRuleSet, "NOTFOUND"));
            Assert.Equal(12, Counter(after, "scoringkernel_units_scored_total") - Counter(before, "scoringkernel_units_scored_total"));
            Assert.Matches($@"^rpc {assess} OK [\d.]+ ms inputs {digest} client -$", Assert.Single(lines, l => l.Contains(assess, StringComparison.Ordinal)));
            Assert.Matches($@"^rpc {getRuleSet} NOTFOUND [\d.]+ ms inputs - client -$", Assert.Single(lines, l => l.Contains(getRuleSet, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task An_interceptor_added_to_the_grpc_pipeline_sees_the_http_json_calls()
    {
        using var http = new HttpClient { BaseAddress = new Uri(json) };
        (await http.GetAsync("/v1/ruleSets")).EnsureSuccessStatusCode();
        var sweep = new SweepScenarioRequest { Base = Examples.Illustrative, Template = ExpensiveSweep().Template, Start = "60", Stop = "61", Step = "1" };
        using var swept = await http.PostAsync("/v1/scenarios:sweep", new StringContent(Google.Protobuf.JsonFormatter.Default.Format(sweep), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(2, (await swept.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        using var channel = GrpcChannel.ForAddress(grpc);
        await new ScoringService.ScoringServiceClient(channel).ListRuleSetsAsync(new ListRuleSetsRequest());

        Assert.Equal(
            [("/scoringkernel.v1.ScoringService/ListRuleSets", "HTTP/1.1"), ("/scoringkernel.v1.ScenarioService/SweepScenario", "HTTP/1.1"), ("/scoringkernel.v1.ScoringService/ListRuleSets", "HTTP/2")],
            intercepted.ToArray());
    }

    /// <summary>An interceptor added by configuration, made for each call: what it saw, and over which protocol (its HttpContext).</summary>
    private sealed class Recorder(ConcurrentQueue<(string, string)> seen) : Interceptor
    {
        public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
        {
            // The start-up's warm-up calls (not the test's) are left out, as the call log leaves them out.
            if (!Hosting.WarmUp.Asks(context.GetHttpContext())) seen.Enqueue((context.Method, context.GetHttpContext().Request.Protocol));
            return continuation(request, context);
        }

        public override Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
        {
            seen.Enqueue((context.Method, context.GetHttpContext().Request.Protocol));
            return continuation(request, responseStream, context);
        }
    }

    private List<string> CallLines() => logLines.Where(l => l.Category.EndsWith("CallLog", StringComparison.Ordinal)).Select(l => l.Line).ToList();

    private async Task<string> Scrape()
    {
        using var http = new HttpClient { BaseAddress = new Uri(metrics) };
        return await http.GetStringAsync("/metrics");
    }

    private static double Counter(string scrape, string name) =>
        Regex.Matches(scrape, $@"^{name}(?:\{{[^}}]*\}})? ([0-9.eE+-]+)", RegexOptions.Multiline).Sum(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

    private static double Series(string scrape, string name, string method, string status) =>
        Regex.Matches(scrape, $@"^{name}\{{([^}}]*)\}} ([0-9.eE+-]+)", RegexOptions.Multiline)
            .Where(m => m.Groups[1].Value.Contains($"rpc_method=\"{method}\"") && m.Groups[1].Value.Contains($"rpc_grpc_status=\"{status}\""))
            .Sum(m => double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));

    private sealed class Capture(ConcurrentQueue<(string, string)> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);
        public void Dispose() { }

        private sealed class Logger(string category, ConcurrentQueue<(string, string)> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue((category, formatter(state, exception)));
        }
    }
}
