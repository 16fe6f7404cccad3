using System.Net;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using ScoringKernel.Contracts.V1;
using ScoringKernel.Server.Services;
using Xunit;

namespace ScoringKernel.Server.Tests;

/// <summary>
/// What grpc-dotnet itself answers for bad request bytes, on a bare host without the framing check, with the
/// kernel's request marshaller (<see cref="UndecodableRequests"/>). These pin why RequestFraming still exists: if an
/// upgrade makes the framing cases INVALID_ARGUMENT, the middleware can go.
/// </summary>
public sealed class MarshallerBehaviourTests : IAsyncLifetime
{
    [BindServiceMethod(typeof(UndecodableRequests), nameof(UndecodableRequests.BindScoring))]
    public sealed class Bare : ScoringService.ScoringServiceBase
    {
        public override Task<GetRuleSetResponse> GetRuleSet(GetRuleSetRequest request, ServerCallContext context) =>
            Task.FromResult(new GetRuleSetResponse());
    }

    private WebApplication app = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc(o => o.MaxReceiveMessageSize = 1000);
        app = builder.Build();
        app.MapGrpcService<Bare>();
        await app.StartAsync();
        http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private Task<(StatusCode Code, string Message, HttpResponseMessage Response)> Post(byte[] body) =>
        GrpcFrames.Post(http, "/scoringkernel.v1.ScoringService/GetRuleSet", body);

    [Fact]
    public async Task The_marshallers_refusal_reaches_the_client_with_its_message_and_detail()
    {
        var (code, message, response) = await Post(GrpcFrames.Frame([0x0A, 0x05, 0x41]));
        using (response)
        {
            Assert.Equal(StatusCode.InvalidArgument, code);
            Assert.Equal("the request body is not a valid protobuf encoding of scoringkernel.v1.GetRuleSetRequest", message);
            var status = Google.Rpc.Status.Parser.ParseFrom(Convert.FromBase64String(GrpcFrames.Header(response, "grpc-status-details-bin")!));
            Assert.Equal(message, status.Details.Single().Unpack<Google.Rpc.BadRequest>().FieldViolations.Single().Description);
        }
        Assert.Equal(StatusCode.OK, (await Post(GrpcFrames.Frame(new GetRuleSetRequest { RuleSetId = "x" }.ToByteArray()))).Code);
    }

    public static TheoryData<string, byte[], StatusCode, string> FramingCases => new()
    {
        { "short", [0, 0], StatusCode.Internal, "Incomplete message." },
        { "empty", [], StatusCode.Internal, "Incomplete message." },
        { "lying length", GrpcFrames.Frame([0x0A, 0x01, 0x41], 10), StatusCode.Internal, "Incomplete message." },
        { "trailing bytes", [.. GrpcFrames.Frame([0x0A, 0x01, 0x41]), 1, 2], StatusCode.Internal, "Additional data after the message received." },
        { "compressed", GrpcFrames.Frame([0x0A, 0x01, 0x41], 3, 1), StatusCode.Internal, "Request did not include grpc-encoding value with compressed message." },
        { "oversize", GrpcFrames.Frame(new byte[2000]), StatusCode.ResourceExhausted, "Received message exceeds the maximum configured message size." },
    };

    [Theory]
    [MemberData(nameof(FramingCases))]
    public async Task A_bad_frame_never_reaches_the_marshaller(string name, byte[] body, StatusCode expected, string expectedMessage)
    {
        var (code, message, response) = await Post(body);
        response.Dispose();
        Assert.True((expected, expectedMessage) == (code, message), $"{name}: {code} '{message}'");
    }
}
