using Grpc.Core;

namespace ScoringKernel.Server.HttpJson;

/// <summary>The call context a gRPC service method sees when it is called through an HTTP/JSON route.</summary>
internal sealed class HttpJsonCallContext(HttpContext http, string method) : ServerCallContext
{
    private readonly Metadata trailers = [];
    private readonly Metadata headers = From(http.Request.Headers);

    /// <summary>Where grpc-dotnet's <c>GetHttpContext()</c> looks for a context it did not make, so interceptors can use it here too.</summary>
    private const string HttpContextKey = "__HttpContext";

    protected override string MethodCore => method;
    protected override string HostCore => http.Request.Host.Value ?? "";
    protected override string PeerCore => $"ipv4:{http.Connection.RemoteIpAddress}:{http.Connection.RemotePort}";
    protected override DateTime DeadlineCore => DateTime.MaxValue;
    protected override Metadata RequestHeadersCore => headers;
    protected override CancellationToken CancellationTokenCore => http.RequestAborted;
    protected override Metadata ResponseTrailersCore => trailers;
    protected override Status StatusCore { get; set; }
    protected override WriteOptions? WriteOptionsCore { get; set; }
    protected override AuthContext AuthContextCore => new(null, []);

    protected override ContextPropagationToken CreatePropagationTokenCore(ContextPropagationOptions? options) =>
        throw new NotSupportedException("calls made through HTTP/JSON do not propagate");

    protected override IDictionary<object, object> UserStateCore { get; } = new Dictionary<object, object> { [HttpContextKey] = http };

    protected override Task WriteResponseHeadersAsyncCore(Metadata responseHeaders) => Task.CompletedTask;

    private static Metadata From(IHeaderDictionary headers)
    {
        var metadata = new Metadata();
        foreach (var (name, values) in headers)
            if (!name.StartsWith(':') && !name.EndsWith("-bin", StringComparison.OrdinalIgnoreCase))
                foreach (var v in values) metadata.Add(name.ToLowerInvariant(), v ?? "");
        return metadata;
    }
}
