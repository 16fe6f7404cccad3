using Grpc.Core;

namespace ScoringKernel.Server.Services;

/// <summary>
/// A call refused, on its way out of a service method: the google.rpc.Status made once (<see cref="StatusMapping.Of"/>)
/// and carried as it is. gRPC sends it as the <c>grpc-status-details-bin</c> trailer; the HTTP/JSON gateway writes
/// <see cref="Refusal"/> as JSON, so a call made through it gets no trailer to parse back.
/// </summary>
public sealed class RefusedCall : RpcException
{
    private RefusedCall(Google.Rpc.Status refusal, RpcException made) : base(made.Status, made.Trailers, made.Message) => Refusal = refusal;

    public Google.Rpc.Status Refusal { get; }

    /// <summary>The refusal with its trailer, for a gRPC client.</summary>
    public static RefusedCall Of(Google.Rpc.Status status) => new(status, status.ToRpcException());

    /// <summary>The refusal of a call made in <paramref name="context"/>: with its trailer for gRPC, without for HTTP/JSON.</summary>
    public static RefusedCall Of(Google.Rpc.Status status, ServerCallContext context) =>
        context is HttpJson.HttpJsonCallContext
            ? new(status, new RpcException(new Grpc.Core.Status((StatusCode)status.Code, status.Message)))
            : Of(status);
}
