using System.Net;
using System.Net.Http.Headers;
using Grpc.Core;

namespace ScoringKernel.Server.Tests;

/// <summary>Raw bytes posted to a gRPC method as a client would, and the status that comes back.</summary>
internal static class GrpcFrames
{
    /// <summary>A gRPC message frame that may lie about its length or its compression.</summary>
    public static byte[] Frame(byte[] payload, int announced, byte compressed = 0)
    {
        var frame = new byte[payload.Length + 5];
        frame[0] = compressed;
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)announced);
        payload.CopyTo(frame, 5);
        return frame;
    }

    public static byte[] Frame(byte[] payload) => Frame(payload, payload.Length);

    public static async Task<(StatusCode Code, string Message, HttpResponseMessage Response)> Post(HttpClient http, string path, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new ByteArrayContent(body),
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        var response = await http.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        var status = Header(response, "grpc-status") ?? "0";
        return ((StatusCode)int.Parse(status), Uri.UnescapeDataString(Header(response, "grpc-message") ?? ""), response);
    }

    public static string? Header(HttpResponseMessage r, string name) =>
        r.TrailingHeaders.TryGetValues(name, out var t) ? t.FirstOrDefault()
        : r.Headers.TryGetValues(name, out var h) ? h.FirstOrDefault()
        : null;
}
