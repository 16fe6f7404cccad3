using FsCheck;
using FsCheck.Fluent;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Scoring;
using Xunit;

namespace ScoringKernel.Core.Tests.Support;

/// <summary>The shrinkers find the small counterexample: a case that loses points shrinks to a unit off its target in one figure (or its villages).</summary>
public class DomainShrinkerTests
{
    [Fact]
    public void A_case_below_full_marks_shrinks_to_one_figure_off_its_target()
    {
        var cases = DomainGenerators.ScoringCases.Sample(40, 30).Where(c => Scorer.Score(c.Rules, c.Targets, c.Figures).Total < 100m).ToList();
        Assert.NotEmpty(cases);
        foreach (var start in cases)
        {
            var c = start;
            for (var steps = 0; steps < 500; steps++)
            {
                var next = DomainShrinkers.ScoringCase(c).FirstOrDefault(x => Scorer.Score(x.Rules, x.Targets, x.Figures).Total < 100m);
                if (next is null) break;
                c = next;
            }
            var meeting = FigureBuilder.Meeting(c.Targets);
            var off = FigureFields.All.Filter(d => d.Get(c.Figures) != d.Get(meeting)).Map(d => d.Field.ToString()).ToList();
            if (!c.Figures.VillageAssistance.Villages.SequenceEqual(meeting.VillageAssistance.Villages)) off.Add("villages");
            Assert.True(off.Count == 1, $"{start} shrank to {c}, off its targets in {string.Join(", ", off)}");
            Assert.True(Scorer.Score(c.Rules, c.Targets, c.Figures).Total < 100m);
        }
    }

    [Fact]
    public void Every_shrunk_case_is_one_the_smart_constructors_accept_and_is_nearer_meeting()
    {
        foreach (var c in DomainGenerators.ScoringCases.Sample(30, 20))
        {
            var meeting = FigureBuilder.Meeting(c.Targets);
            int Off(Figures.UnitFigures f) => FigureFields.All.Count(d => d.Get(f) != d.Get(meeting))
                + f.VillageAssistance.Villages.Zip(meeting.VillageAssistance.Villages).Count(v => v.Item1 != v.Item2);
            foreach (var shrunk in DomainShrinkers.ScoringCase(c))
            {
                Assert.True(Off(shrunk.Figures) <= Off(c.Figures));
                Assert.NotEqual(c, shrunk);
            }
        }
    }
}
