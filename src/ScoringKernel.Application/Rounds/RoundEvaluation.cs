using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Round;
using ScoringKernel.Wire.Mapping;
using ScoringKernel.Words;
using static LanguageExt.Prelude;
using ScoringKernel.Application.Scoring;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Application.Rounds;

/// <summary>
/// The round's evaluation: <see cref="ScoringHandler.Evaluate"/> on <see cref="RoundSources.Submissions"/>, under the
/// rule set and table the round opened on — the same code path and stamp as an Evaluate call with those sources; an
/// approval names that stamp's input_sha256, read here from the domain result (no request is built, no words written).
/// </summary>
public sealed class RoundEvaluation(ScoringApi scoring)
{
    /// <summary>The round's evaluation on its sources, under the rule set it opened on.</summary>
    public Either<RoundFailure, Evaluated> Of(RoundState state)
    {
        if (state.Opening.IsNone) return new RoundFailure.Refused(Seq1(Problem.Of(new RoundReason.RoundNotOpen())));
        var opening = state.Opening.IfNone(() => throw new InvalidOperationException());
        var missing = RoundSources.Missing(state);
        if (!missing.IsEmpty) return new RoundFailure.Refused(Seq1(RoundProblems.SelfEvaluationsMissing(missing, RoundProblems.Evaluate)));
        var entry = scoring.Catalog.Find(opening.RuleSet.Id).Filter(e => e.Rules.Version == opening.RuleSet.Version);
        if (entry.IsNone)
            return new RoundFailure.Refused(Seq1(Problem.Of(new RoundReason.RuleSetOfRoundUnknown($"{opening.RuleSet.Id}@{opening.RuleSet.Version}"))));
        var e = entry.IfNone(() => throw new InvalidOperationException());
        return scoring.Handler.Evaluate(new EvaluateCommand(e.Rules, e.Targets, RoundSources.Submissions(state)))
            .MapLeft(f => (RoundFailure)new RoundFailure.Refused(f.All));
    }

    /// <summary>The round's evaluation on the wire, its words in <paramref name="language"/>.</summary>
    public Either<RoundFailure, P.EvaluateResponse> Response(RoundState state, Language language = Languages.Default) =>
        Of(state).Map(e => ScoringApi.EvaluateResponse(e, language));

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
