using System.Buffers;
using System.Reflection;
using System.Text.Json;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Rpc;
using Grpc.Core;
using ScoringKernel.Core.Problems;
using ScoringKernel.Wire.Json;
using ScoringKernel.Words;
using ScoringKernel.Server.Hosting;
using ScoringKernel.Server.Services;
using FieldViolation = Google.Rpc.BadRequest.Types.FieldViolation;

namespace ScoringKernel.Server.HttpJson;

/// <summary>
/// HTTP/JSON beside gRPC: every route the contract declares with google.api.http calls the same service method a
/// gRPC client would, through the same interceptors (<see cref="GrpcInterceptors"/>: the call log and metrics among
/// them), under the RPC's line of the role table (<see cref="Access.EndpointRoles"/>). Requests are read by the one JSON reader every way in
/// shares (<see cref="ProtoJsonReader"/>: the body, or the route's path values for a GET), so a mistake is refused as
/// every problem is (<see cref="StatusMapping.Of"/>: proto field path, English description with line and column,
/// reason, localized message in the Accept-Language's language, ErrorInfo), in the same words the command line uses; responses are proto3 JSON
/// (<see cref="ProtoJsonWriter"/>), a streaming response one JSON object per line (application/x-ndjson); a failure is
/// the google.rpc.Status as JSON with the HTTP status google/rpc/code.proto gives its code.
/// </summary>
public static class JsonGateway
{
    /// <summary>JSON spells a message out at several times its binary size (a workbook in base64 at 4/3): 16 MiB, four times
    /// the workbook limit; the message itself must still fit <see cref="RequestFraming.MaxMessageBytes"/>.</summary>
    public const int MaxBodyBytes = 4 * (int)ScoringKernel.Files.Workbooks.SheetReader.MaxFileBytes;

    /// <summary>The longest string value a JSON body may hold: 4 MiB, the limit of a workbook (bytes fields are not strings here).</summary>
    public const int MaxStringBytes = (int)ScoringKernel.Files.Workbooks.SheetReader.MaxFileBytes;

    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public static void MapJsonRoutes<TService>(this IEndpointRouteBuilder endpoints, Google.Protobuf.Reflection.ServiceDescriptor service) where TService : class
    {
        var options = endpoints.ServiceProvider.GetRequiredService<ServerOptions>();
        var reading = new JsonReading(IgnoreUnknownFields: options.JsonUnknownFields == UnknownJsonFields.Ignore, MaxStringBytes: MaxStringBytes);
        var create = ActivatorUtilities.CreateFactory(typeof(TService), Type.EmptyTypes);
        var interceptors = GrpcInterceptors.For<TService>(endpoints.ServiceProvider);
        foreach (var route in JsonRoute.Of(typeof(TService), service))
        {
            var (request, response) = (route.Method.InputType.ClrType, route.Method.OutputType.ClrType);
            var call = (Call)typeof(JsonGateway)
                .GetMethod(route.Method.IsServerStreaming ? nameof(Streaming) : nameof(Unary), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(typeof(TService), request, response)
                .Invoke(null, [route, interceptors])!;
            var endpoint = endpoints.MapMethods(route.Template, [route.Verb], async http =>
            {
                var message = await ReadRequest(http, route, reading);
                if (message is null) return;
                try
                {
                    await call(http, create(http.RequestServices, null), message);
                }
                catch (RefusedCall e)
                {
                    await StatusJson.Write(http, e.Refusal, http.RequestAborted);
                }
                catch (RpcException e)
                {
                    // Refused outside the service method (an interceptor): the status its trailer carries.
                    var status = e.GetRpcStatus() ?? new Google.Rpc.Status { Code = (int)e.StatusCode, Message = e.Status.Detail };
                    await StatusJson.Write(http, status, http.RequestAborted);
                }
            });
            // The route itself rides on the endpoint: the OpenAPI document is built from the endpoints served.
            endpoint.WithMetadata(route);
            endpoint.WithMetadata(new Access.CallsRpc(route.GrpcPath));
            if (route.RateLimiting is { } admission) endpoint.RequireRateLimiting(admission);
        }
    }

    /// <summary>Calls the service method through the service's gRPC interceptors and writes its answer.</summary>
    private delegate Task Call(HttpContext http, object service, IMessage request);

    private static Call Unary<TService, TRequest, TResponse>(JsonRoute route, GrpcInterceptors interceptors)
        where TRequest : class, IMessage where TResponse : class, IMessage
    {
        var method = route.Implementation.CreateDelegate<Func<TService, TRequest, ServerCallContext, Task<TResponse>>>();
        return async (http, service, request) =>
        {
            var response = await interceptors.Unary<TRequest, TResponse>((TRequest)request, new HttpJsonCallContext(http, route.GrpcPath), http.RequestServices,
                (r, context) => method((TService)service, r, context));
            http.Response.ContentType = "application/json; charset=utf-8";
            ProtoJsonWriter.Write(http.Response.BodyWriter, response);
            await http.Response.BodyWriter.FlushAsync(http.RequestAborted);
        };
    }

    private static Call Streaming<TService, TRequest, TResponse>(JsonRoute route, GrpcInterceptors interceptors)
        where TRequest : class, IMessage where TResponse : class, IMessage
    {
        var method = route.Implementation.CreateDelegate<Func<TService, TRequest, IServerStreamWriter<TResponse>, ServerCallContext, Task>>();
        return (http, service, request) =>
        {
            http.Response.ContentType = "application/x-ndjson; charset=utf-8";
            return interceptors.ServerStreaming<TRequest, TResponse>((TRequest)request, new LineWriter<TResponse>(http), new HttpJsonCallContext(http, route.GrpcPath), http.RequestServices,
                (r, stream, context) => method((TService)service, r, stream, context));
        };
    }

    /// <summary>Each message of a server stream as one line of JSON.</summary>
    private sealed class LineWriter<T>(HttpContext http) : IServerStreamWriter<T> where T : IMessage
    {
        public WriteOptions? WriteOptions { get; set; }

        public Task WriteAsync(T message) => WriteAsync(message, http.RequestAborted);

        public async Task WriteAsync(T message, CancellationToken cancellationToken)
        {
            ProtoJsonWriter.Write(http.Response.BodyWriter, message);
            http.Response.BodyWriter.Write(NewLine.AsSpan());
            await http.Response.BodyWriter.FlushAsync(cancellationToken);
        }
    }

    /// <summary>The request the route carries, or null once a refusal has been written.</summary>
    private static async Task<IMessage?> ReadRequest(HttpContext http, JsonRoute route, JsonReading reading)
    {
        byte[] json;
        if (route.HasBody)
        {
            var body = await RequestBodies.ReadBoundedAsync(http.Request.BodyReader, MaxBodyBytes, http.RequestAborted);
            if (body is null)
            {
                await Refuse(http, Code.ResourceExhausted, Problem.Of(new WireReason.BodyTooLarge(MaxBodyBytes)));
                return null;
            }
            json = body;
        }
        else json = PathValues(http);

        var read = ProtoJsonReader.Read(json, route.Method.InputType, reading);
        if (read.IsLeft)
        {
            var problems = read.LeftToSeq().Head;
            var shown = route.HasBody ? problems : problems.Map(ProtoJsonReader.WithoutPosition); // a GET has no body to point into
            var code = problems.Exists(p => SizeLimit.Is(p.Reason)) ? Code.ResourceExhausted : Code.InvalidArgument;
            var language = Languages.FromAcceptLanguage(http.Request.Headers.AcceptLanguage.ToString());
            await StatusJson.Write(http, StatusMapping.Of(code, shown.ToList(), language), http.RequestAborted);
            return null;
        }
        var message = read.RightToSeq().Head.Message;
        var size = message.CalculateSize();
        if (size > RequestFraming.MaxMessageBytes)
        {
            await Refuse(http, Code.ResourceExhausted, Problem.Of(new WireReason.MessageTooLarge(ScoringKernel.Core.Validation.DecimalParsing.Format(size), RequestFraming.MaxMessageBytes)));
            return null;
        }
        return message;
    }

    /// <summary>A GET's route values and query parameters as one JSON object of strings, for the reader to read like any body.</summary>
    private static byte[] PathValues(HttpContext http)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in http.Request.RouteValues) writer.WriteString(name, value?.ToString());
            foreach (var (name, values) in http.Request.Query) writer.WriteString(name, values.ToString());
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>A refusal of the request as a whole, in the caller's language (its reason, words and ErrorInfo as any problem's).</summary>
    private static Task Refuse(HttpContext http, Code code, Problem problem) =>
        StatusJson.Write(http, StatusMapping.Of(code, [problem], Languages.FromAcceptLanguage(http.Request.Headers.AcceptLanguage.ToString())), http.RequestAborted);
}
