using FsCheck;
using FsCheck.Fluent;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using ScoringKernel.Contracts.V1;
using ScoringKernel.Server.Services;
using Xunit;

namespace ScoringKernel.Server.Tests;

/// <summary>
/// The framing check walks a request's bytes instead of decoding them. The walk may leave a case to the parser, but
/// must never vouch for bytes the parser rejects (grpc-dotnet would then answer INTERNAL), and must vouch for every
/// well-formed request (or the decoding it saves happens after all).
/// </summary>
public class EncodingWalkProperties
{
    private static readonly byte[] Example = Examples.Illustrative.ToByteArray();

    private static readonly MessageDescriptor[] Inputs =
    [
        AssessRequest.Descriptor, ScoreUnitRequest.Descriptor, EvaluateRequest.Descriptor, GetMarginsRequest.Descriptor,
        SweepScenarioRequest.Descriptor, CompareScenariosRequest.Descriptor, ValidateTargetTableRequest.Descriptor,
    ];

    /// <summary>The example's bytes changed as a line or a hostile client might: a byte set, bytes cut, bytes inserted, a run of 0xFF.</summary>
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

    [Fact]
    public void Every_damaged_request_the_walk_vouches_for_parses()
    {
        int vouched = 0, rejected = 0, leftToParser = 0;
        // Read as the request it was (mostly) and as the other request types (a client calling the wrong method).
        var messages = Gen.Frequency((4, Gen.Constant(AssessRequest.Descriptor)), (1, Gen.Elements(Inputs)));
        Prop.ForAll(Arb.From(Damaged), Arb.From(messages), (bytes, message) =>
        {
            var parses = Parses(bytes, message);
            if (!parses) rejected++;
            if (!EncodingWalk.Vouches(bytes, message))
            {
                if (parses) leftToParser++;
                return;
            }
            vouched++;
            Assert.True(parses, $"the walk vouched for {bytes.Length} bytes as {message.Name}, which the parser rejects");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(20_000).WithQuietOnSuccess(true));
        Assert.True(vouched > 500 && rejected > 500, $"vouched {vouched}, rejected {rejected}: the damage is not varied enough to test anything");
        // Well-formed but left to the parser: groups and over-long varints, which clients do not send.
        Assert.True(leftToParser < vouched / 10, $"{leftToParser} parseable cases left to the parser against {vouched} vouched for");
    }

    [Fact]
    public void Random_bytes_the_walk_vouches_for_parse()
    {
        var bytes = Gen.Choose(0, 64).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n));
        Prop.ForAll(Arb.From(bytes), Arb.From(Gen.Elements(Inputs)), (b, message) =>
        {
            if (EncodingWalk.Vouches(b, message)) Assert.True(Parses(b, message));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(20_000).WithQuietOnSuccess(true));
    }

    [Fact]
    public void The_walk_vouches_for_well_formed_requests_however_odd_their_values()
    {
        var request = Examples.Illustrative;
        Assert.True(EncodingWalk.Vouches(Example, AssessRequest.Descriptor));
        request.RuleSetId = "衡阳\u0000市 😀";
        request.Units[0].VillageAssistance.Villages[0].Name = new string('村', 500);
        request.UnitPolicy = (UnitPolicy)(-7);
        request.View = AssessmentView.Basic;
        Assert.True(EncodingWalk.Vouches(request.ToByteArray(), AssessRequest.Descriptor));
        Assert.True(EncodingWalk.Vouches(Examples.Evaluation.ToByteArray(), EvaluateRequest.Descriptor));
        Assert.True(EncodingWalk.Vouches(new SweepScenarioRequest { Base = request }.ToByteArray(), SweepScenarioRequest.Descriptor));
        Assert.True(EncodingWalk.Vouches([], AssessRequest.Descriptor));
    }

    [Fact]
    public void The_walk_leaves_invalid_utf8_and_groups_to_the_parser()
    {
        Assert.False(EncodingWalk.Vouches([10, 2, 0xFF, 0xFE], AssessRequest.Descriptor));
        Assert.False(Parses([10, 2, 0xFF, 0xFE], AssessRequest.Descriptor));
        // An end-group tag with no start.
        Assert.False(EncodingWalk.Vouches([12], AssessRequest.Descriptor));
        Assert.False(Parses([12], AssessRequest.Descriptor));
    }
}
