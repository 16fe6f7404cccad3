using ScoringKernel.TestSupport;
using FsCheck;
using FsCheck.Xunit;
using LanguageExt;
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
/// The fast analysis (galloping, units that score alike walked once, only what the condition reads kept) answers what
/// the bisecting one it replaced answers, field for field but for the number of scorings it took: the same intervals,
/// ends and changes at them, breakpoints, base value and truth at the base, or the same problems. The bases are the
/// generated ones, with their units repeated under new codes none to two times (the units that score alike), over the
/// property's ranges or the template's whole domain.
/// </summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries), typeof(ThresholdArbitraries) }, MaxTest = 100)]
public class ThresholdAgreement
{
    [Property]
    public void The_fast_answer_is_the_bisecting_one(AssessmentCase c, ThresholdCase q, byte repeats, bool wholeDomain)
    {
        var b = ThresholdProperties.Mutated(Repeated(new ScenarioBase(c.Rules, c.Table, c.Figures), repeats % 3), q);
        var (template, from, to) = q.Template(b);
        // A target's whole domain: its scores jump at most once per hundredth of a point (a parameter's points or a
        // figure's range would take the bisecting analysis a hundred thousand rankings).
        var question = wholeDomain && template is Override.Target
            ? new ThresholdQuestion(template, q.Condition(b), None, None)
            : new ThresholdQuestion(template, q.Condition(b), Some(from), Some(to));
        var expected = BisectingThresholds.Answer(b, question);
        var actual = Thresholds.Answer(b, question);
        Assert.Equal(expected.IsSuccess, actual.IsSuccess);
        expected.Match(
            e => actual.IfSuccess(a => Assert.Equal(e with { Evaluations = 0 }, a with { Evaluations = 0 })),
            ps => actual.IfFail(qs => Assert.Equal(ps.ToArray(), qs.ToArray())));
    }

    [Fact]
    public void Repeating_units_adds_rows_that_score_alike()
    {
        var b = new ScenarioBase(Hengyang2015.RuleSet, EmbeddedTargets.Table2015, EmbeddedTargets.Table2015.Units.Map(FigureBuilder.Meeting).Strict());
        var repeated = Repeated(b, 2);
        Assert.Equal(3 * b.Table.Units.Count, repeated.Table.Units.Count);
        var question = new ThresholdQuestion(new Override.Target(new TargetScope.OfGroup(AssessmentGroup.CountiesAndCities), TargetField.ReductionRatePercent, 0m),
            new ThresholdCondition.NoneBelowPassLine(None), None, None);
        var once = Thresholds.Answer(b, question).Accept();
        var thrice = Thresholds.Answer(repeated, question).Accept();
        Assert.Equal(once.Intervals.Map(i => (i.Low.Value, i.High.Value)), thrice.Intervals.Map(i => (i.Low.Value, i.High.Value)));
        Assert.Equal(once.Breakpoints, thrice.Breakpoints);
        // Each distinct unit is walked once: the copies cost only the scorings of the ends' cards.
        Assert.True(thrice.Evaluations < once.Evaluations * 3 / 2, $"{thrice.Evaluations} scorings for three copies, {once.Evaluations} for one");
    }

    /// <summary>The base with every unit repeated <paramref name="times"/> more times under new codes (same kind, targets, figures).</summary>
    internal static ScenarioBase Repeated(ScenarioBase b, int times)
    {
        if (times == 0) return b;
        var units = b.Table.Units.ToArray();
        var figures = b.Figures.ToDictionary(f => f.Unit);
        var copies = Enumerable.Range(1, times).SelectMany(k => units.Select((u, i) => (Unit: u, Code: UnitCode.Known((990000 + k * 1000 + i).ToString())))).ToArray();
        var rows = copies.Select(x => TargetRow.Create(x.Code, x.Unit.Name, x.Unit.Kind switch
            {
                UnitKind.County => RowKind.County,
                UnitKind.CountyLevelCity => RowKind.CountyLevelCity,
                UnitKind.District => RowKind.District,
            }, x.Unit.Population, Some(x.Unit.Work)).Accept());
        var table = TargetTable.Create(b.Table.Rows + rows.ToSeq()).Accept();
        return b with { Table = table, Figures = (b.Figures + copies.Select(x => figures[x.Unit.Code] with { Unit = x.Code }).ToSeq()).Strict() };
    }
}
