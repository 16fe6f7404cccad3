using System.Buffers.Binary;
using Google.Protobuf;
using Grpc.Health.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Hosting;
using ScoringKernel.Application;
using ScoringKernel.Contracts.V1;

namespace ScoringKernel.LoadTest;

/// <summary>
/// The payload's own limit, never part of the production server: a gRPC endpoint with Assess's path, request and
/// response that decodes each request and answers with the real Assess answer on the example, serialized once at
/// start-up. What it costs is what any server must pay to receive this request and send this response.
/// </summary>
public static class EchoServer
{
    public static async Task<int> RunAsync(string figures)
    {
        var example = JsonParser.Default.Parse<AssessRequest>(File.ReadAllText(figures));
        var answer = new ScoringApi(RuleSetCatalog.Embedded).Assess(example).Match(r => r.ToByteArray(), f => throw new InvalidOperationException(f.ToString()));
        var frame = Frame(answer);

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = 16 * 1024 * 1024;
            k.Listen(System.Net.IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http2);
        });
        var app = builder.Build();
        app.MapPost("/scoringkernel.v1.ScoringService/Assess", async (HttpContext http) =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            var bytes = body.GetBuffer().AsSpan(0, (int)body.Length);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes[1..5]);
            AssessRequest.Parser.ParseFrom(bytes.Slice(5, length));
            http.Response.ContentType = "application/grpc";
            await http.Response.Body.WriteAsync(frame);
            http.Response.AppendTrailer("grpc-status", "0");
        });
        // The empty RPC as well, so the load client can warm this connection as it warms the real server's.
        var servingFrame = Frame(new HealthCheckResponse { Status = HealthCheckResponse.Types.ServingStatus.Serving }.ToByteArray());
        app.MapPost("/grpc.health.v1.Health/Check", async (HttpContext http) =>
        {
            await http.Request.Body.CopyToAsync(Stream.Null);
            http.Response.ContentType = "application/grpc";
            await http.Response.Body.WriteAsync(servingFrame);
            http.Response.AppendTrailer("grpc-status", "0");
        });
        await app.StartAsync();
        foreach (var url in app.Urls) Console.WriteLine($"Now listening on: {url}");
        await app.WaitForShutdownAsync(CancellationToken.None);
        return 0;
    }

    /// <summary>A gRPC message frame: not compressed, the length big-endian, then the message.</summary>
    private static byte[] Frame(byte[] message)
    {
        var frame = new byte[5 + message.Length];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)message.Length);
        message.CopyTo(frame, 5);
        return frame;
    }
}
