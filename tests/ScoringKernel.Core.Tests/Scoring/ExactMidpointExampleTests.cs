using ScoringKernel.TestSupport;
using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Tests.Support;
using ScoringKernel.Core.Units;
using Xunit;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Tests.Scoring;

/// <summary>
/// Three cases whose exact score lies on a midpoint, where a deduction carried in 28 digits rounded the wrong way
/// (issue 31): each is scored exactly and rounded once, half away from zero.
/// </summary>
public class ExactMidpointExampleTests
{
    private static readonly UnitCode Hengdong = UnitCode.Known("430424");

    private static UnitTargets HengdongTargets => EmbeddedTargets.Table2015.Find(Hengdong).IfNone(() => throw new InvalidOperationException("430424 missing"));

    /// <summary>衡东县's 33 poor villages at 30 万元 each, but for the ones given (short by the amounts given).</summary>
    private static UnitFigures PerfectBut(params decimal[] shortfalls)
    {
        var t = HengdongTargets;
        var villages = toSeq(Enumerable.Range(1, t.Work.PoorVillages).Select(i =>
            VillageFigures.Create($"村{i:000}", true, 30m - (i <= shortfalls.Length ? shortfalls[i - 1] : 0m)).Accept())).Strict();
        return FigureBuilder.Meeting(t) with { VillageAssistance = VillageAssistanceFigures.Create(villages, 100m, 100m).Accept() };
    }

    [Fact]
    public void Nine_villages_short_by_16_47_wan_in_all_deduct_exactly_2_745_and_score_17_26()
    {
        var figures = PerfectBut(0.80m, 2.33m, 2.51m, 1.70m, 2.18m, 2.00m, 2.09m, 2.18m, 0.68m);

        var card = Scorer.Score(Hengyang2015.RuleSet, HengdongTargets, figures);
        var six = card[Indicator.VillageAssistance];

        Assert.Equal(Rational.Of(2745, 1000), six.ExactRawDeduction);
        Assert.Equal(Rational.Of(17255, 1000), six.ExactUnrounded);
        Assert.Equal(17.26m, six.Score);
        Assert.Equal(97.26m, card.Total);
        // Each village's steps: 2.33 ÷ 3 does not terminate and is written as the division and a rounded display.
        var lines = Scorer.Explain(Hengyang2015.RuleSet, HengdongTargets, figures, Indicator.VillageAssistance)
            .Filter(l => l.Component == VillageAssistanceRule.ProjectInvestment);
        Assert.Equal("2.33 ÷ 3 ≈ 0.7767", lines[1].Steps.Written());
        Assert.Equal("1.165 ÷ 3 ≈ 0.3883", lines[1].Deduction.Written());
        Assert.Equal("2.745", lines.Fold(Rational.Zero, (s, l) => s + l.Deduction).Written());
    }

    [Fact]
    public void Twenty_one_villages_five_short_of_a_seven_wan_step_score_six_with_no_decimals()
    {
        var rules = Hengyang2015.RuleSet with
        {
            ScoreDecimals = 0,
            VillageAssistance = Hengyang2015.RuleSet.VillageAssistance with { Standard = 25m, InvestmentShort = new StepRate(7m, 1.3m) },
        };
        var figures = PerfectBut(Enumerable.Repeat(5m, 21).ToArray());

        var six = Scorer.ScoreIndicator(rules, HengdongTargets, figures, Indicator.VillageAssistance);

        Assert.Equal((Rational)19.5m, six.ExactRawDeduction);
        Assert.Equal((Rational)5.5m, six.ExactUnrounded);
        Assert.Equal(6m, six.Score);
    }

    [Fact]
    public void A_scenario_step_of_4_5_wan_scores_3_28_where_the_exact_score_is_3_275()
    {
        var rules = Hengyang2015.RuleSet with
        {
            VillageAssistance = Hengyang2015.RuleSet.VillageAssistance with { InvestmentShort = new StepRate(4.5m, 0.5m) },
        };
        // 150.525 万元 short in all: 30 ÷ 4.5 and 0.525 ÷ 4.5 repeat; 150.525 ÷ 4.5 × 0.5 = 16.725.
        var figures = PerfectBut(30m, 30m, 30m, 30m, 30m, 0.525m);

        var six = Scorer.ScoreIndicator(rules, HengdongTargets, figures, Indicator.VillageAssistance);

        Assert.Equal((Rational)16.725m, six.ExactRawDeduction);
        Assert.Equal((Rational)3.275m, six.ExactUnrounded);
        Assert.Equal(3.28m, six.Score);
    }
}
