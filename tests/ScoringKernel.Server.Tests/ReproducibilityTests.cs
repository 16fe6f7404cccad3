using Google.Protobuf;
using ScoringKernel.Contracts.V1;
using Xunit;

namespace ScoringKernel.Server.Tests;

[Collection(ServerCollection.Name)]
public class ReproducibilityTests(ServerFixture server)
{
    [Fact]
    public async Task The_same_inputs_give_byte_identical_responses()
    {
        var first = await server.Client.AssessAsync(Examples.Illustrative);
        var second = await server.Client.AssessAsync(Examples.Illustrative);

        Assert.Equal(first.ToByteArray(), second.ToByteArray());
        Assert.Equal("hengyang-2015", first.Stamp.RuleSetId);
        Assert.Equal("1", first.Stamp.RuleSetVersion);
        Assert.Equal("1.0.0", first.Stamp.KernelVersion);
        Assert.Matches("^[0-9a-f]{64}$", first.Stamp.InputSha256);
    }

    [Fact]
    public async Task Equal_inputs_spelled_differently_have_one_digest_and_a_changed_figure_another()
    {
        var plain = await server.Client.AssessAsync(Examples.Illustrative);

        var respelled = Examples.Illustrative;
        respelled.Units[0].VillageIncome.IncomeYuan = "3680.000";
        var reversed = respelled.Units.Reverse().ToList();
        respelled.Units.Clear();
        respelled.Units.AddRange(reversed);
        respelled.UnitPolicy = UnitPolicy.Proportional;
        Assert.Equal(plain.Stamp.InputSha256, (await server.Client.AssessAsync(respelled)).Stamp.InputSha256);

        var changed = Examples.Illustrative;
        changed.Units[0].VillageIncome.IncomeYuan = "3681";
        Assert.NotEqual(plain.Stamp.InputSha256, (await server.Client.AssessAsync(changed)).Stamp.InputSha256);

        var otherPolicy = Examples.Illustrative;
        otherPolicy.UnitPolicy = UnitPolicy.WholeUnits;
        Assert.NotEqual(plain.Stamp.InputSha256, (await server.Client.AssessAsync(otherPolicy)).Stamp.InputSha256);
    }

    [Fact]
    public async Task ScoreUnit_is_stamped_with_the_digest_of_its_inputs()
    {
        var reply = await server.Client.ScoreUnitAsync(new ScoreUnitRequest { Unit = Examples.Unit("430423") });
        Assert.Matches("^[0-9a-f]{64}$", reply.Stamp.InputSha256);
    }
}
