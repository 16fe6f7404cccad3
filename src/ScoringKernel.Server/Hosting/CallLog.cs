using System.Diagnostics;
using Grpc.Core;
using Grpc.Core.Interceptors;
using ScoringKernel.Contracts.V1;

namespace ScoringKernel.Server.Hosting;

/// <summary>
/// One structured log line and one duration measurement per RPC, gRPC or HTTP/JSON: method, gRPC status, duration,
/// the input digest where the answer has one, and the client in production (its subject as the allow-list spells it).
/// Never a request body or a figure. An interceptor, so it sees both: the HTTP/JSON routes run the service's
/// interceptors too (<see cref="HttpJson.GrpcInterceptors"/>). The workbench's downloads, which are not RPCs, log
/// through <see cref="Record"/> the same line and measurement. A refusal for a role is counted by route and role.
/// </summary>
public sealed class CallLog(ILogger<CallLog> log, KernelMetrics metrics) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        if (WarmUp.Asks(context.GetHttpContext())) return await continuation(request, context);
        var clock = Stopwatch.StartNew();
        try
        {
            var response = await continuation(request, context);
            Done(context.Method, StatusCode.OK, clock.Elapsed, Client(context), response);
            return response;
        }
        catch (RpcException e)
        {
            Done(context.Method, e.StatusCode, clock.Elapsed, Client(context), null);
            CountRefusal(context.Method, e);
            throw;
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            await continuation(request, responseStream, context);
            Done(context.Method, StatusCode.OK, clock.Elapsed, Client(context), null);
        }
        catch (RpcException e)
        {
            Done(context.Method, e.StatusCode, clock.Elapsed, Client(context), null);
            throw;
        }
        catch (OperationCanceledException)
        {
            Done(context.Method, StatusCode.Cancelled, clock.Elapsed, Client(context), null);
            throw;
        }
    }

    /// <summary>Records a finished call: the metric, the counters its answer moves, and the log line.</summary>
    private void Done(string method, StatusCode status, TimeSpan duration, string? client, object? response) =>
        Record(method, status, duration, client, response switch
        {
            AssessResponse a => Counted(a),
            EvaluateResponse e => Evaluated(e),
            ScoreUnitResponse s => Scored(s),
            _ => null,
        });

    /// <summary>The log line and the duration of a call: <paramref name="method"/> an RPC's path or a route ("POST /workbench/files/notice.docx").</summary>
    public void Record(string method, StatusCode status, TimeSpan duration, string? client, string? digest)
    {
        var statusName = status.ToString().ToUpperInvariant();
        metrics.Rpc(method, statusName, duration);
        log.LogInformation("rpc {Method} {Status} {DurationMs} ms inputs {InputSha256} client {Client}",
            method, statusName, Math.Round(duration.TotalMilliseconds, 3), digest ?? "-", client ?? "-");
    }

    private string Counted(AssessResponse a)
    {
        metrics.Assessed(a.Assessment?.ScoreCards.Count ?? 0);
        return a.Stamp?.InputSha256 ?? "-";
    }

    private string Evaluated(EvaluateResponse e)
    {
        metrics.Assessed(e.Assessment?.ScoreCards.Count ?? 0);
        return e.Stamp?.InputSha256 ?? "-";
    }

    private string Scored(ScoreUnitResponse s)
    {
        metrics.Scored(1);
        return s.Stamp?.InputSha256 ?? "-";
    }

    private void CountRefusal(string method, RpcException e)
    {
        if (e.StatusCode is StatusCode.PermissionDenied or StatusCode.Unauthenticated)
            metrics.Refused(method, (e is Services.RefusedCall refused ? refused.Refusal : e.GetRpcStatus()) is { } status ? Access.Refusals.RoleOf(status) : "-", ((Google.Rpc.Code)(int)e.StatusCode).ToString());
    }

    private static string? Client(ServerCallContext context) => ClientOf(context.GetHttpContext());

    /// <summary>The client as the allow-list spells its subject (production); none in development.</summary>
    public static string? ClientOf(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true ? http.User.FindFirst(System.Security.Claims.ClaimTypes.Name)?.Value : null;
}
