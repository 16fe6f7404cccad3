using LanguageExt;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Evaluation;

/// <summary>
/// The comprehensive evaluation (综合评定, specs/docs/readings.md): each figure is taken from the most authoritative source that
/// gives it (finding &gt; department &gt; self-evaluation); the self-evaluation is scored as reported and the resolved
/// figures are scored, ranked and graded. Problems stand at the submission, and the department figure or finding, that
/// gave them; nothing is scored unless every submission is valid.
/// </summary>
public static class Evaluator
{
    /// <summary>One source's value for one figure, where the request gave it, and its position among the request's claims.</summary>
    private sealed record Claim(FigureRef Figure, decimal Value, Source Source, Place At, int Order = 0);

    /// <summary>A unit's figures resolved from its sources, with what the evaluation reports about them.</summary>
    private sealed record Resolution(UnitFigures Figures, Seq<ResolvedFigure> Resolved, Seq<Correction> Corrections, Seq<TableIssue> Warnings);

    public static Validation<Problem, EvaluationResult> Evaluate(RuleSet rules, TargetTable table, Seq<UnitSubmission> submissions)
    {
        var selves = submissions.Map(s => s.SelfEvaluation).Strict();
        var selfAssessment = Assessor.Assess(rules, table, selves).MapFail(FromUnits);
        var resolutions = Valid.Each(i => new Step.Submission(i, submissions[i].SelfEvaluation.Unit), submissions, s => Resolve(rules, s));
        return (selfAssessment, resolutions)
            .Apply((self, resolved) => (self, resolved))
            .Bind(t => Assessor.Assess(rules, table, t.resolved.Map(r => r.Figures).Strict()).MapFail(FromUnits)
                .Map(evaluated => Result(t.self, evaluated, submissions, t.resolved)));
    }

    private static EvaluationResult Result(Assessment self, Assessment evaluated, Seq<UnitSubmission> submissions, Seq<Resolution> resolutions)
    {
        var byUnit = submissions.Zip(resolutions).ToDictionary(x => x.Item1.SelfEvaluation.Unit, x => x.Item2);
        var selfCards = self.Cards.ToDictionary(c => c.Unit);
        var units = evaluated.Cards.Map(card =>
        {
            var selfCard = selfCards[card.Unit];
            var resolution = byUnit[card.Unit];
            return new UnitEvaluation(card.Unit, card.Name, selfCard, card,
                Indicators.All.Map(i => new IndicatorDifference(i, selfCard[i].Score, card[i].Score)).Strict(),
                resolution.Resolved, resolution.Corrections);
        }).Strict();
        var warnings = resolutions.Select((r, i) => r.Warnings.Map(w => w.Under(new Step.Submission(i, submissions[i].SelfEvaluation.Unit)))).SelectMany(w => w).ToSeq()
            + evaluated.ConsistencyWarnings.Map(w => w with { Problem = FromUnits(w.Problem) });
        return new EvaluationResult(evaluated with { ConsistencyWarnings = Seq<TableIssue>() }, resolutions.Map(r => r.Figures).Strict(), units, warnings.Strict());
    }

    /// <summary>One unit's figures resolved from its sources; problems are relative to its submission.</summary>
    private static Validation<Problem, Resolution> Resolve(RuleSet rules, UnitSubmission submission)
    {
        var self = submission.SelfEvaluation;
        var claims = Claims(submission);
        // Only a village the self-evaluation does not list has no value in it.
        var lookedUp = claims.Map(c => (Claim: c, Listed: c.Figure.Get(self).IsSome)).Strict();
        var listed = lookedUp.Filter(x => x.Listed).Map(x => x.Claim).Strict();
        var unlisted = lookedUp.Filter(x => !x.Listed).Map(x => x.Claim);
        var unknownVillages = unlisted
            .Map(c => Problem.Of(new UnitReason.VillageNotListed(self.Unit, ((FigureRef.OfVillage)c.Figure).Village)).AtPlace(c.At.Then(new Step.ClaimPart(ClaimItem.Village))));
        // Every value is checked against the figure's bounds on its own, the losing sources' values too: bad input is refused wherever it is.
        var badValues = listed
            .Bind(c => c.Figure.Set(self, c.Value).FailToSeq().Map(p => p.AtPlace(c.At.Then(new Step.ClaimPart(ClaimItem.Value)))));
        var groups = listed
            .GroupBy(c => c.Figure)
            .OrderBy(g => g.Key)
            .Select(g => Winner(g.ToSeq()))
            .ToSeq().Strict();
        var conflicts = groups.Choose(g => g.Conflict);
        var problems = unknownVillages + badValues + conflicts;
        if (!problems.IsEmpty) return Fail<Problem, Resolution>(problems.Strict());

        var winners = groups.Map(g => g.Winner);
        var resolved = winners.Fold(self, (f, w) => w.Figure.Set(f, w.Value).Match(x => x, _ => f));
        var given = winners.ToDictionary(w => w.Figure);
        var figures = FigureFields.All.Map(d => (FigureRef)new FigureRef.OfUnit(d.Field))
            .Append(winners.Map(w => w.Figure).Filter(f => f is FigureRef.OfVillage))
            .Map(f => given.TryGetValue(f, out var w)
                ? new ResolvedFigure(f, w.Value, w.Source)
                : new ResolvedFigure(f, f.Get(self).IfNone(0m), Source.SelfEvaluation.Instance))
            .Strict();
        var corrections = winners
            .Filter(w => Reported(w.Figure) != w.Value)
            .Map(w => new Correction(w.Figure, Reported(w.Figure), w.Value, w.Source)).Strict();
        return Valid.Ok(new Resolution(resolved, figures, corrections, DepartmentWarnings(rules, claims)));

        decimal Reported(FigureRef figure) => figure.Get(self).IfNone(0m);
    }

    /// <summary>The most authoritative claims for one figure: their value, or the conflict when two of them disagree.</summary>
    private static (Claim Winner, Option<Problem> Conflict) Winner(Seq<Claim> claims)
    {
        var authority = claims.Map(c => c.Source.Authority).Max();
        var top = claims.Filter(c => c.Source.Authority == authority).OrderBy(c => c.Source.OrderKey, StringComparer.Ordinal).ToSeq().Strict();
        var winner = top.Head;
        var conflict = top.Find(c => c.Value != winner.Value).Map(other =>
        {
            var (first, second) = winner.Order < other.Order ? (winner, other) : (other, winner);
            return new Problem(new EvaluationReason.SourcesDisagree(second.Figure, second.Source, second.Value, first.Source, first.Value, first.At),
                second.At.Then(new Step.ClaimPart(ClaimItem.Value)));
        });
        return (winner, conflict);
    }

    private static Seq<Claim> Claims(UnitSubmission s) =>
        s.Departments.Select((d, j) => d.Figures.Select((v, k) => new Claim(v.Figure, v.Value, new Source.FromDepartment(d.Department), Place.Of(new Step.DepartmentEntry(j, d.Department), new Step.GivenFigure(k, v.Figure)))))
            .SelectMany(x => x)
            .Concat(s.Findings.Select((f, j) => new Claim(f.Figure, f.Value, new Source.FromFinding(f.Check, f.Date, f.Note), Place.Of(new Step.FindingEntry(j)))))
            .Select((c, n) => c with { Order = n })
            .ToSeq().Strict();

    /// <summary>A department figure for an indicator Attachment 1 assigns to other departments is accepted, with a warning naming those the table lists.</summary>
    private static Seq<TableIssue> DepartmentWarnings(RuleSet rules, Seq<Claim> claims) =>
        claims.Choose(c => c.Source.Match(
            _ => None,
            d =>
            {
                var providers = c.Figure.Indicator.Match(i => Clauses.Of(i, rules).Providers, () => Departments.FundsMisuseProviders);
                return providers.Contains(d.Department)
                    ? None
                    : Some(new TableIssue(Severity.Warning, new Problem(new EvaluationReason.DepartmentNotProvider(d.Department, c.Figure, providers), c.At)));
            },
            _ => Option<TableIssue>.None)).Strict();

    /// <summary>The assessment places a problem at a unit's entry; in an evaluation that unit's figures are its submission's self-evaluation.</summary>
    private static Problem FromUnits(Problem p) => p.At.Steps.HeadOrNone().Match(
        head => head switch
        {
            Step.UnitEntry u => p.AtPlace(new Place(p.At.Steps.Tail).Under(new Step.Submission(u.Index, u.Code), Step.SelfEvaluation.Instance)),
            Step.Units => p.AtPlace(new Place(p.At.Steps.Tail).Under(Step.Submissions.Instance)),
            _ => p,
        },
        () => p);
}
