using System.Buffers.Binary;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Health.V1;
using ScoringKernel.Contracts.V1;

namespace ScoringKernel.Server.Services;

// Why this stays a middleware (observed with grpc-dotnet 2.85.0, MarshallerBehaviourTests): a request marshaller
// whose deserializer throws RpcException(INVALID_ARGUMENT) does reach the client with that status, message and
// trailers, so undecodable bytes are refused by the marshaller (UndecodableRequests). But grpc-dotnet reads the frame
// before any marshaller sees it, and answers a frame that is short or empty or announces more bytes than it carries
// with INTERNAL "Incomplete message.", one followed by more bytes with INTERNAL "Additional data after the message
// received.", and a compressed one without grpc-encoding with INTERNAL "Request did not include grpc-encoding value
// with compressed message."; no interceptor sees those calls either. So the frame is checked here.

/// <summary>
/// Checks the frame of every gRPC call whose request is a single message (unary and server streaming) before
/// grpc-dotnet reads it: one complete, uncompressed frame no larger than the limit, else INVALID_ARGUMENT (or
/// RESOURCE_EXHAUSTED for size) naming the problem. The message inside is decoded by the services' own marshaller
/// (<see cref="UndecodableRequests"/>); only for services bound by their packages (health) is it decoded here too.
/// </summary>
public sealed class RequestFraming(RequestDelegate next)
{
    /// <summary>
    /// 4 MiB and 64 KiB: a workbook at its own limit (<see cref="ScoringKernel.Files.Workbooks.SheetReader.MaxFileBytes"/>,
    /// 4 MiB) fits with the fields around it, so the limit a clerk meets is the workbook's, said once; every other request
    /// is far below it.
    /// </summary>
    public const int MaxMessageBytes = (int)ScoringKernel.Files.Workbooks.SheetReader.MaxFileBytes + 64 * 1024;

    /// <summary>Each single-message method's path, with its request type where the decoding is checked here.</summary>
    private static readonly Dictionary<string, MessageDescriptor?> SingleMessageMethods = new[]
        {
            Methods(ScoringService.Descriptor, decodedHere: false), Methods(ScenarioService.Descriptor, decodedHere: false),
            Methods(Health.Descriptor, decodedHere: true),
        }
        .SelectMany(m => m).ToDictionary(StringComparer.Ordinal);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method)
            || context.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) != true
            || !SingleMessageMethods.TryGetValue(context.Request.Path.Value ?? "", out var input))
        {
            await next(context);
            return;
        }
        var (body, head) = await RequestBodies.ReadBoundedOrHeadAsync(context.Request.BodyReader, MaxMessageBytes + 5, 5, context.RequestAborted);
        var frame = body ?? head;
        if (body is null || (body.Length >= 5 && BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(1, 4)) > MaxMessageBytes))
        {
            // Too large: a typed problem (REQUEST_MESSAGE_TOO_LARGE, words in the caller's language) in grpc-status-details-bin.
            // Read no further than the limit: the frame's header says the size of the message (an uncompressed frame's).
            var size = frame.Length >= 5 && frame[0] == 0
                ? ScoringKernel.Core.Validation.DecimalParsing.Format(BinaryPrimitives.ReadUInt32BigEndian(frame.AsSpan(1, 4)))
                : ">" + MaxMessageBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var language = ScoringKernel.Words.Languages.FromAcceptLanguage(context.Request.Headers.AcceptLanguage.ToString());
            var status = StatusMapping.Of(Google.Rpc.Code.ResourceExhausted,
                [ScoringKernel.Core.Problems.Problem.Of(new ScoringKernel.Core.Problems.WireReason.MessageTooLarge(size, MaxMessageBytes))], language);
            Trailers(context, StatusCode.ResourceExhausted, status.Message);
            context.Response.Headers["grpc-status-details-bin"] = Convert.ToBase64String(status.ToByteArray());
            return;
        }
        if (Check(body, input) is { } p)
        {
            Trailers(context, p.Item1, p.Item2);
            return;
        }
        context.Request.Body = new MemoryStream(body!, writable: false);
        await next(context);
    }

    private static void Trailers(HttpContext context, StatusCode code, string message)
    {
        context.Response.ContentType = "application/grpc";
        context.Response.Headers["grpc-status"] = ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers["grpc-message"] = Uri.EscapeDataString(message);
    }

    private static (StatusCode, string)? Check(byte[] body, MessageDescriptor? input)
    {
        if (body.Length < 5)
            return (StatusCode.InvalidArgument, $"the request is not one complete gRPC message frame ({body.Length} bytes)");
        if (body[0] != 0)
            return (StatusCode.InvalidArgument, "compressed requests are not accepted: send the message uncompressed");
        var length = BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(1, 4));
        if (length != body.Length - 5)
            return (StatusCode.InvalidArgument, $"the request frame announces {length} bytes but carries {body.Length - 5}: send exactly one complete message");
        if (input is null) return null;
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

    private static IEnumerable<KeyValuePair<string, MessageDescriptor?>> Methods(Google.Protobuf.Reflection.ServiceDescriptor service, bool decodedHere) =>
        service.Methods.Where(m => !m.IsClientStreaming)
            .Select(m => KeyValuePair.Create($"/{service.FullName}/{m.Name}", decodedHere ? m.InputType : null));
}
