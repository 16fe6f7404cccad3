using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ScoringKernel.Server.Hosting;

/// <summary>
/// The first answers made at start-up, before anyone asks: once the server listens, the workbench's first calls (the
/// rule sets, the target table, the rounds, and an Assess of the embedded example) go through their HTTP/JSON endpoints
/// in-process — reading, the interceptors, the kernel, the words and the JSON writer — so that the code they run is
/// compiled when the first person asks (ReadyToRun cannot precompile the generic code LanguageExt and the collections
/// instantiate over our types). <c>/readyz</c> says "warm-up: not ready" until it is done; the log says how long it took.
/// </summary>
public sealed class WarmUp
{
    private volatile bool done;

    // The warm-up's own calls carry this process's random token in a header, so that the call log and the metrics leave
    // them out (a client cannot know the token, so cannot hide its calls with it).
    private const string Header = "x-scoringkernel-warm-up";
    private static readonly string Token = Guid.NewGuid().ToString("N");

    /// <summary>Whether the call is one of the warm-up's own.</summary>
    public static bool Asks(HttpContext? http) => http is not null && http.Request.Headers[Header] == Token;

    private static readonly (string Verb, string Template, string Path, string? Body)[] Calls =
    [
        ("GET", "/v1/ruleSets", "/v1/ruleSets", null),
        ("GET", "/v1/ruleSets/{rule_set_id}", "/v1/ruleSets/hengyang-2015", null),
        ("GET", "/v1/ruleSets/{rule_set_id}/targetTable", "/v1/ruleSets/hengyang-2015/targetTable", null),
        ("POST", "/v1/assess", "/v1/assess", "workbench/illustrative-2015.json"),
        ("POST", "/v1/assess", "/v1/assess", "workbench/illustrative-2015.json"),
    ];

    public static void Register(WebApplication app, WarmUp warmUp)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ScoringKernel.Server");
        app.Lifetime.ApplicationStarted.Register(() => _ = Task.Run(async () =>
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                foreach (var call in Calls) await Ask(app, call);
                await AskOverLoopback(app);
                log.LogInformation("预热完成 warmed up: the first answers are compiled ({Milliseconds} ms)", clock.ElapsedMilliseconds);
            }
            catch (Exception e)
            {
                // A warm-up that fails costs only speed: the first caller then waits for the JIT, as without it.
                log.LogWarning(e, "预热未完成 warm-up did not finish; the first answers will be slower");
            }
            finally
            {
                warmUp.done = true;
            }
        }, app.Lifetime.ApplicationStopping));
    }

    private static async Task Ask(WebApplication app, (string Verb, string Template, string Path, string? Body) call)
    {
        var endpoint = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .First(e => e.RoutePattern.RawText == call.Template && (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains(call.Verb) ?? false));
        await using var scope = app.Services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Request.Method = call.Verb;
        http.Request.Path = call.Path;
        http.Request.ContentType = "application/json";
        http.Request.Headers[Header] = Token;
        if (call.Body is { } resource)
            http.Request.Body = typeof(WarmUp).Assembly.GetManifestResourceStream(resource) ?? throw new InvalidOperationException($"no resource {resource}");
        foreach (var (name, value) in Values(call.Template, call.Path)) http.Request.RouteValues[name] = value;
        http.Response.Body = Stream.Null;
        await endpoint.RequestDelegate!(http);
        if (http.Response.StatusCode != StatusCodes.Status200OK) throw new InvalidOperationException($"{call.Verb} {call.Path}: HTTP {http.Response.StatusCode}");
    }

    /// <summary>On a plaintext HTTP/JSON listener (development, a loopback service behind a proxy) the same calls once
    /// more through the whole pipeline: the connection, the middleware and the compression the first caller goes through.
    /// A TLS listener with client certificates takes no such call: the in-process calls are what it gets.</summary>
    private static async Task AskOverLoopback(WebApplication app)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30), DefaultRequestHeaders = { { Header, Token } } };
        foreach (var address in ScoringServer.Addresses(app).Where(a => a.StartsWith("http://", StringComparison.Ordinal)))
        {
            try
            {
                using var probe = await client.GetAsync($"{address}/v1/ruleSets");
                if (!probe.IsSuccessStatusCode) continue;
            }
            catch (HttpRequestException)
            {
                continue; // a listener that speaks only HTTP/2 (gRPC)
            }
            foreach (var (verb, _, path, body) in Calls)
            {
                using var request = new HttpRequestMessage(new HttpMethod(verb), address + path);
                request.Headers.AcceptEncoding.ParseAdd("br");
                if (body is { } resource)
                    request.Content = new StreamContent(typeof(WarmUp).Assembly.GetManifestResourceStream(resource)!)
                    {
                        Headers = { ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") },
                    };
                using var response = await client.SendAsync(request);
                await response.Content.CopyToAsync(Stream.Null);
            }
            return;
        }
    }

    private static IEnumerable<(string, string)> Values(string template, string path)
    {
        var pattern = RoutePatternFactory.Parse(template);
        var segments = path.Trim('/').Split('/');
        for (var i = 0; i < pattern.PathSegments.Count; i++)
            if (pattern.PathSegments[i].Parts is [RoutePatternParameterPart parameter]) yield return (parameter.Name, segments[i]);
    }

    /// <summary>For <c>/readyz</c>: not ready until the warm-up has run.</summary>
    public sealed class Check(WarmUp warmUp) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(warmUp.done ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("warming up"));
    }
}
