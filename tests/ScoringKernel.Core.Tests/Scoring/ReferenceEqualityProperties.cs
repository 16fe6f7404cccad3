using ScoringKernel.TestSupport;
using FsCheck.Xunit;

using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Tests.Support;
using Xunit;

namespace ScoringKernel.Core.Tests.Scoring;

/// <summary>The imperative reference the benchmarks time the kernel against computes the same numbers.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 5000)]
public class ReferenceEqualityProperties
{
    [Property]
    public void The_imperative_reference_scores_every_unit_as_the_kernel_does(ScoringCase c)
    {
        var scores = new decimal[10];
        var total = ImperativeScorer.Score(c.Rules, c.Targets, c.Figures, scores);
        var card = Scorer.Score(c.Rules, c.Targets, c.Figures);

        Assert.Equal(card.Indicators.Map(i => i.Score).ToArray(), scores);
        Assert.Equal(card.Total, total);
    }

    [Property(MaxTest = 2000)]
    public void The_imperative_reference_ranks_and_grades_as_the_kernel_does(AssessmentCase c)
    {
        var units = c.Table.Units.ToArray();
        var byCode = c.Figures.ToDictionary(f => f.Unit);
        var reference = ImperativeAssessor.Assess(c.Rules, units, units.Select(u => byCode[u.Code]).ToArray()).ToDictionary(r => r.Code);
        var kernel = Assessor.Assess(c.Rules, c.Table, c.Figures).Accept();

        foreach (var u in kernel.Groups.Bind(g => g.Units))
        {
            var r = reference[u.Unit.Value];
            Assert.Equal(u.Total, r.Total);
            Assert.Equal(u.Rank.IfNone(0), u.Grade == Grade.Disqualified ? 0 : r.Rank);
            Assert.Equal(u.Grade switch { Grade.Class1 => 1, Grade.Class2 => 2, Grade.Unqualified => 3, Grade.Disqualified => 4 }, r.Grade);
        }
    }
}
