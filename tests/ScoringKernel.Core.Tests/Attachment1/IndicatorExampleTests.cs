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

namespace ScoringKernel.Core.Tests.Attachment1;

/// <summary>
/// Hand-computed examples, one input changed at a time from figures that meet every target, for a county
/// (衡阳县 430421: baseline 53898 at 16.5 %, 61 houses, 15000 persons / 1500 households, 61 villages, social 300,
/// total 1200, own budget 200) and a district (珠晖区 430405: 5068, 5 houses, 1500 / 200, 5 villages, social 30,
/// total 180, own budget 30). Proportional policy unless the case says otherwise.
/// </summary>
public class IndicatorExampleTests
{
    private const string County = "430421";
    private const string District = "430405";

    public static TheoryData<string, string, Func<UnitFigures, UnitFigures>, Indicator, decimal> Cases => new()
    {
        // 一: 8000 / 53898 = 14.842851…%, short 1.657149 → 13.34; without dynamic management a further 3.
        { "county rate short", County, f => f with { PovertyReduction = PovertyReductionFigures.Create(8000, true).Accept() }, Indicator.PovertyReduction, 13.34m },
        { "county rate short, no dynamic management", County, f => f with { PovertyReduction = PovertyReductionFigures.Create(8000, false).Accept() }, Indicator.PovertyReduction, 10.34m },
        // 700 / 5068 = 13.812154…%, short 2.687845 → 12.31.
        { "district rate short", District, f => f with { PovertyReduction = PovertyReductionFigures.Create(700, true).Accept() }, Indicator.PovertyReduction, 12.31m },
        { "district over-achieves the rate", District, f => f with { PovertyReduction = PovertyReductionFigures.Create(5068, true).Accept() }, Indicator.PovertyReduction, 15m },
        // 二: completion is the lower rate: 13500/15000 = 90 % → 10 × 0.5 = 5.
        { "county persons 90 %", County, f => f with { TargetedAssistance = TargetedAssistanceFigures.Create(13500, 1500).Accept() }, Indicator.TargetedAssistance, 15m },
        // households 150/200 = 75 % → 25 × 0.5 = 12.5.
        { "district households 75 %", District, f => f with { TargetedAssistance = TargetedAssistanceFigures.Create(1500, 150).Accept() }, Indicator.TargetedAssistance, 7.5m },
        { "district over-reaches both", District, f => f with { TargetedAssistance = TargetedAssistanceFigures.Create(3000, 400).Accept() }, Indicator.TargetedAssistance, 20m },
        // 三: 150 yuan short → 1.5, 6 points short → 6: 7.5 capped at 5.
        { "county income and growth short, capped", County, f => f with { VillageIncome = VillageIncomeFigures.Create(3500m, 10m).Accept() }, Indicator.VillageIncome, 0m },
        { "district income 50 yuan short", District, f => f with { VillageIncome = VillageIncomeFigures.Create(3600m, 16m).Accept() }, Indicator.VillageIncome, 4.5m },
        { "district growth negative", District, f => f with { VillageIncome = VillageIncomeFigures.Create(3650m, -2m).Accept() }, Indicator.VillageIncome, 0m },
        // 四: county 10 × 0.3 = 3; district 2 × 1 = 2; district none of 5 → 5, exactly the standard.
        { "county 10 houses short", County, f => f with { HouseRenovation = HouseRenovationFigures.Create(51).Accept() }, Indicator.HouseRenovation, 2m },
        { "district 2 houses short", District, f => f with { HouseRenovation = HouseRenovationFigures.Create(3).Accept() }, Indicator.HouseRenovation, 3m },
        { "district no house renovated", District, f => f with { HouseRenovation = HouseRenovationFigures.Create(0).Accept() }, Indicator.HouseRenovation, 0m },
        // 五: all three flags off: 2 + 2 + 3 = 7 of 10.
        { "county all three leadership flags off", County, f => f with { Leadership = new LeadershipFigures(false, false, false) }, Indicator.Leadership, 3m },
        { "district all three leadership flags off", District, f => f with { Leadership = new LeadershipFigures(false, false, false) }, Indicator.Leadership, 3m },
        { "district top leader only missing", District, f => f with { Leadership = new LeadershipFigures(true, false, true) }, Indicator.Leadership, 8m },
        // 六: 3 of 5 villages listed: 2 missing → 2 × 0.5 (teams) + 2 × 30/3 × 0.5 (investment) = 11.
        { "district two villages missing", District, f => f with { VillageAssistance = VillageAssistanceFigures.Create(FigureBuilder.Villages(3, true, 30m), 100m, 100m).Accept() }, Indicator.VillageAssistance, 9m },
        // 60 of 61 listed at 35 (surplus offsets nothing): 0.5 + 10 steps × 0.5 = 5.5.
        { "county one village missing despite surplus", County, f => f with { VillageAssistance = VillageAssistanceFigures.Create(FigureBuilder.Villages(60, true, 35m), 100m, 100m).Accept() }, Indicator.VillageAssistance, 14.5m },
        // funds 100 pledged, 90 delivered: 10 × 0.5 = 5.
        { "county funds 10 short", County, f => f with { VillageAssistance = VillageAssistanceFigures.Create(f.VillageAssistance.Villages, f.VillageAssistance.FundsPledgedWan, 90m).Accept() }, Indicator.VillageAssistance, 15m },
        // 七: county 50 short → 5 × 0.3 = 1.5, no poverty day 2; district 10 short → 2 × 0.5 = 1.
        { "county social 50 short, no poverty day", County, f => f with { SocialInvestment = SocialInvestmentFigures.Create(250m, false).Accept() }, Indicator.SocialInvestment, 3.5m },
        { "district social 10 short", District, f => f with { SocialInvestment = SocialInvestmentFigures.Create(20m, true).Accept() }, Indicator.SocialInvestment, 6m },
        // 八: county 200 short → 1; district 50 short → 1.
        { "county total 200 short", County, f => f with { TotalInvestment = TotalInvestmentFigures.Create(1000m).Accept() }, Indicator.TotalInvestment, 4m },
        { "district total 50 short", District, f => f with { TotalInvestment = TotalInvestmentFigures.Create(130m).Accept() }, Indicator.TotalInvestment, 4m },
        // 九: county 20 short → 1, other funds 1; district 10 short → 2.
        { "county budget 20 short, other funds misused", County, f => f with { OwnBudget = OwnBudgetFigures.Create(180m, false).Accept() }, Indicator.OwnBudget, 6m },
        { "district budget 10 short", District, f => f with { OwnBudget = OwnBudgetFigures.Create(20m, true).Accept() }, Indicator.OwnBudget, 6m },
        // 十: 80 % → 20 points short → 4 steps × 0.5 = 2.
        { "county systems 80 %", County, f => f with { WorkSystems = WorkSystemsFigures.Create(80m).Accept() }, Indicator.WorkSystems, 3m },
        { "district systems 0 %", District, f => f with { WorkSystems = WorkSystemsFigures.Create(0m).Accept() }, Indicator.WorkSystems, 0m },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void One_changed_input_costs_exactly_the_hand_computed_points(string name, string code, Func<UnitFigures, UnitFigures> change, Indicator indicator, decimal expected)
    {
        var targets = Unit(code);
        var card = Scorer.Score(Hengyang2015.RuleSet, targets, change(FigureBuilder.Meeting(targets)));

        Assert.True(card[indicator].Score == expected, $"{name}: expected {expected}, got {card[indicator].Score}");
        Assert.Equal(100m - Hengyang2015.RuleSet.Standard(indicator) + expected, card.Total);
    }

    [Fact]
    public void Figures_meeting_every_target_score_full_marks_in_every_unit()
    {
        foreach (var unit in EmbeddedTargets.Table2015.Units)
            Assert.Equal(100m, Scorer.Score(Hengyang2015.RuleSet, unit, FigureBuilder.Meeting(unit)).Total);
    }

    [Fact]
    public void Zero_targets_count_as_fully_met()
    {
        var population = PopulationTargets.Create(0, 16.5m, 0, 0).Accept();
        var work = WorkTargets.Create(0m, 0m, 0m, 0m, None(), None(), 0, 0, 0, 0, None()).Accept();
        var targets = UnitTargets.Create(UnitCode.Known("430499"), "零目标区", UnitKind.District, population, work).Accept();
        var figures = FigureBuilder.Meeting(targets) with
        {
            PovertyReduction = PovertyReductionFigures.Create(0, true).Accept(),
            TargetedAssistance = TargetedAssistanceFigures.Create(0, 0).Accept(),
        };

        var card = Scorer.Score(Hengyang2015.RuleSet, targets, figures);

        Assert.Equal(15m, card[Indicator.PovertyReduction].Score);
        Assert.Equal(20m, card[Indicator.TargetedAssistance].Score);
        Assert.Equal(100m, card.Total);
    }

    [Fact]
    public void Step_policies_count_each_village_on_its_own()
    {
        // Two villages of 珠晖区 at 26 万元 (4 short each), three at 30. Per village 4/3 steps:
        // proportional 2 × 4/3 × 0.5 = 1.3333 → 18.67; whole units 2 × 1 × 0.5 = 1 → 19; started units 2 × 2 × 0.5 = 2 → 18.
        var targets = Unit(District);
        var villages = FigureBuilder.Villages(3, true, 30m)
            .Add(VillageFigures.Create("甲村", true, 26m).Accept())
            .Add(VillageFigures.Create("乙村", true, 26m).Accept());
        var figures = FigureBuilder.Meeting(targets) with { VillageAssistance = VillageAssistanceFigures.Create(villages, 10m, 10m).Accept() };

        decimal Under(UnitPolicy p) => Scorer.Score(Hengyang2015.RuleSet with { Policy = p }, targets, figures)[Indicator.VillageAssistance].Score;

        Assert.Equal(18.67m, Under(UnitPolicy.Proportional));
        Assert.Equal(19m, Under(UnitPolicy.WholeUnits));
        Assert.Equal(18m, Under(UnitPolicy.StartedUnits));
    }

    private static UnitTargets Unit(string code) =>
        EmbeddedTargets.Table2015.Find(UnitCode.Known(code)).IfNone(() => throw new InvalidOperationException(code));

    private static Option<decimal> None() => Option<decimal>.None;
}
