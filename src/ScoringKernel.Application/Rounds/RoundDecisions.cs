using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Round;

namespace ScoringKernel.Application.Rounds;

/// <summary>
/// A command decided on the loaded round by <see cref="RoundDecider"/>, and its refusals as the failure the caller is
/// answered with: FAILED_PRECONDITION when the round's state is why, INVALID_ARGUMENT when the command itself is, each
/// problem at the request's field.
/// </summary>
public static class RoundDecisions
{
    public static Either<RoundFailure, Seq<RoundEvent>> Decide(RoundCommand command, LoadedRound loaded, Func<RoundState, Option<string>> currentDigest)
    {
        if (!loaded.Exists && command is not RoundCommand.OpenRound) return new RoundFailure.Missing(RoundNotFound(loaded.Year));
        return RoundDecider.Decide(command, loaded.State, currentDigest).ToEither().MapLeft(rs => Failure(rs, RoundProblems.InRequest(command, rs)));
    }

    public static Problem RoundNotFound(int year) => Problem.Of(new RoundReason.RoundNotFound(year)).Under(RoundSteps.Year);

    /// <summary>A refusal is FAILED_PRECONDITION when the round's state is why, INVALID_ARGUMENT when the command itself is.</summary>
    public static RoundFailure Failure(Seq<RoundRefusal> refusals) => Failure(refusals, RoundProblems.Of(refusals));

    public static RoundFailure Failure(Seq<RoundRefusal> refusals, Seq<Problem> problems) =>
        refusals.Exists(r => r.Reason.IsOfState())
            ? new RoundFailure.Refused(problems)
            : new RoundFailure.Invalid(problems);
}
