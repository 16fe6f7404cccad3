using Google.Rpc;
using Microsoft.AspNetCore.Diagnostics;

namespace ScoringKernel.Server.HttpJson;

/// <summary>
/// Answers with a google.rpc.Status what the routes leave without a body: no route for the path (404), a route
/// without that method (405), a body of a type the route does not take (415). The HTTP status stays.
/// </summary>
public static class StatusPages
{
    public static async Task Write(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var (code, words) = http.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => (Code.NotFound, ("没有这个地址", "no such route")),
            StatusCodes.Status405MethodNotAllowed => (Code.Unimplemented, ("此地址不接受该请求方法", "the route does not take this method")),
            StatusCodes.Status401Unauthorized => (Code.Unauthenticated, ("需要客户端证书", "the call needs a client certificate")),
            StatusCodes.Status403Forbidden => (Code.PermissionDenied, ("没有此项权限", "the client may not make this call")),
            StatusCodes.Status415UnsupportedMediaType => (Code.InvalidArgument, ("请求内容的类型不受支持", "the request's content type is not supported")),
            var other => (Code.Unknown, ($"HTTP {other}", $"HTTP {other}")),
        };
        var target = $"{http.Request.Method} {http.Request.Path}";
        var status = new Google.Rpc.Status { Code = (int)code, Message = $"{words.Item2}: {target}" };
        status.Details.Add(Google.Protobuf.WellKnownTypes.Any.Pack(new LocalizedMessage { Locale = "zh-CN", Message = $"{words.Item1}:{target}" }));
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(StatusJson.Format(status), http.RequestAborted);
    }
}
