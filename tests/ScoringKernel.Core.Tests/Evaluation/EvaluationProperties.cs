using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LanguageExt;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Tests.Support;
using Xunit;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Tests.Evaluation;

[Properties(Arbitrary = new[] { typeof(EvaluationArbitraries) }, MaxTest = 1000)]
public class EvaluationProperties
{
    private static EvaluationResult Evaluate(EvaluationCase c) =>
        Evaluator.Evaluate(c.Rules, c.Table, c.Submissions).Accept();

    private static Seq<UnitFigures> Selves(EvaluationCase c) => c.Submissions.Map(s => s.SelfEvaluation).Strict();

    [Property]
    public void With_no_department_figures_and_no_findings_the_evaluation_is_Assess_on_the_self_evaluation(EvaluationCase c)
    {
        var plain = c with { Submissions = c.Submissions.Map(s => s with { Departments = Seq<DepartmentFigures>(), Findings = Seq<Finding>() }).Strict() };
        var result = Evaluate(plain);
        var assessed = Assessor.Assess(c.Rules, c.Table, Selves(c)).Accept();

        Assert.Equal(assessed with { ConsistencyWarnings = Seq<TableIssue>() }, result.Assessment);
        Assert.All(result.Units, u =>
        {
            Assert.Equal(u.SelfEvaluated, u.Evaluated);
            Assert.Empty(u.Corrections);
            Assert.All(u.Figures, f => Assert.Equal(0, f.Source.Authority));
        });
    }

    [Property]
    public void A_finding_changes_only_the_figure_it_names_and_the_scores_that_read_it(FindingCase f)
    {
        // One unit with a single finding and no other source; every unit as reported otherwise.
        var c = f.Case;
        var plain = c.Submissions.Map(s => s with { Departments = Seq<DepartmentFigures>(), Findings = Seq<Finding>() }).Strict();
        var self = plain[f.Unit].SelfEvaluation;
        var figure = f.Finding.Figure;
        var withFinding = toSeq(plain.Select((s, i) => i == f.Unit ? s with { Findings = Seq1(f.Finding) } : s)).Strict();

        var before = Evaluate(c with { Submissions = plain });
        var after = Evaluate(c with { Submissions = withFinding });
        var resolved = after.ResolvedFigures.Find(x => x.Unit == self.Unit).IfNone(() => throw new Xunit.Sdk.XunitException("unit lost"));

        Assert.Equal(Some(f.Finding.Value), figure.Get(resolved));
        foreach (var field in Enum.GetValues<FigureField>())
        {
            FigureRef other = new FigureRef.OfUnit(field);
            if (other != figure) Assert.Equal(other.Get(self), other.Get(resolved));
        }
        foreach (var village in self.VillageAssistance.Villages)
            foreach (var field in Enum.GetValues<VillageField>())
            {
                FigureRef other = new FigureRef.OfVillage(village.Name, field);
                if (other != figure) Assert.Equal(other.Get(self), other.Get(resolved));
            }
        foreach (var (b, a) in before.Assessment.Cards.Zip(after.Assessment.Cards))
        {
            if (b.Unit != self.Unit) Assert.Equal(b, a);
            else
                foreach (var indicator in Indicators.All.Filter(i => figure.Indicator != Some(i)))
                    Assert.Equal(b[indicator], a[indicator]);
        }
        var unit = after.Units.Find(u => u.Unit == self.Unit).IfNone(() => throw new Xunit.Sdk.XunitException("unit lost"));
        Assert.Equal(figure.Get(self) == Some(f.Finding.Value) ? 0 : 1, unit.Corrections.Count);
        Assert.Equal(before.Units.Find(u => u.Unit == self.Unit).Map(u => u.SelfEvaluated), Some(unit.SelfEvaluated));
    }

    [Property]
    public void Every_resolved_figure_comes_from_the_most_authoritative_source_that_gave_it(EvaluationCase c)
    {
        var result = Evaluate(c);
        foreach (var s in c.Submissions)
        {
            var claims = s.Departments.Bind(d => d.Figures.Map(v => (v.Figure, v.Value, Authority: 1)))
                + s.Findings.Map(f => (f.Figure, f.Value, Authority: 2));
            var unit = result.Units.Find(u => u.Unit == s.SelfEvaluation.Unit).IfNone(() => throw new Xunit.Sdk.XunitException("unit lost"));
            foreach (var resolved in unit.Figures)
            {
                var given = claims.Filter(x => x.Figure == resolved.Figure);
                var top = given.IsEmpty ? 0 : given.Map(x => x.Authority).Max();
                Assert.Equal(top, resolved.Source.Authority);
                if (top > 0) Assert.Contains(resolved.Value, given.Filter(x => x.Authority == top).Map(x => x.Value));
                else Assert.Equal(resolved.Figure.Get(s.SelfEvaluation), Some(resolved.Value));
            }
            // And the figures scored are those values.
            var scored = result.ResolvedFigures.Find(f => f.Unit == s.SelfEvaluation.Unit).IfNone(() => throw new Xunit.Sdk.XunitException("unit lost"));
            Assert.All(unit.Figures, f => Assert.Equal(Some(f.Value), f.Figure.Get(scored)));
        }
    }

    [Property]
    public void Ranking_and_grades_read_only_the_resolved_figures(FindingCase f)
    {
        // A unit whose figure a finding corrects: changing what it reported for that figure changes its self score only.
        var c = f.Case;
        var s = c.Submissions[f.Unit];
        var figure = f.Finding.Figure;
        var corrected = s with { Findings = s.Findings.Filter(x => x.Figure != figure).Add(f.Finding) };
        var otherReport = corrected with { SelfEvaluation = figure.Set(s.SelfEvaluation, f.OtherReport).Accept() };

        var a = Evaluate(c with { Submissions = toSeq(c.Submissions.Select((x, i) => i == f.Unit ? corrected : x)).Strict() });
        var b = Evaluate(c with { Submissions = toSeq(c.Submissions.Select((x, i) => i == f.Unit ? otherReport : x)).Strict() });

        Assert.Equal(a.Assessment, b.Assessment);
        Assert.Equal(a.ResolvedFigures, b.ResolvedFigures);
        Assert.Equal(a.Units.Filter(u => u.Unit != s.SelfEvaluation.Unit), b.Units.Filter(u => u.Unit != s.SelfEvaluation.Unit));
        Assert.Equal(a.Units.Find(u => u.Unit == s.SelfEvaluation.Unit).Map(u => u.Evaluated), b.Units.Find(u => u.Unit == s.SelfEvaluation.Unit).Map(u => u.Evaluated));
    }

    [Property]
    public void Reordering_the_sources_changes_nothing(EvaluationCase c, int seed)
    {
        var random = new Random(seed);
        Seq<T> Shuffle<T>(Seq<T> xs) => toSeq(xs.OrderBy(_ => random.Next()).ToList()).Strict();
        var shuffled = c with
        {
            Submissions = Shuffle(c.Submissions.Map(s => s with
            {
                Departments = Shuffle(s.Departments.Map(d => d with { Figures = Shuffle(d.Figures) })),
                Findings = Shuffle(s.Findings),
            })),
        };
        var a = Evaluate(c);
        var b = Evaluate(shuffled);
        Assert.Equal(a.Assessment, b.Assessment);
        Assert.Equal(a.Units, b.Units);
        Assert.Equal(a.ResolvedFigures.OrderBy(f => f.Unit.Value, StringComparer.Ordinal), b.ResolvedFigures.OrderBy(f => f.Unit.Value, StringComparer.Ordinal));
    }
}
