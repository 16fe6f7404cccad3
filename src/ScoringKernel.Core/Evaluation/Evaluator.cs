using LanguageExt;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Evaluation;

/// <summary>
/// The comprehensive evaluation (综合评定, PRODUCT.md): each figure is taken from the most authoritative source that
/// gives it (finding &gt; department &gt; self-evaluation); the self-evaluation is scored as reported and the resolved
/// figures are scored, ranked and graded. Problems are named by their path in an EvaluateRequest
/// (<c>submissions[i].findings[j].value</c>); nothing is scored unless every submission is valid.
/// </summary>
public static class Evaluator
{
    /// <summary>One source's value for one figure, and where the request gave it.</summary>
    private sealed record Claim(FigureRef Figure, decimal Value, Source Source, string Path);

    /// <summary>A unit's figures resolved from its sources, with what the evaluation reports about them.</summary>
    private sealed record Resolution(UnitFigures Figures, Seq<ResolvedFigure> Resolved, Seq<Correction> Corrections, Seq<TableIssue> Warnings);

    public static Validation<Problem, EvaluationResult> Evaluate(RuleSet rules, TargetTable table, Seq<UnitSubmission> submissions)
    {
        var selves = submissions.Map(s => s.SelfEvaluation).Strict();
        var selfAssessment = Assessor.Assess(rules, table, selves).MapFail(FromUnits);
        var resolutions = Valid.Each("submissions", submissions, s => Resolve(rules, s));
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
        var warnings = resolutions.Select((r, i) => r.Warnings.Map(w => w with { Field = $"submissions[{i}].{w.Field}" })).SelectMany(w => w).ToSeq()
            + evaluated.ConsistencyWarnings.Map(w => w with { Field = FromUnits(w.Field) });
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
            .Map(c => new Problem($"{c.Path}.figure.village.name", $"the self-evaluation of {self.Unit} lists no village '{((FigureRef.OfVillage)c.Figure).Village}'"));
        // Every value is checked against the figure's bounds on its own, the losing sources' values too: bad input is refused wherever it is.
        var badValues = listed
            .Bind(c => c.Figure.Set(self, c.Value).FailToSeq().Map(p => new Problem($"{c.Path}.value", p.Message)));
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
            var (first, second) = string.CompareOrdinal(winner.Path, other.Path) < 0 ? (winner, other) : (other, winner);
            return new Problem($"{second.Path}.value",
                $"{second.Figure.Path}: {second.Source.Words} gives {DecimalParsing.Format(second.Value)}, but {first.Source.Words} gives {DecimalParsing.Format(first.Value)} at {first.Path}; sources of the same authority must agree");
        });
        return (winner, conflict);
    }

    private static Seq<Claim> Claims(UnitSubmission s) =>
        s.Departments.Select((d, j) => d.Figures.Select((v, k) => new Claim(v.Figure, v.Value, new Source.FromDepartment(d.Department), $"departments[{j}].figures[{k}]")))
            .SelectMany(x => x)
            .Concat(s.Findings.Select((f, j) => new Claim(f.Figure, f.Value, new Source.FromFinding(f.Check, f.Date, f.Note), $"findings[{j}]")))
            .ToSeq().Strict();

    /// <summary>A department figure for an indicator Attachment 1 assigns to other departments is accepted, with a warning naming those the table lists.</summary>
    private static Seq<TableIssue> DepartmentWarnings(RuleSet rules, Seq<Claim> claims) =>
        claims.Choose(c => c.Source.Match(
            _ => None,
            d =>
            {
                var (providers, clause) = c.Figure.Indicator.Match(
                    i => (Clauses.Of(i, rules).Providers, i.ClauseId()),
                    () => (Departments.FundsMisuseProviders, "funds misuse"));
                return providers.Contains(d.Department)
                    ? None
                    : Some(new TableIssue(Severity.Warning, $"{c.Path}",
                        $"{d.Department.Name()} gave {c.Figure.Path}; Attachment 1 names {string.Join("、", providers.Map(p => p.Name()))} as providing {clause}. Accepted."));
            },
            _ => Option<TableIssue>.None)).Strict();

    /// <summary>The assessment names a unit's figures <c>units[i]</c>; in an EvaluateRequest they are <c>submissions[i].self_evaluation</c>.</summary>
    private static Problem FromUnits(Problem p) => p with { Field = FromUnits(p.Field) };

    private static string FromUnits(string field) =>
        field == "units" ? "submissions"
        : field.StartsWith("units[", StringComparison.Ordinal) && field.IndexOf(']') is var end and > 0
            ? $"submissions{field[5..(end + 1)]}.self_evaluation{field[(end + 1)..]}"
            : field;
}
