using FsCheck;
using FsCheck.Xunit;
using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Tests.Support;
using ScoringKernel.Core.Units;
using ScoringKernel.TestSupport;
using Xunit;

namespace ScoringKernel.Core.Tests.Ranking;

[Properties(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 1000)]
public class RankingProperties
{
    private static Assessment Assess(AssessmentCase c) => Assessor.Assess(c.Rules, c.Table, c.Figures).Accept();

    [Property]
    public void The_kernel_ranks_exactly_as_the_rule_reads(AssessmentCase c)
    {
        var a = Assess(c);
        var cards = a.Cards.ToArray();
        foreach (var g in a.Groups)
            Assert.Equal(ReadableRanker.Rank(c.Rules, g.Group, cards), g);
    }

    [Property]
    public void Class_1_never_exceeds_its_quota_and_equals_min_of_quota_and_qualified(AssessmentCase c)
    {
        foreach (var g in Assess(c).Groups)
        {
            var qualifiedEligible = g.Units.Count(u => u.Grade != Grade.Disqualified && u.Total >= c.Rules.PassLine);
            Assert.Equal(Math.Min(g.Class1Quota, qualifiedEligible), g.Count(Grade.Class1));
            Assert.Equal(c.Rules.Quotas.Class1(g.Group), g.Class1Quota);
        }
    }

    [Property]
    public void Grades_partition_each_group(AssessmentCase c)
    {
        var a = Assess(c);
        foreach (var g in a.Groups)
        {
            var expected = c.Table.Units.Filter(u => u.Kind.Group() == g.Group).Map(u => u.Code.Value).OrderBy(x => x).ToList();
            Assert.Equal(expected, g.Units.Map(u => u.Unit.Value).OrderBy(x => x).ToList());
            foreach (var u in g.Units)
            {
                var card = a.Cards.Find(x => x.Unit == u.Unit).IfNone(() => throw new Xunit.Sdk.XunitException("no card"));
                var expectedKind = card.FundsMisused ? Grade.Disqualified
                    : card.Total < c.Rules.PassLine ? Grade.Unqualified
                    : u.Grade;
                Assert.Equal(expectedKind, u.Grade);
                Assert.Equal(card.FundsMisused, u.Rank.IsNone);
            }
            Assert.Equal(g.Units.Count, Enum.GetValues<Grade>().Sum(g.Count));
        }
    }

    [Property]
    public void Ranks_are_competition_ranks_and_ties_are_flagged(AssessmentCase c)
    {
        var a = Assess(c);
        foreach (var g in a.Groups)
        {
            var eligible = g.Units.Filter(u => u.Rank.IsSome).ToList();
            decimal[] Key(RankedUnit u)
            {
                var card = a.Cards.Find(x => x.Unit == u.Unit).IfNone(() => throw new Xunit.Sdk.XunitException("no card"));
                return new[] { card.Total }.Concat(c.Rules.TieBreakOrder.Map(i => card[i].Score)).ToArray();
            }
            int Compare(decimal[] x, decimal[] y) => Enumerable.Zip(x, y, (p, q) => p.CompareTo(q)).FirstOrDefault(r => r != 0);
            foreach (var u in eligible)
            {
                var ahead = eligible.Count(o => Compare(Key(o), Key(u)) > 0);
                var tied = eligible.Count(o => o.Unit != u.Unit && Compare(Key(o), Key(u)) == 0);
                Assert.Equal(Prelude.Some(ahead + 1), u.Rank);
                Assert.Equal(tied > 0, u.TieUnresolved);
            }
            var order = eligible.Select(u => u.Rank.IfNone(0)).ToList();
            Assert.Equal(order.OrderBy(x => x).ToList(), order);
        }
    }

    [Property]
    public void Disqualifying_a_unit_never_worsens_another_units_rank_or_grade(AssessmentCase c, NonNegativeInt which)
    {
        var eligible = c.Figures.Filter(f => !f.FundsMisused).ToList();
        if (eligible.Count == 0) return;
        var target = eligible[which.Get % eligible.Count].Unit;
        var before = Assess(c);
        var after = Assess(c with { Figures = c.Figures.Map(f => f.Unit == target ? f with { FundsMisused = true } : f).Strict() });

        foreach (var u in after.Groups.Bind(g => g.Units))
        {
            var old = before.Groups.Bind(g => g.Units).Find(x => x.Unit == u.Unit).IfNone(() => throw new Xunit.Sdk.XunitException("lost"));
            if (u.Unit == target)
            {
                Assert.Equal(Grade.Disqualified, u.Grade);
                Assert.True(u.Rank.IsNone);
                continue;
            }
            Assert.True(Worse(old.Grade) >= Worse(u.Grade), $"{u.Unit}: {old.Grade} → {u.Grade}");
            Assert.True(u.Rank.IfNone(int.MaxValue) <= old.Rank.IfNone(int.MaxValue), $"{u.Unit}: rank {old.Rank} → {u.Rank}");
        }
    }

    private static int Worse(Grade g) => g switch
    {
        Grade.Class1 => 0,
        Grade.Class2 => 1,
        Grade.Unqualified => 2,
        Grade.Disqualified => 3,
    };

    [Property]
    public void Results_do_not_depend_on_the_order_units_are_given_in(AssessmentCase c)
    {
        var byCode = c with { Figures = c.Figures.OrderBy(f => f.Unit.Value, StringComparer.Ordinal).ToSeq().Strict() };
        var reversed = c with { Figures = c.Figures.Rev().Strict() };

        // Consistency warnings name each unit by its place in the request (units[i]); everything else is the same.
        Assessment Unplaced(Assessment a) => a with { ConsistencyWarnings = LanguageExt.Seq<Core.Targets.TableIssue>.Empty };
        Assert.Equal(Unplaced(Assess(byCode)), Unplaced(Assess(c)));
        Assert.Equal(Unplaced(Assess(byCode)), Unplaced(Assess(reversed)));
        Assert.Equal(Assess(byCode).ConsistencyWarnings.Map(w => w.Message()).OrderBy(m => m, StringComparer.Ordinal),
            Assess(reversed).ConsistencyWarnings.Map(w => w.Message()).OrderBy(m => m, StringComparer.Ordinal));
    }

    [Property]
    public void The_same_input_gives_the_identical_assessment(AssessmentCase c) =>
        Assert.Equal(Assess(c), Assess(c));
}
