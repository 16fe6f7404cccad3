using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Round;
using ScoringKernel.Wire.Mapping;
using ScoringKernel.Words;
using static LanguageExt.Prelude;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Application.Rounds;

/// <summary>
/// The round's evaluation: <see cref="ScoringApi.Evaluate"/> on <see cref="RoundSources.Submissions"/>, under the rule
/// set the round opened on: one code path, the same stamp; approval names that stamp's input_sha256.
/// </summary>
public sealed class RoundEvaluation(ScoringApi scoring)
{
    /// <summary>The round's evaluation: <see cref="ScoringApi.Evaluate"/> on its sources, under the rule set it opened on.</summary>
    public Either<RoundFailure, P.EvaluateResponse> Of(RoundState state, Language language = Languages.Default)
    {
        if (state.Opening.IsNone) return new RoundFailure.Refused(Seq1(Problem.Of(new RoundReason.RoundNotOpen())));
        var opening = state.Opening.IfNone(() => throw new InvalidOperationException());
        var missing = RoundSources.Missing(state);
        if (!missing.IsEmpty) return new RoundFailure.Refused(Seq1(RoundProblems.SelfEvaluationsMissing(missing, RoundProblems.Evaluate)));
        var entry = scoring.Catalog.Find(opening.RuleSet.Id);
        if (entry.IsNone || entry.Exists(e => e.Rules.Version != opening.RuleSet.Version))
            return new RoundFailure.Refused(Seq1(Problem.Of(new RoundReason.RuleSetOfRoundUnknown($"{opening.RuleSet.Id}@{opening.RuleSet.Version}"))));
        return scoring.Evaluate(RequestOf(state), language)
            .MapLeft(f => (RoundFailure)new RoundFailure.Refused(f.All));
    }

    /// <summary>The evaluation request a round's sources make: the same one an office could send to Evaluate.</summary>
    public static P.EvaluateRequest RequestOf(RoundState state)
    {
        var request = new P.EvaluateRequest { RuleSetId = state.Opening.Map(o => o.RuleSet.Id).IfNone("") };
        request.Submissions.AddRange(RoundSources.Submissions(state).Map(RoundMapping.FromDomain));
        return request;
    }

    /// <summary>
    /// A self-evaluation lists no more poor villages than the round's target table gives the unit: refused at
    /// submission, not left for the evaluation to find.
    /// </summary>
    public Validation<Problem, Unit> WithinTable(RoundState state, Core.Figures.UnitFigures figures) =>
        state.Opening.Bind(o => scoring.Catalog.Find(o.RuleSet.Id)).Bind(e => e.Targets.Find(figures.Unit)).Match(
            targets => Core.Assessing.Assessor.VillagesWithinTable(targets, figures),
            () => Core.Validation.Valid.Ok(unit));

    /// <summary>The digest the decider compares an approval with: the stamp's input_sha256 of the evaluation, none if there is none.</summary>
    public Option<string> CurrentDigest(RoundState state) =>
        Of(state).Match(e => Some(e.Stamp.InputSha256), _ => None);
}
