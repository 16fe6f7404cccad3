using FsCheck;
using FsCheck.Xunit;
using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Scenarios;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Tests.Support;
using Xunit;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Tests.Scenarios;

[Properties(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 1000)]
public class ScenarioProperties
{
    private static ScenarioBase Base(AssessmentCase c) => new(c.Rules, c.Table, c.Figures);

    [Property]
    public void A_scenario_compared_with_itself_changes_nothing(AssessmentCase c, NonNegativeInt which)
    {
        var b = Base(c);
        var unit = c.Figures[which.Get % c.Figures.Count];
        // An empty scenario, and one that sets figures and parameters to the values they already have.
        var same = new Scenario("same", Seq<Override>(
            new Override.Figure(unit.Unit, FigureField.IncomeYuan, unit.VillageIncome.IncomeYuan),
            new Override.Parameter(RuleParameters.PassLine, c.Rules.PassLine),
            new Override.Policy(c.Rules.Policy)));

        var comparisons = ScenarioComparer.Compare(b, Seq(new Scenario("empty", Seq<Override>()), same)).Accept();

        foreach (var comparison in comparisons)
        {
            Assert.All(comparison.Units, u =>
            {
                Assert.All(u.Indicators, i => Assert.Equal(0m, i.Delta));
                Assert.Equal(0m, u.TotalDelta);
                Assert.Equal(u.RankBefore, u.RankAfter);
                Assert.Equal(u.GradeBefore, u.GradeAfter);
                Assert.True(u.Crossings.IsEmpty);
            });
            Assert.All(comparison.Groups, g => Assert.All(g.Grades, x => Assert.Equal(x.Before, x.After)));
        }
    }

    [Property(MaxTest = 300)]
    public void A_sweep_point_equals_a_plain_assess_under_the_same_override(AssessmentCase c, NonNegativeInt which, NonNegativeInt kind)
    {
        var b = Base(c);
        var unit = c.Figures[which.Get % c.Figures.Count].Unit;
        // Each kind of override a sweep re-scores differently: ranking only, one unit, a group's units, every unit.
        var spec = (kind.Get % 4) switch
        {
            0 => new SweepSpec(new Override.Parameter(RuleParameters.PassLine, 0m), 70m, 90m, 2.5m),
            1 => new SweepSpec(new Override.Figure(unit, FigureField.TotalInvestmentWan, 0m), 0m, 2000m, 250m),
            2 => new SweepSpec(new Override.Target(new TargetScope.OfGroup(Core.Units.AssessmentGroup.CountiesAndCities), TargetField.ReductionRatePercent, 0m), 15m, 19m, 0.5m),
            _ => new SweepSpec(new Override.Parameter(RuleParameters.Find("total_investment.investment_short.county.deduction").IfNone(() => throw new Xunit.Sdk.XunitException("no parameter")), 0m), 0m, 2m, 0.25m),
        };

        var points = Sweeper.Points(b, spec).Accept().ToList();

        Assert.Equal(9, points.Count);
        foreach (var point in points)
        {
            var plain = ScenarioApplication.Apply(b, spec.Template.WithValue(point.Value))
                .Bind(x => Assessor.Assess(x.Rules, x.Table, x.Figures)).Accept();
            Assert.Equal(plain.Groups.Bind(g => g.Units).Map(u => new SweepUnit(u.Unit, u.Total, u.Rank, u.Grade)).Strict(), point.Units);
        }
    }

    [Property]
    public void A_units_actual_total_lies_within_its_computed_reach(ScoringCase c)
    {
        var reach = Reach.Of(c.Rules, c.Targets);
        var card = Scorer.Score(c.Rules, c.Targets, c.Figures);

        Assert.InRange(card.Total, reach.LowestTotal, reach.HighestTotal);
        foreach (var r in reach.Indicators)
            Assert.InRange(card[r.Indicator].Score, r.Floor, r.Ceiling);
    }

    [Property]
    public void Applying_a_margin_reaches_its_goal_and_one_step_less_does_not(AssessmentCase c, NonNegativeInt unitIndex, NonNegativeInt fieldIndex, bool class1)
    {
        var b = Base(c);
        var unit = c.Figures[unitIndex.Get % c.Figures.Count];
        var field = Margins.Inputs[fieldIndex.Get % Margins.Inputs.Count];
        var goal = class1 ? Goal.Class1 : Goal.PassLine;
        var assessment = Assessor.Assess(b.Rules, b.Table, b.Figures).Accept();
        var targets = b.Table.Find(unit.Unit).IfNone(() => throw new Xunit.Sdk.XunitException("no row"));

        var margin = Margins.For(b, assessment, targets, unit, field, goal);

        bool Reaches(decimal value)
        {
            var changed = ScenarioApplication.Apply(b, new Override.Figure(unit.Unit, field, value)).Accept();
            var a = Assessor.Assess(changed.Rules, changed.Table, changed.Figures).Accept();
            var ranked = a.Groups.Bind(g => g.Units).Find(u => u.Unit == unit.Unit).IfNone(() => throw new Xunit.Sdk.XunitException("lost"));
            return goal == Goal.PassLine ? ranked.Total >= c.Rules.PassLine : ranked.Grade == Grade.Class1;
        }

        switch (margin)
        {
            case Margin.AlreadyMet:
                Assert.True(Reaches(margin.Current));
                break;
            case Margin.Reachable reachable:
                var required = reachable.RequiredValue;
                Assert.True(required > margin.Current, $"{field}: required {required} not above current {margin.Current}");
                Assert.True(Reaches(required), $"{field} = {required} should reach {goal}: {reachable.Binding}");
                var less = required - field.Def().Grid is var l && l < margin.Current ? margin.Current : required - field.Def().Grid;
                if (IsFlag(field)) less = 0m;
                Assert.False(Reaches(less), $"{field} = {less} should not reach {goal} (required {required})");
                break;
            case Margin.Unreachable unreachable:
                Assert.False(Reaches(Best(field, margin.Current)), $"{field}: said unreachable ({unreachable.Why}) but its best value reaches {goal}");
                break;
        }
    }

    private static bool IsFlag(FigureField f) => f is FigureField.DynamicManagement or FigureField.SpecialStudy or FigureField.TopLeaderResponsibility
        or FigureField.PlanWithMeasures or FigureField.PovertyDayHeld or FigureField.OtherFundsCompliant;

    /// <summary>A value of the input at least as good as any that matters: the flag set, or far beyond any target of the 2015 table.</summary>
    private static decimal Best(FigureField f, decimal current) => IsFlag(f) ? 1m : f switch
    {
        FigureField.ImplementationPercent => 100m,
        FigureField.GrowthPercent => 10_000m,
        _ => Math.Max(current, 10_000_000m),
    };
}
