using LanguageExt;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Validation;
using ScoringKernel.Wire.Mapping;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Application;

/// <summary>
/// Interim, until the application's scoring functions return domain results: an Assess or Evaluate request as the
/// domain result the documents and the command line render (the rule set, the assessment or evaluation, what
/// explains its lines), with the wire's stamp.
/// </summary>
public static class DomainResults
{
    public sealed record Assessed(RuleSet Rules, Assessment Assessment, Explainer Explainer, P.ResultStamp Stamp);

    public sealed record ScoredUnit(RuleSet Rules, ScoreCard Card, Explainer Explainer, P.ResultStamp Stamp);

    public sealed record Evaluated(RuleSet Rules, EvaluationResult Result, Explainer Self, Explainer Resolved, P.ResultStamp Stamp);

    public static Either<ApiFailure, Assessed> AssessedOf(this ScoringApi api, P.AssessRequest request) =>
        from b in api.Base(request)
        from assessment in Assessor.Assess(b.Rules, b.Table, b.Figures).ToEither().MapLeft(ScoringApi.Invalid)
        select new Assessed(b.Rules, assessment, new Explainer(b.Rules, b.Table, b.Figures), api.Stamped(ResultStamps.For(b.Rules, b.Table, b.Figures)));

    /// <summary>Checked as ScoreUnit checks it (the same failures), then scored on the domain values.</summary>
    public static Either<ApiFailure, ScoredUnit> ScoredUnitOf(this ScoringApi api, P.ScoreUnitRequest request) =>
        from wire in api.ScoreUnit(request)
        from entry in api.Entry(request.RuleSetId)
        let rules = entry.Rules with { Policy = EnumMapping.ToDomain(request.UnitPolicy, Step.Policy.Instance).Match(p => p.IfNone(entry.Rules.Policy), _ => entry.Rules.Policy) }
        let table = request.TargetTable is null ? entry.Targets : TargetsMapping.ToDomain(request.TargetTable).Match(t => t, _ => entry.Targets)
        let figures = FiguresMapping.ToDomain(request.Unit).Match(x => x, _ => throw new InvalidOperationException("checked by ScoreUnit"))
        from card in Assessor.ScoreUnit(rules, table, figures).ToEither().MapLeft(ScoringApi.Invalid)
        select new ScoredUnit(rules, card, new Explainer(rules, table, LanguageExt.Prelude.Seq1(figures)), wire.Stamp);

    /// <summary>Checked as Evaluate checks it (the same failures), then evaluated on the domain values.</summary>
    public static Either<ApiFailure, Evaluated> EvaluatedOf(this ScoringApi api, P.EvaluateRequest request) =>
        from wire in api.Evaluate(request)
        from entry in api.Entry(request.RuleSetId)
        let rules = entry.Rules with { Policy = EnumMapping.ToDomain(request.UnitPolicy, Step.Policy.Instance).Match(p => p.IfNone(entry.Rules.Policy), _ => entry.Rules.Policy) }
        let table = request.TargetTable is null ? entry.Targets : TargetsMapping.ToDomain(request.TargetTable).Match(t => t, _ => entry.Targets)
        let submissions = request.Submissions.Select(s => EvaluationMapping.ToDomain(s).Match(x => x, _ => throw new InvalidOperationException("checked by Evaluate"))).ToSeq().Strict()
        from result in Evaluator.Evaluate(rules, table, submissions).ToEither().MapLeft(ScoringApi.Invalid)
        select new Evaluated(rules, result, new Explainer(rules, table, submissions.Map(s => s.SelfEvaluation).Strict()), new Explainer(rules, table, result.ResolvedFigures), wire.Stamp);
}
