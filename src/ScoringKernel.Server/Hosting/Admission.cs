using System.Globalization;
using System.Threading.RateLimiting;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Microsoft.AspNetCore.RateLimiting;

namespace ScoringKernel.Server.Hosting;

/// <summary>
/// Admission control for the expensive RPCs (the endpoints marked <c>[EnableRateLimiting(Admission.Expensive)]</c>),
/// with ASP.NET Core's rate-limiting middleware: each client may run <see cref="OperationsOptions.ClientLimit"/> at
/// once with a short queue of its own, and the server <see cref="OperationsOptions.ServerLimit"/> at once with a
/// short queue; a client waits in its own queue before it takes a place in the server's, so a client that opens a
/// hundred sweeps holds at most its own share. Beyond the queues a call is refused at once: RESOURCE_EXHAUSTED with
/// a message naming the limits, a <c>grpc-retry-pushback-ms</c> trailer and a google.rpc.RetryInfo detail (over
/// HTTP/JSON: 429 with Retry-After). Health, ListRuleSets and GetRuleSet are never marked, so never wait.
/// </summary>
public static class Admission
{
    public const string Expensive = "expensive";

    public static void AddServices(IServiceCollection services, OperationsOptions options, KernelMetrics metrics)
    {
        var server = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = options.ServerLimit, QueueLimit = options.QueueLimit, QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        metrics.Queued = () => server.GetStatistics()?.CurrentQueuedCount ?? 0;
        var message = $"too many expensive calls: at most {options.ClientLimit} run at once per client (with {options.QueueLimit} waiting) " +
                      $"and {options.ServerLimit} on the server (with {options.QueueLimit} waiting); retry in {options.RetryAfterMs} ms";
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(Expensive, http => RateLimitPartition.Get(ClientOf(http), _ => new ClientThenServer(new ConcurrencyLimiter(new ConcurrencyLimiterOptions
            {
                PermitLimit = options.ClientLimit, QueueLimit = options.QueueLimit, QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }), server)));
            o.OnRejected = (context, cancel) =>
            {
                metrics.Rejected(context.HttpContext.Request.Path.Value ?? "");
                return Refuse(context.HttpContext, message, options.RetryAfterMs, cancel);
            };
        });
    }

    /// <summary>Who a call counts against: the client as the allow-list names it in production, the connection in development.</summary>
    private static string ClientOf(HttpContext http) =>
        CallLog.ClientOf(http) is { Length: > 0 } subject ? "subject " + subject : "connection " + http.Connection.Id;

    private static async ValueTask Refuse(HttpContext http, string message, int retryAfterMs, CancellationToken cancel)
    {
        var status = new Google.Rpc.Status
        {
            Code = (int)Code.ResourceExhausted,
            Message = message,
            Details = { Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(TimeSpan.FromMilliseconds(retryAfterMs)) }) },
        };
        if (Access.CallRefusal.IsGrpc(http))
            http.Response.Headers["grpc-retry-pushback-ms"] = retryAfterMs.ToString(CultureInfo.InvariantCulture);
        else
            http.Response.Headers.RetryAfter = Math.Max(1, (retryAfterMs + 999) / 1000).ToString(CultureInfo.InvariantCulture);
        await Access.CallRefusal.Write(http, status, cancel);
    }

    /// <summary>A client's own limiter, then the server's shared one; disposing it disposes only the client's.</summary>
    private sealed class ClientThenServer(ConcurrencyLimiter client, ConcurrencyLimiter server) : RateLimiter
    {
        public override TimeSpan? IdleDuration => client.IdleDuration;

        public override RateLimiterStatistics? GetStatistics() => client.GetStatistics();

        protected override RateLimitLease AttemptAcquireCore(int permitCount)
        {
            var mine = client.AttemptAcquire(permitCount);
            if (!mine.IsAcquired) return mine;
            var shared = server.AttemptAcquire(permitCount);
            if (shared.IsAcquired) return new Both(mine, shared);
            mine.Dispose();
            return shared;
        }

        protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
        {
            var mine = await client.AcquireAsync(permitCount, cancellationToken);
            if (!mine.IsAcquired) return mine;
            RateLimitLease shared;
            try { shared = await server.AcquireAsync(permitCount, cancellationToken); }
            catch { mine.Dispose(); throw; }
            if (shared.IsAcquired) return new Both(mine, shared);
            mine.Dispose();
            return shared;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) client.Dispose();
        }
    }

    private sealed class Both(RateLimitLease first, RateLimitLease second) : RateLimitLease
    {
        public override bool IsAcquired => true;
        public override IEnumerable<string> MetadataNames => [];
        public override bool TryGetMetadata(string metadataName, out object? metadata) { metadata = null; return false; }

        protected override void Dispose(bool disposing)
        {
            if (!disposing) return;
            second.Dispose();
            first.Dispose();
        }
    }
}
