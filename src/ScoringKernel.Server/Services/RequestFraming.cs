using System.Buffers.Binary;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Health.V1;
using ScoringKernel.Contracts.V1;

namespace ScoringKernel.Server.Services;

/// <summary>
/// Checks the body of every gRPC call whose request is a single message (unary and server streaming) before
/// grpc-dotnet sees it: one complete, uncompressed frame holding a valid protobuf encoding of the method's request
/// type, no larger than the limit. grpc-dotnet answers a body it cannot decode with UNKNOWN or INTERNAL; a client's
/// malformed bytes are the client's problem, so this answers INVALID_ARGUMENT (or RESOURCE_EXHAUSTED for size),
/// naming the problem and never an exception's text. The message is walked, not decoded (<see cref="EncodingWalk"/>);
/// only bytes the walk does not vouch for are decoded here to decide.
/// </summary>
public sealed class RequestFraming(RequestDelegate next)
{
    public const int MaxMessageBytes = 4 * 1024 * 1024;

    private static readonly Dictionary<string, MessageDescriptor> SingleMessageMethods = Build(
        ScoringService.Descriptor, ScenarioService.Descriptor, Health.Descriptor);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method)
            || context.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) != true
            || !SingleMessageMethods.TryGetValue(context.Request.Path.Value ?? "", out var input))
        {
            await next(context);
            return;
        }
        var body = await RequestBodies.ReadBoundedAsync(context.Request.BodyReader, MaxMessageBytes + 5, context.RequestAborted);
        var problem = body is null
            ? (StatusCode.ResourceExhausted, $"the request is larger than the {MaxMessageBytes}-byte message limit")
            : Check(body, input);
        if (problem is { } p)
        {
            context.Response.ContentType = "application/grpc";
            context.Response.Headers["grpc-status"] = ((int)p.Item1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Response.Headers["grpc-message"] = Uri.EscapeDataString(p.Item2);
            return;
        }
        context.Request.Body = new MemoryStream(body!, writable: false);
        await next(context);
    }

    private static (StatusCode, string)? Check(byte[] body, MessageDescriptor input)
    {
        if (body.Length < 5)
            return (StatusCode.InvalidArgument, $"the request is not one complete gRPC message frame ({body.Length} bytes)");
        if (body[0] != 0)
            return (StatusCode.InvalidArgument, "compressed requests are not accepted: send the message uncompressed");
        var length = BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(1, 4));
        if (length > MaxMessageBytes)
            return (StatusCode.ResourceExhausted, $"the request message of {length} bytes exceeds the {MaxMessageBytes}-byte message limit");
        if (length != body.Length - 5)
            return (StatusCode.InvalidArgument, $"the request frame announces {length} bytes but carries {body.Length - 5}: send exactly one complete message");
        // Walking the bytes costs a few microseconds; decoding them here would build the whole request once more.
        if (EncodingWalk.Vouches(body.AsSpan(5), input)) return null;
        try
        {
            input.Parser.ParseFrom(body, 5, (int)length);
            return null;
        }
        catch (InvalidProtocolBufferException)
        {
            return (StatusCode.InvalidArgument, $"the request body is not a valid protobuf encoding of {input.FullName}");
        }
    }

    private static Dictionary<string, MessageDescriptor> Build(params Google.Protobuf.Reflection.ServiceDescriptor[] services) =>
        services.SelectMany(s => s.Methods.Where(m => !m.IsClientStreaming).Select(m => (Path: $"/{s.FullName}/{m.Name}", m.InputType)))
            .ToDictionary(x => x.Path, x => x.InputType, StringComparer.Ordinal);
}
