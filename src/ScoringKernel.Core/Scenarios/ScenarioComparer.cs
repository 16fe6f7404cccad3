using LanguageExt;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Scenarios;

public enum Direction
{
    Up,
    Down,
}

/// <summary>A boundary a unit crossed between base and scenario: the pass line, or the Class 1 boundary.</summary>
public enum Boundary
{
    PassLine,
    Class1,
}

public sealed record Crossing(Boundary Boundary, Direction Direction);

public sealed record IndicatorChange(Indicator Indicator, decimal Before, decimal After)
{
    public decimal Delta => After - Before;
}

/// <summary>One unit under the base and under the scenario.</summary>
public sealed record UnitChange(
    UnitCode Unit,
    string Name,
    AssessmentGroup Group,
    Seq<IndicatorChange> Indicators,
    decimal TotalBefore,
    decimal TotalAfter,
    Option<int> RankBefore,
    Option<int> RankAfter,
    Grade GradeBefore,
    Grade GradeAfter,
    Seq<Crossing> Crossings)
{
    public decimal TotalDelta => TotalAfter - TotalBefore;
}

public sealed record GradeCount(Grade Grade, int Before, int After);

public sealed record GroupSummary(AssessmentGroup Group, Seq<GradeCount> Grades, int CrossedUp, int CrossedDown);

public sealed record ScenarioComparison(string Scenario, Seq<UnitChange> Units, Seq<GroupSummary> Groups, Seq<TableIssue> TableIssues);

/// <summary>Compares a base with scenarios: per unit the change in every score, rank and grade, and who crossed which boundary.</summary>
public static class ScenarioComparer
{
    public const int MaxScenarios = 100;

    public static Validation<Problem, Seq<ScenarioComparison>> Compare(ScenarioBase @base, Seq<Scenario> scenarios)
    {
        if (scenarios.Count > MaxScenarios)
            return Valid.Fail<Seq<ScenarioComparison>>(Step.Scenarios.Instance, new ScenarioReason.TooManyScenarios(scenarios.Count, MaxScenarios));
        return Assessor.Assess(@base.Rules, @base.Table, @base.Figures).Under(Step.Base.Instance).Bind(before =>
            Valid.Each(i => new Step.ScenarioEntry(i), scenarios, s =>
                ScenarioApplication.Apply(@base, s)
                    .Bind(after => Assessor.Assess(after.Rules, after.Table, after.Figures).Map(a => (after.Rules, a)))
                    .Map(t => Compare(s.Name, @base.Rules, before, t.Rules, t.a))));
    }

    public static ScenarioComparison Compare(string name, RuleSet rulesBefore, Assessment before, RuleSet rulesAfter, Assessment after)
    {
        var rankedBefore = before.Groups.Bind(g => g.Units).ToDictionary(u => u.Unit);
        var rankedAfter = after.Groups.Bind(g => g.Units).ToDictionary(u => u.Unit);
        var afterCards = after.Cards.ToDictionary(c => c.Unit);
        var units = before.Cards.Map(b =>
        {
            var a = afterCards[b.Unit];
            var rb = rankedBefore[b.Unit];
            var ra = rankedAfter[b.Unit];
            var crossings = Seq<Crossing>();
            var passedBefore = rulesBefore.Passes(b.Total);
            var passedAfter = rulesAfter.Passes(a.Total);
            if (passedBefore != passedAfter) crossings = crossings.Add(new Crossing(Boundary.PassLine, passedAfter ? Direction.Up : Direction.Down));
            var class1Before = rb.Grade == Grade.Class1;
            var class1After = ra.Grade == Grade.Class1;
            if (class1Before != class1After) crossings = crossings.Add(new Crossing(Boundary.Class1, class1After ? Direction.Up : Direction.Down));
            return new UnitChange(b.Unit, b.Name, b.Group,
                Indicators.All.Map(i => new IndicatorChange(i, b[i].Score, a[i].Score)).Strict(),
                b.Total, a.Total, rb.Rank, ra.Rank, rb.Grade, ra.Grade, crossings);
        }).Strict();
        var groups = before.Groups.Map(g =>
        {
            var ga = after.Groups.Find(x => x.Group == g.Group).IfNone(g);
            var members = units.Filter(u => u.Group == g.Group);
            return new GroupSummary(g.Group,
                toSeq(Enum.GetValues<Grade>()).Map(grade => new GradeCount(grade, g.Count(grade), ga.Count(grade))).Strict(),
                members.Count(u => u.Crossings.Exists(c => c.Direction == Direction.Up)),
                members.Count(u => u.Crossings.Exists(c => c.Direction == Direction.Down)));
        }).Strict();
        return new ScenarioComparison(name, units, groups, after.TableIssues);
    }
}
