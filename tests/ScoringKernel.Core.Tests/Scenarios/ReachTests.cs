using ScoringKernel.TestSupport;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scenarios;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using Xunit;

namespace ScoringKernel.Core.Tests.Scenarios;

public class ReachTests
{
    private static UnitReach Reach(string code) =>
        Core.Scenarios.Reach.Of(Hengyang2015.RuleSet, EmbeddedTargets.Table2015.Find(UnitCode.Known(code)).IfNone(() => throw new InvalidOperationException(code)));

    [Fact]
    public void A_small_district_cannot_fall_below_a_floor_well_above_zero()
    {
        // 雁峰区: 2 houses (2 × 1 = 2 of 5), social 20 (20/5 × 0.5 + 2 = 4 of 7), total 100 (100/50 × 1 = 2 of 5),
        // own budget 20 (20/5 × 1 + 1 = 5 of 8), leadership at most 7 of 10: floors 3, 3, 3, 3, 3.
        var r = Reach("430406");
        Assert.Equal(15m, r.LowestTotal);
        Assert.Equal(100m, r.HighestTotal);
        Assert.Equal(new[] { 0m, 0m, 0m, 3m, 3m, 0m, 3m, 3m, 3m, 0m }, r.Indicators.Map(i => i.Floor).ToArray());
    }

    [Fact]
    public void A_larger_district_and_a_county_have_lower_floors()
    {
        // 珠晖区: houses 5 → 0; social 30 → 3 + 2 = 5 → 2; total 180 → 3.6 → 1.4; own 30 → 6 + 1 = 7 → 1; leadership 3.
        Assert.Equal(7.4m, Reach("430405").LowestTotal);
        // 衡阳县: every county target is large enough to take its indicator to 0; only leadership keeps 3.
        Assert.Equal(3m, Reach("430421").LowestTotal);
    }
}
