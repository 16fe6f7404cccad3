using FsCheck;
using FsCheck.Xunit;
using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Tests.Support;
using Xunit;

namespace ScoringKernel.Core.Tests.Scoring;

[Properties(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 1000)]
public class ScoringProperties
{
    [Property]
    public void Deduction_never_exceeds_standard_score(ScoringCase c)
    {
        var card = Scorer.Score(c.Rules, c.Targets, c.Figures);

        foreach (var s in card.Indicators)
        {
            Assert.InRange(s.Score, 0m, s.Standard);
            Assert.Equal(s.Standard, c.Rules.Standard(s.Indicator));
            Assert.Equal(s.Capped, s.RawDeduction > s.Standard);
            Assert.Equal(Math.Round(s.Score, c.Rules.ScoreDecimals), s.Score);
        }
        Assert.InRange(card.Total, 0m, 100m);
        Assert.Equal(card.Indicators.Fold(0m, (t, s) => t + s.Score), card.Total);
        Assert.Equal(Indicators.All, card.Indicators.Map(s => s.Indicator));
    }

    [Property]
    public void The_explanation_lines_add_up_to_the_deduction_scored(ScoringCase c)
    {
        // Scoring sums the rules' deductions without building lines; the explanation builds them from the same rules.
        foreach (var s in Scorer.Score(c.Rules, c.Targets, c.Figures).Indicators)
        {
            var lines = Scorer.Explain(c.Rules, c.Targets, c.Figures, s.Indicator);
            Assert.False(lines.IsEmpty);
            Assert.Equal(s.ExactRawDeduction, lines.Fold(Rational.Zero, (sum, l) => sum + l.Deduction));
            Assert.All(lines, l => Assert.Equal(s.Indicator, l.Indicator));
        }
    }

    [Property]
    public void Indicator_five_never_falls_below_three(ScoringCase c) =>
        Assert.True(Scorer.Score(c.Rules, c.Targets, c.Figures)[Indicator.Leadership].Score >= 3m);

    /// <summary>Each improvement makes one input better in the direction the regulation fixes.</summary>
    private static readonly Func<UnitFigures, int, UnitFigures>[] Improvements =
    [
        (f, d) => f with { PovertyReduction = PovertyReductionFigures.Create(f.PovertyReduction.PersonsLifted + d, f.PovertyReduction.DynamicManagement).Accept() },
        (f, _) => f with { PovertyReduction = f.PovertyReduction with { DynamicManagement = true } },
        (f, d) => f with { TargetedAssistance = TargetedAssistanceFigures.Create(f.TargetedAssistance.PersonsReached + d, f.TargetedAssistance.HouseholdsReached).Accept() },
        (f, d) => f with { TargetedAssistance = TargetedAssistanceFigures.Create(f.TargetedAssistance.PersonsReached, f.TargetedAssistance.HouseholdsReached + d).Accept() },
        (f, d) => f with { VillageIncome = VillageIncomeFigures.Create(f.VillageIncome.IncomeYuan + d, f.VillageIncome.GrowthPercent).Accept() },
        (f, d) => f with { VillageIncome = VillageIncomeFigures.Create(f.VillageIncome.IncomeYuan, f.VillageIncome.GrowthPercent + d / 10m).Accept() },
        (f, d) => f with { HouseRenovation = HouseRenovationFigures.Create(f.HouseRenovation.HouseholdsRenovated + d).Accept() },
        (f, d) => f with { Leadership = (d % 3) switch
        {
            0 => f.Leadership with { SpecialStudy = true },
            1 => f.Leadership with { TopLeaderResponsibility = true },
            _ => f.Leadership with { PlanWithMeasures = true },
        } },
        (f, d) => f with { VillageAssistance = WithVillage(f.VillageAssistance, d, v => v with { ResidentTeam = true }) },
        (f, d) => f with { VillageAssistance = WithVillage(f.VillageAssistance, d, v => VillageFigures.Create(v.Name, v.ResidentTeam, v.ProjectInvestmentWan + d / 10m).Accept()) },
        (f, d) => f with { VillageAssistance = VillageAssistanceFigures.Create(f.VillageAssistance.Villages, f.VillageAssistance.FundsPledgedWan, f.VillageAssistance.FundsDeliveredWan + d / 10m).Accept() },
        (f, d) => f with { SocialInvestment = SocialInvestmentFigures.Create(f.SocialInvestment.SocialInvestmentWan + d / 10m, f.SocialInvestment.PovertyDayHeld).Accept() },
        (f, _) => f with { SocialInvestment = f.SocialInvestment with { PovertyDayHeld = true } },
        (f, d) => f with { TotalInvestment = TotalInvestmentFigures.Create(f.TotalInvestment.TotalInvestmentWan + d / 10m).Accept() },
        (f, d) => f with { OwnBudget = OwnBudgetFigures.Create(f.OwnBudget.OwnBudgetWan + d / 10m, f.OwnBudget.OtherFundsCompliant).Accept() },
        (f, _) => f with { OwnBudget = f.OwnBudget with { OtherFundsCompliant = true } },
        (f, d) => f with { WorkSystems = WorkSystemsFigures.Create(Math.Min(100m, f.WorkSystems.ImplementationPercent + d / 10m)).Accept() },
    ];

    private static VillageAssistanceFigures WithVillage(VillageAssistanceFigures a, int d, Func<VillageFigures, VillageFigures> change) =>
        a.Villages.IsEmpty ? a : VillageAssistanceFigures.Create(a.Villages.Select((v, i) => i == d % a.Villages.Count ? change(v) : v).ToSeq().Strict(), a.FundsPledgedWan, a.FundsDeliveredWan).Accept();

    [Property]
    public void A_better_figure_never_lowers_any_indicator_score(ScoringCase c, NonNegativeInt which, NonNegativeInt by)
    {
        var improve = Improvements[which.Get % Improvements.Length];
        var before = Scorer.Score(c.Rules, c.Targets, c.Figures);
        var after = Scorer.Score(c.Rules, c.Targets, improve(c.Figures, by.Get % 100_000));

        foreach (var i in Indicators.All)
            Assert.True(after[i].Score >= before[i].Score, $"{i}: {before[i].Score} → {after[i].Score}");
    }

    [Property]
    public void Started_units_never_above_proportional_never_above_whole_units(ScoringCase c)
    {
        ScoreCard Under(UnitPolicy p) => Scorer.Score(c.Rules with { Policy = p }, c.Targets, c.Figures);
        var started = Under(UnitPolicy.StartedUnits);
        var proportional = Under(UnitPolicy.Proportional);
        var whole = Under(UnitPolicy.WholeUnits);

        foreach (var i in Indicators.All)
        {
            Assert.True(started[i].Score <= proportional[i].Score, $"{i}: started {started[i].Score} > proportional {proportional[i].Score}");
            Assert.True(proportional[i].Score <= whole[i].Score, $"{i}: proportional {proportional[i].Score} > whole {whole[i].Score}");
        }
    }

    [Property]
    public void Surplus_in_one_village_never_offsets_another(ScoringCase c, NonNegativeInt which, PositiveInt surplus)
    {
        var villages = c.Figures.VillageAssistance.Villages;
        if (villages.IsEmpty) return;
        var perVillage = c.Targets.Work.PerVillageInvestmentWan.IfNone(c.Rules.VillageAssistance.PerVillageInvestmentTargetWan);
        var index = which.Get % villages.Count;
        UnitFigures WithInvestment(decimal wan) => c.Figures with
        {
            VillageAssistance = VillageAssistanceFigures.Create(
                villages.Select((v, i) => i == index ? VillageFigures.Create(v.Name, v.ResidentTeam, wan).Accept() : v).ToSeq().Strict(),
                c.Figures.VillageAssistance.FundsPledgedWan, c.Figures.VillageAssistance.FundsDeliveredWan).Accept(),
        };

        var atTarget = Scorer.Score(c.Rules, c.Targets, WithInvestment(perVillage))[Indicator.VillageAssistance];
        var withSurplus = Scorer.Score(c.Rules, c.Targets, WithInvestment(perVillage + surplus.Get))[Indicator.VillageAssistance];

        Assert.Equal(atTarget, withSurplus);
        var investmentSteps = Scorer.Explain(c.Rules, c.Targets, WithInvestment(perVillage), Indicator.VillageAssistance)
            .Filter(l => l.Component == VillageAssistanceRule.ProjectInvestment).Fold(Rational.Zero, (s, l) => s + l.Steps);
        var perVillageSteps = villages.Select((v, i) => i == index ? Rational.Zero : c.Rules.VillageAssistance.InvestmentShort.Steps(c.Rules.Policy, Math.Max(0m, perVillage - v.ProjectInvestmentWan))).Aggregate(Rational.Zero, (a, b) => a + b)
            + Math.Max(0, c.Targets.Work.PoorVillages - villages.Count) * c.Rules.VillageAssistance.InvestmentShort.Steps(c.Rules.Policy, perVillage);
        Assert.Equal(perVillageSteps, investmentSteps);
    }

    [Property]
    public void The_same_input_gives_the_identical_score_card(ScoringCase c) =>
        Assert.Equal(Scorer.Score(c.Rules, c.Targets, c.Figures), Scorer.Score(c.Rules, c.Targets, c.Figures));
}
