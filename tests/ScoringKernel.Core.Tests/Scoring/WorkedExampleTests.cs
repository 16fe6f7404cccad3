using ScoringKernel.TestSupport;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Tests.Support;
using Xunit;

namespace ScoringKernel.Core.Tests.Scoring;

public class WorkedExampleTests
{
    // specs/docs/readings.md, "The worked example the tests hold": indicator scores 1..10, then the total.
    [Theory]
    [InlineData(UnitPolicy.Proportional, "14.09 17.50 3.50 4.40 7.00 15.00 6.40 4.75 7.75 4.20", "84.59")]
    [InlineData(UnitPolicy.WholeUnits, "15.00 17.50 5.00 4.40 7.00 15.00 6.40 5.00 8.00 4.50", "87.80")]
    [InlineData(UnitPolicy.StartedUnits, "14.00 17.50 3.00 4.40 7.00 15.00 6.40 4.50 7.50 4.00", "83.30")]
    public void Hengshan_county_scores_to_the_cent_under_each_policy(UnitPolicy policy, string indicatorScores, string total)
    {
        var rules = Hengyang2015.RuleSet with { Policy = policy };

        var card = Kernel.Score(rules, WorkedExample.Targets, WorkedExample.Figures);

        var expected = indicatorScores.Split(' ').Select(decimal.Parse).ToArray();
        Assert.Equal(expected, card.Indicators.Map(i => i.Score).ToArray());
        Assert.Equal(decimal.Parse(total), card.Total);
    }

    [Fact]
    public void Every_deduction_line_cites_its_clause_and_shows_its_arithmetic()
    {
        var card = Scorer.Score(Hengyang2015.RuleSet, WorkedExample.Targets, WorkedExample.Figures);

        var rate = Scorer.Explain(Hengyang2015.RuleSet, WorkedExample.Targets, WorkedExample.Figures, Indicator.PovertyReduction)
            .Find(l => l.Component == PovertyReductionRule.ReductionRate).IfNone(() => throw new Xunit.Sdk.XunitException("no rate line"));
        Assert.Equal("附件1-一", rate.ClauseId);
        Assert.Equal((Rational)16.5m, rate.Target);
        Assert.Equal(15.5921m, rate.Actual.Round(4));
        Assert.Equal(0.9079m, rate.Shortfall.Round(4));
        Assert.Equal(14.09m, card[Indicator.PovertyReduction].Score);
        Assert.Contains("减贫率每减少一个百分点扣1分", rate.Words);

        var villages = Scorer.Explain(Hengyang2015.RuleSet, WorkedExample.Targets, WorkedExample.Figures, Indicator.VillageAssistance);
        Assert.All(villages, l => Assert.Equal("附件1-六", l.ClauseId));
        Assert.Equal((Rational)1m, villages.Find(l => l.Component == VillageAssistanceRule.ResidentTeams).Map(l => l.Shortfall).IfNone(-1m));
        Assert.Equal((Rational)3m, villages.Find(l => l.Component == VillageAssistanceRule.FundsDelivered).Map(l => l.Deduction).IfNone(-1m));
        var investment = villages.Filter(l => l.Component == VillageAssistanceRule.ProjectInvestment).ToList();
        Assert.Equal(new[] { "村025", "村026" }, investment.Select(l => l.Subject));
        Assert.Equal(new Rational[] { 1.0m, 0.5m }, investment.Select(l => l.Deduction));

        var income = card[Indicator.VillageIncome];
        Assert.Equal(1.5m, income.RawDeduction);
        Assert.False(income.Capped);
        Assert.Equal(Rational.Zero, income.RoundingAdjustment);
    }
}
