namespace ScoringKernel.Server.Hosting;

/// <summary>
/// What an operator tunes: admission control for the expensive RPCs, the metrics address, the log format.
/// Defaults suit a 2-core machine: a sweep or a margin search keeps a core busy, so a handful at once is what it can
/// serve while health checks and small Assess calls still answer at once.
/// </summary>
/// <param name="Admission">Off (<c>--admission false</c>: the rate-limiting middleware is left out of the pipeline) only to measure what admission control costs.</param>
/// <param name="ServerLimit">Expensive calls running at once on the server (<c>--admission-server-limit</c>).</param>
/// <param name="ClientLimit">Expensive calls running at once for one client: the certificate subject in production, the connection in development (<c>--admission-client-limit</c>).</param>
/// <param name="QueueLimit">Expensive calls waiting, per client and on the server, before more are refused at once (<c>--admission-queue</c>).</param>
/// <param name="RetryAfterMs">The retry hint a refusal carries (<c>--admission-retry-ms</c>).</param>
/// <param name="MetricsUrl">Where Prometheus scrapes <c>/metrics</c> (<c>--metrics-url</c>, <c>none</c> to turn off); plaintext, loopback unless allowed.</param>
/// <param name="JsonLogs">One JSON object per log line (<c>--log-format json</c>) instead of plain text.</param>
public sealed record OperationsOptions(
    bool Admission = true,
    int ServerLimit = 4,
    int ClientLimit = 2,
    int QueueLimit = 4,
    int RetryAfterMs = 500,
    Uri? MetricsUrl = null,
    bool JsonLogs = false)
{
    public const string DefaultMetricsUrl = "http://127.0.0.1:9464";

    public static OperationsOptions From(IConfiguration config)
    {
        var metrics = config["metrics-url"] is { Length: > 0 } m ? m : DefaultMetricsUrl;
        return new OperationsOptions(
            Admission: Bool(config, "admission", true),
            ServerLimit: Positive(config, "admission-server-limit", 4),
            ClientLimit: Positive(config, "admission-client-limit", 2),
            QueueLimit: NonNegative(config, "admission-queue", 4),
            RetryAfterMs: Positive(config, "admission-retry-ms", 500),
            MetricsUrl: metrics.Equals("none", StringComparison.OrdinalIgnoreCase) ? null
                : Uri.TryCreate(metrics, UriKind.Absolute, out var u) && u.Scheme == Uri.UriSchemeHttp ? u
                : throw new ServerConfigurationException($"--metrics-url: must be an http:// URL or none (got '{metrics}')"),
            JsonLogs: (config["log-format"] ?? "text").ToLowerInvariant() switch
            {
                "text" => false,
                "json" => true,
                var other => throw new ServerConfigurationException($"--log-format: must be text or json (got '{other}')"),
            });
    }

    private static bool Bool(IConfiguration config, string key, bool fallback) => config[key] switch
    {
        null or "" => fallback,
        var v when bool.TryParse(v, out var b) => b,
        var v => throw new ServerConfigurationException($"--{key}: must be true or false (got '{v}')"),
    };

    private static int Positive(IConfiguration config, string key, int fallback) => Whole(config, key, fallback, 1);

    private static int NonNegative(IConfiguration config, string key, int fallback) => Whole(config, key, fallback, 0);

    private static int Whole(IConfiguration config, string key, int fallback, int least) => config[key] switch
    {
        null or "" => fallback,
        var v when int.TryParse(v, out var n) && n >= least => n,
        var v => throw new ServerConfigurationException($"--{key}: must be a whole number of at least {least} (got '{v}')"),
    };
}
