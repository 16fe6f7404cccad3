using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ScoringKernel.Application;
using ScoringKernel.Store;

namespace ScoringKernel.Server.Hosting;

/// <summary>
/// The probes an orchestrator calls, on the management listener beside <c>/metrics</c> (<c>--metrics-url</c>:
/// loopback, plaintext, no client certificate): <c>GET /healthz</c> answers 200 while the process serves requests;
/// <c>GET /readyz</c> 200 when the event store answers and is as migrated and the rule sets are loaded, else 503
/// naming what is not ready (the store, the rule sets, or the start-up's warm-up, <see cref="WarmUp"/>). They say nothing but that (no error text, no address, no version). ASP.NET Core's
/// health checks run them; the gRPC health service (behind the client certificate) keeps its own rule, the embedded
/// rule set, and does not follow the store.
/// </summary>
public static class Probes
{
    /// <summary>The tag of the checks <c>/readyz</c> runs.</summary>
    public const string Ready = "ready";

    public static void AddServices(IServiceCollection services) =>
        services.AddHealthChecks()
            .AddCheck<StoreCheck>("store", HealthStatus.Unhealthy, [Ready], TimeSpan.FromSeconds(5))
            .AddCheck<RuleSetCheck>("rule-sets", HealthStatus.Unhealthy, [Ready])
            .AddCheck<WarmUp.Check>("warm-up", HealthStatus.Unhealthy, [Ready]);

    /// <summary>The probes' routes, for a pipeline that only the management listener's connections enter.</summary>
    public static void Use(IApplicationBuilder app)
    {
        app.UseHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = Write });
        app.UseHealthChecks("/readyz", new HealthCheckOptions { Predicate = r => r.Tags.Contains(Ready), ResponseWriter = Write });
    }

    /// <summary>"ready", or one line per check: "store: not ready" / "rule-sets: ready".</summary>
    private static Task Write(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "text/plain; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        var lines = report.Entries.Count == 0
            ? ["alive"]
            : report.Entries.Select(e => $"{e.Key}: {(e.Value.Status == HealthStatus.Healthy ? "ready" : "not ready")}");
        return http.Response.WriteAsync(string.Join("\n", lines) + "\n");
    }

    /// <summary>The event store answers, and its journal still holds every migration this start-up left applied.</summary>
    private sealed class StoreCheck(SqlEventStore store) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var missing = await store.MissingMigrationsAsync(cancellationToken);
                return missing.Count == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("not migrated");
            }
            catch (Exception e) when (e is System.Data.Common.DbException or TimeoutException or InvalidOperationException or IOException or OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy("does not answer");
            }
        }
    }

    /// <summary>The rule sets loaded: at least one, each with a target table that has units to score.</summary>
    private sealed class RuleSetCheck(ScoringApi api) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(api.Catalog.Entries.Count > 0 && api.Catalog.Entries.ForAll(e => !e.Targets.Units.IsEmpty)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("no rule set"));
    }
}
