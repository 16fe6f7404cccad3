using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LanguageExt;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scenarios;
using ScoringKernel.Core.Scenarios.Thresholds;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Tests.Support;
using ScoringKernel.Core.Units;
using Xunit;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Tests.Scenarios;

/// <summary>
/// Threshold answers held against the kernel itself: every grid value of a dense range is assessed (a sweep, which
/// re-scores with <see cref="ScoringKernel.Core.Scoring.Scorer.Score"/> and ranks with the kernel) and must hold exactly
/// where the answer says, and at every end the value inside holds and the one beyond fails when the scenario is applied
/// and assessed from scratch.
/// </summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries), typeof(ThresholdArbitraries) }, MaxTest = 120)]
public class ThresholdProperties
{
    [Property]
    public void The_answer_holds_exactly_where_the_kernel_says(AssessmentCase c, ThresholdCase q)
    {
        var b = Mutated(new ScenarioBase(c.Rules, c.Table, c.Figures), q);
        var (template, from, to) = q.Template(b);
        var condition = q.Condition(b);
        var answer = Thresholds.Answer(b, new ThresholdQuestion(template, condition, Some(from), Some(to))).Accept();
        var baseAssessment = Assessor.Assess(b.Rules, b.Table, b.Figures).Accept();
        var grid = answer.Domain.Grid;

        // Dense: every grid value of the range, by the sweep (the kernel's scoring and ranking).
        var points = Sweeper.Points(b, new SweepSpec(template, from, to, grid)).Accept().ToList();
        Assert.All(points, p => Assert.True(Holds(condition, p, b.Rules, template, baseAssessment) == answer.Holds(p.Value),
            $"at {p.Value}: kernel {!answer.Holds(p.Value)}, answer {answer.Holds(p.Value)}"));

        // Each end: inside holds, one grid step outside fails, each assessed from scratch.
        foreach (var i in answer.Intervals)
        {
            Assert.True(HoldsFresh(b, template, condition, i.Low.Value, baseAssessment));
            Assert.True(HoldsFresh(b, template, condition, i.High.Value, baseAssessment));
            i.Low.Beyond.IfSome(v => { Assert.Equal(i.Low.Value - grid, v); Assert.False(HoldsFresh(b, template, condition, v, baseAssessment)); Assert.NotEmpty(i.Low.Changes); });
            i.High.Beyond.IfSome(v => { Assert.Equal(i.High.Value + grid, v); Assert.False(HoldsFresh(b, template, condition, v, baseAssessment)); Assert.NotEmpty(i.High.Changes); });
        }
        Assert.Equal(Holds(condition, baseAssessment, b.Rules, baseAssessment), answer.HoldsAtBase);
    }

    /// <summary>2015 parameters, or one scoring parameter set to another value (half to one and a half times, or 0).</summary>
    internal static ScenarioBase Mutated(ScenarioBase b, ThresholdCase q)
    {
        if (q.Mutation < 0) return b;
        var scoring = RuleParameters.All.Filter(p => p.Effect == ParameterEffect.Scores && p.TableColumn.IsNone).ToArray();
        var def = scoring[q.Mutation % scoring.Length];
        var value = Math.Round(def.Get(b.Rules) * q.Factor, 2);
        if (def.Kind == ParameterKind.Step && value <= 0m) value = 0.5m;
        if (def.Kind == ParameterKind.Count) value = Math.Round(value);
        return def.Apply(b.Rules, value, new Problems.Step.Wire("mutation")).Match(r => b with { Rules = r }, _ => b);
    }

    private static bool HoldsFresh(ScenarioBase b, Override template, ThresholdCondition condition, decimal v, Assessment baseAssessment)
    {
        var changed = ScenarioApplication.Apply(b, template.WithValue(v)).Accept();
        return Holds(condition, Assessor.Assess(changed.Rules, changed.Table, changed.Figures).Accept(), changed.Rules, baseAssessment);
    }

    private static bool Holds(ThresholdCondition condition, SweepPoint p, RuleSet rules, Override template, Assessment baseAssessment) =>
        Holds(condition, p.Units.Map(u => (u.Unit, u.Grade, u.Rank, Group: Group(baseAssessment, u.Unit))), baseAssessment);

    private static bool Holds(ThresholdCondition condition, Assessment a, RuleSet rules, Assessment baseAssessment) =>
        Holds(condition, a.Groups.Bind(g => g.Units.Map(u => (u.Unit, u.Grade, u.Rank, Group: g.Group))), baseAssessment);

    private static AssessmentGroup Group(Assessment a, UnitCode unit) => a.Groups.Find(g => g.Units.Exists(u => u.Unit == unit)).Map(g => g.Group).IfNone(AssessmentGroup.CountiesAndCities);

    /// <summary>The conditions read from grades and ranks alone, as a planner would read the published ranking.</summary>
    private static bool Holds(ThresholdCondition condition, Seq<(UnitCode Unit, Grade Grade, Option<int> Rank, AssessmentGroup Group)> units, Assessment baseAssessment)
    {
        var before = baseAssessment.Groups.Bind(g => g.Units).ToDictionary(u => u.Unit);
        bool InGroup(Option<AssessmentGroup> g, AssessmentGroup x) => g.Match(y => y == x, () => true);
        bool Qualified(Grade g) => g is Grade.Class1 or Grade.Class2;
        return condition.Match(
            none => units.Filter(u => InGroup(none.Group, u.Group)).ForAll(u => u.Grade != Grade.Unqualified),
            q => units.Exists(u => u.Unit == q.Unit && Qualified(u.Grade)),
            c1 => units.Exists(u => u.Unit == c1.Unit && u.Grade == Grade.Class1),
            k => units.Exists(u => u.Unit == k.Unit && u.Rank == before[k.Unit].Rank),
            atLeast => units.Count(u => InGroup(atLeast.Group, u.Group) && Qualified(u.Grade)) >= atLeast.Count,
            _ => units.ForAll(u => u.Grade == before[u.Unit].Grade));
    }
}

/// <summary>A template (which parameter, target or figure, around its base value) and a condition, as indices into fixed lists.</summary>
public sealed record ThresholdCase(int TemplateIndex, int UnitIndex, int ConditionIndex, int Count, int GroupIndex, int Mutation, decimal Factor)
{
    private static readonly TargetField[] Fields = Enum.GetValues<TargetField>();

    private static UnitCode UnitOf(ScenarioBase b, int i) => b.Table.UnitsByCode[i % b.Table.UnitsByCode.Count].Code;

    /// <summary>The range is a few hundred grid values around the base value, so every one of them can be assessed.</summary>
    public (Override Template, decimal From, decimal To) Template(ScenarioBase b)
    {
        var unit = b.Table.UnitsByCode[UnitIndex % b.Table.UnitsByCode.Count];
        var figures = b.Figures.Find(f => f.Unit == unit.Code).IfNone(() => throw new InvalidOperationException());
        (decimal, decimal) Around(decimal v, decimal half, decimal lo, decimal grid)
        {
            var centre = Math.Round(v / grid) * grid;
            return (Math.Max(lo, centre - half), Math.Max(lo, centre - half) + 2 * half);
        }
        switch (TemplateIndex % 7)
        {
            case 0:
            {
                var (f, t) = Around(16.5m, 2.5m, 0m, 0.01m);
                return (new Override.Target(new TargetScope.OfGroup((AssessmentGroup)(GroupIndex % 2)), TargetField.ReductionRatePercent, 0m), f, t);
            }
            case 1:
            {
                var field = Fields[UnitIndex % Fields.Length];
                var whole = field is TargetField.HousesToRenovate or TargetField.PersonsToReach or TargetField.HouseholdsToReach;
                var current = Thresholds.BaseValue(b, new Override.Target(new TargetScope.OneUnit(unit.Code), field, 0m)).IfNone(30m);
                var (f, t) = Around(current, whole ? Math.Max(20m, Math.Round(current / 10m)) : 2m, 0m, whole ? 1m : 0.01m);
                return (new Override.Target(new TargetScope.OneUnit(unit.Code), field, 0m), f, t);
            }
            case 2:
                return (new Override.Parameter(RuleParameters.PassLine, 0m), 60m, 100m);
            case 3:
                return (new Override.Parameter(RuleParameters.CountiesAndCitiesClass1Quota, 0m), 0m, 9m);
            case 4:
            {
                var scoring = RuleParameters.All.Filter(p => p.Effect == ParameterEffect.Scores && p.TableColumn.IsNone && p.Kind != ParameterKind.Count).ToArray();
                var def = scoring[UnitIndex % scoring.Length];
                var lo = def.Kind == ParameterKind.Step ? 0.01m : 0m;
                var (f, t) = Around(def.Get(b.Rules), def.Kind == ParameterKind.Points ? 1m : 2m, lo, 0.01m);
                return (new Override.Parameter(def, 0m), f, def.Kind == ParameterKind.Percent ? Math.Min(t, 100m) : t);
            }
            case 5:
            {
                var def = Margins.Inputs[UnitIndex % Margins.Inputs.Count].Def();
                var (f, t) = Around(def.Get(figures), def.Grid == 1m ? 20m : 2m, def.Min, def.Grid);
                return (new Override.Figure(unit.Code, def.Field, 0m), f, Math.Min(t, def.Max));
            }
            default:
            {
                var (f, t) = Around(Thresholds.BaseValue(b, new Override.Target(new TargetScope.OneUnit(unit.Code), TargetField.PerVillageInvestmentWan, 0m)).IfNone(30m), 2m, 0m, 0.01m);
                return (new Override.Target(new TargetScope.OfKind(unit.Kind), TargetField.PerVillageInvestmentWan, 0m), f, t);
            }
        }
    }

    public ThresholdCondition Condition(ScenarioBase b)
    {
        var group = GroupIndex % 3 == 2 ? Option<AssessmentGroup>.None : Some((AssessmentGroup)(GroupIndex % 3));
        var unit = UnitOf(b, UnitIndex + ConditionIndex);
        return (ConditionIndex % 6) switch
        {
            0 => new ThresholdCondition.NoneBelowPassLine(group),
            1 => new ThresholdCondition.UnitQualified(unit),
            2 => new ThresholdCondition.UnitInClass1(unit),
            3 => new ThresholdCondition.UnitKeepsRank(unit),
            4 => new ThresholdCondition.AtLeastQualified(Count, group),
            _ => ThresholdCondition.NoGradeChange.Instance,
        };
    }
}

public static class ThresholdArbitraries
{
    public static Arbitrary<ThresholdCase> ThresholdCase() => Arb.From(
        from template in Gen.Choose(0, 1000)
        from unit in Gen.Choose(0, 1000)
        from condition in Gen.Choose(0, 1000)
        from count in Gen.Choose(0, 8)
        from grp in Gen.Choose(0, 1000)
        from mutation in Gen.Frequency((2, Gen.Constant(-1)), (1, Gen.Choose(0, 1000)))
        from factor in Gen.Elements(0m, 0.5m, 0.8m, 1.25m, 1.5m)
        select new ThresholdCase(template, unit, condition, count, grp, mutation, factor));
}
