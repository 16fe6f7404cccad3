using System.Globalization;
using Google.Protobuf;
using Google.Rpc;

namespace ScoringKernel.Server.Access;

/// <summary>
/// A call refused before its handler ran, answered in the caller's protocol: a gRPC call gets a trailers-only
/// response (grpc-status, grpc-message, grpc-status-details-bin with the whole google.rpc.Status), anything else the
/// status as JSON with the HTTP status google/rpc/code.proto gives its code.
/// </summary>
public static class CallRefusal
{
    public static bool IsGrpc(HttpContext http) =>
        http.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) == true;

    public static Task Write(HttpContext http, Google.Rpc.Status status, CancellationToken cancel)
    {
        if (!IsGrpc(http)) return HttpJson.StatusJson.Write(http, status, cancel);
        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/grpc";
        response.Headers["grpc-status"] = status.Code.ToString(CultureInfo.InvariantCulture);
        response.Headers["grpc-message"] = Uri.EscapeDataString(status.Message);
        response.Headers["grpc-status-details-bin"] = Convert.ToBase64String(status.ToByteArray());
        return Task.CompletedTask;
    }
}
