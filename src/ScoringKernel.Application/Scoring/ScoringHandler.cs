using LanguageExt;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Scoring;
using static LanguageExt.Prelude;

namespace ScoringKernel.Application.Scoring;

/// <summary>
/// Assess, ScoreUnit and Evaluate on domain values: a validated command in, the kernel's result with its explanation
/// and stamp out. No generated message is read or built here; the wire (<see cref="ScoringApi"/>), the documents and
/// the command line map to and from these once, each at its own edge.
/// </summary>
public sealed class ScoringHandler(RuleSetCatalog catalog)
{
    public Either<ApiFailure, Assessed> Assess(AssessCommand command)
    {
        var (rules, table, figures) = command.Inputs;
        return Assessor.Assess(rules, table, figures).ToEither().MapLeft(ScoringApi.Invalid)
            .Map(assessment => new Assessed(rules, table, figures, assessment, new Explainer(rules, table, figures), command.WithLines,
                Stamp(rules, CanonicalInputs.Digest(rules, table, figures))));
    }

    public Either<ApiFailure, ScoredUnit> ScoreUnit(ScoreUnitCommand command) =>
        Assessor.ScoreUnit(command.Rules, command.Table, command.Unit).ToEither().MapLeft(ScoringApi.Invalid)
            .Map(card => new ScoredUnit(command.Rules, card, new Explainer(command.Rules, command.Table, Seq1(command.Unit)),
                Stamp(command.Rules, CanonicalInputs.Digest(command.Rules, command.Table, Seq1(command.Unit)))));

    public Either<ApiFailure, Evaluated> Evaluate(EvaluateCommand command)
    {
        var (rules, table, submissions) = command;
        return Evaluator.Evaluate(rules, table, submissions).ToEither().MapLeft(ScoringApi.Invalid)
            .Map(result => new Evaluated(rules, table, submissions, result,
                new Explainer(rules, table, submissions.Map(s => s.SelfEvaluation).Strict()),
                new Explainer(rules, table, result.ResolvedFigures),
                Stamp(rules, CanonicalInputs.Digest(rules, table, submissions))));
    }

    private ResultStamp Stamp(Core.Rules.RuleSet rules, string inputSha256) =>
        new(rules.Id, rules.Version, CanonicalInputs.KernelVersion, inputSha256, catalog.Sha256(rules.Id));
}
