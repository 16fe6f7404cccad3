using FsCheck;
using FsCheck.Fluent;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using ScoringKernel.Contracts.V1;
using Xunit;

namespace ScoringKernel.Server.Tests;

/// <summary>
/// A request's bytes damaged as a line or a hostile client might, in a well-formed frame, to the real server: bytes
/// Google.Protobuf cannot decode are INVALID_ARGUMENT naming the request type (never UNKNOWN or INTERNAL), and bytes it
/// can decode are never refused for their encoding.
/// </summary>
[Collection(ServerCollection.Name)]
public class DamagedRequestTests(ServerFixture server)
{
    private static int Cases => int.TryParse(Environment.GetEnvironmentVariable("MALFORMED_CASES"), out var n) && n > 0 ? n : 2_000;

    private static readonly byte[] Example = Examples.Illustrative.ToByteArray();

    private static readonly (string Path, MessageDescriptor Input)[] Methods =
    [
        ("/scoringkernel.v1.ScoringService/Assess", AssessRequest.Descriptor),
        ("/scoringkernel.v1.ScoringService/ScoreUnit", ScoreUnitRequest.Descriptor),
        ("/scoringkernel.v1.ScoringService/Evaluate", EvaluateRequest.Descriptor),
        ("/scoringkernel.v1.ScoringService/ValidateTargetTable", ValidateTargetTableRequest.Descriptor),
        ("/scoringkernel.v1.ScenarioService/GetMargins", GetMarginsRequest.Descriptor),
        ("/scoringkernel.v1.ScenarioService/SweepScenario", SweepScenarioRequest.Descriptor),
        ("/grpc.health.v1.Health/Check", Grpc.Health.V1.HealthCheckRequest.Descriptor),
    ];

    /// <summary>A byte set, bytes cut, bytes inserted, a run of 0xFF, the tail cut off.</summary>
    private static readonly Gen<byte[]> Damaged =
        from kind in Gen.Choose(0, 4)
        from at in Gen.Choose(0, Example.Length - 1)
        from value in Gen.Choose(0, 255)
        from count in Gen.Choose(1, 12)
        select Damage(kind, at, (byte)value, count);

    private static byte[] Damage(int kind, int at, byte value, int count)
    {
        var bytes = Example.ToList();
        switch (kind)
        {
            case 0: bytes[at] = value; break;
            case 1: bytes.RemoveRange(at, Math.Min(count, bytes.Count - at)); break;
            case 2: bytes.InsertRange(at, Enumerable.Repeat(value, count)); break;
            case 3: for (var i = at; i < Math.Min(at + count, bytes.Count); i++) bytes[i] = 0xFF; break;
            default: bytes.RemoveRange(at, bytes.Count - at); break;
        }
        return [.. bytes];
    }

    private static bool Parses(byte[] bytes, MessageDescriptor message)
    {
        try
        {
            message.Parser.ParseFrom(bytes);
            return true;
        }
        catch (InvalidProtocolBufferException)
        {
            return false;
        }
    }

    private static string Refusal(MessageDescriptor input) => $"the request body is not a valid protobuf encoding of {input.FullName}";

    [Fact]
    public void Damaged_requests_are_refused_as_invalid_argument_exactly_when_they_do_not_decode()
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.GrpcAddress) };
        int refused = 0, decoded = 0;
        // Sent mostly to Assess, sometimes to another method (a client calling the wrong one).
        var methods = Gen.Frequency((4, Gen.Constant(Methods[0])), (1, Gen.Elements(Methods)));
        Prop.ForAll(Arb.From(Damaged), Arb.From(methods), (bytes, method) =>
        {
            var (code, message, response) = GrpcFrames.Post(http, method.Path, GrpcFrames.Frame(bytes)).GetAwaiter().GetResult();
            response.Dispose();
            MalformedInputTests.AssertClean(code, message);
            if (Parses(bytes, method.Input))
            {
                decoded++;
                Assert.NotEqual(Refusal(method.Input), message);
            }
            else
            {
                refused++;
                Assert.Equal((StatusCode.InvalidArgument, Refusal(method.Input)), (code, message));
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true));
        Assert.True(refused > Cases / 20 && decoded > Cases / 20, $"refused {refused}, decoded {decoded}: the damage is not varied enough to test anything");
        MalformedInputTests.ServerStillServes(server);
    }

    [Fact]
    public async Task Invalid_utf8_groups_and_deep_nesting_are_refused_with_a_bad_request_detail()
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.GrpcAddress) };
        // rule_set_id (field 1) as the bytes FF FE; an end-group tag with no start; units nested past the parser's limit.
        byte[][] bodies = [[10, 2, 0xFF, 0xFE], [12], Nested(120)];
        foreach (var body in bodies)
        {
            var (code, message, response) = await GrpcFrames.Post(http, Methods[0].Path, GrpcFrames.Frame(body));
            using (response)
            {
                Assert.Equal((StatusCode.InvalidArgument, Refusal(AssessRequest.Descriptor)), (code, message));
                var details = Google.Rpc.Status.Parser.ParseFrom(Convert.FromBase64String(GrpcFrames.Header(response, "grpc-status-details-bin")!));
                Assert.Equal(Refusal(AssessRequest.Descriptor), details.Details.Single().Unpack<Google.Rpc.BadRequest>().FieldViolations.Single().Description);
            }
        }
    }

    /// <summary>Unknown groups (field 999) nested <paramref name="depth"/> deep: the parser recurses into each to skip it.</summary>
    private static byte[] Nested(int depth)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < depth; i++) bytes.AddRange([0xBB, 0x3E]); // start group, field 999
        for (var i = 0; i < depth; i++) bytes.AddRange([0xBC, 0x3E]); // end group, field 999
        return [.. bytes];
    }

    [Fact]
    public async Task Well_formed_requests_with_odd_values_are_not_refused_for_their_encoding()
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.GrpcAddress) };
        var request = Examples.Illustrative;
        request.RuleSetId = "衡阳\u0000市 😀";
        request.Units[0].VillageAssistance.Villages[0].Name = new string('村', 500);
        request.UnitPolicy = (UnitPolicy)(-7);
        request.View = AssessmentView.Basic;
        foreach (var (path, bytes) in new[]
                 {
                     (Methods[0].Path, request.ToByteArray()), (Methods[0].Path, Example), (Methods[0].Path, Array.Empty<byte>()),
                     (Methods[2].Path, Examples.Evaluation.ToByteArray()), (Methods[5].Path, new SweepScenarioRequest { Base = request }.ToByteArray()),
                 })
        {
            var (code, message, response) = await GrpcFrames.Post(http, path, GrpcFrames.Frame(bytes));
            response.Dispose();
            MalformedInputTests.AssertClean(code, message);
            Assert.DoesNotContain("not a valid protobuf encoding", message);
        }
    }
}
