using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using OpenTelemetry.Metrics;

namespace ScoringKernel.Server.Hosting;

/// <summary>
/// Metrics for Prometheus: ASP.NET Core's and the server's own (<see cref="KernelMetrics"/>), scraped at
/// <c>/metrics</c> on an address of its own (<see cref="OperationsOptions.MetricsUrl"/>), plaintext HTTP/1.1 and off
/// the client-certificate path; that address serves nothing else but the probes (<see cref="Probes"/>), and no other
/// address serves <c>/metrics</c> or the probes.
/// </summary>
public static class Telemetry
{
    private const string MetricsConnection = "scoringkernel.metrics";

    public static void AddServices(IServiceCollection services) =>
        services.AddOpenTelemetry().WithMetrics(m => m
            .AddAspNetCoreInstrumentation()
            .AddMeter(KernelMetrics.MeterName)
            .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));

    public static void ConfigureEndpoint(KestrelServerOptions kestrel, OperationsOptions operations, ServerOptions options)
    {
        if (operations.MetricsUrl is not { } url) return;
        if (!ServerOptions.IsLoopback(url) && !options.AllowPlaintextNonLoopback)
            throw new ServerConfigurationException($"--metrics-url {url}: metrics are served in plaintext; keep them on loopback, or set --allow-plaintext-non-loopback true if you really mean it");
        kestrel.Listen(ServerOptions.Address(url), url.Port, o =>
        {
            o.Protocols = HttpProtocols.Http1;
            o.Use(next => connection =>
            {
                connection.Items[MetricsConnection] = true;
                return next(connection);
            });
        });
    }

    public static void Use(WebApplication app)
    {
        app.UseWhen(IsMetricsConnection, Probes.Use);
        app.Use(async (http, next) =>
        {
            if (IsMetricsConnection(http) && http.Request.Path != "/metrics")
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            await next(http);
        });
        app.UseOpenTelemetryPrometheusScrapingEndpoint(http => IsMetricsConnection(http) && http.Request.Path == "/metrics");
    }

    private static bool IsMetricsConnection(HttpContext http) =>
        http.Features.Get<IConnectionItemsFeature>()?.Items.ContainsKey(MetricsConnection) == true;
}
