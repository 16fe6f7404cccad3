using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Round;
using static LanguageExt.Prelude;

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
        return RoundDecider.Decide(command, loaded.State, currentDigest).ToEither().MapLeft(rs => Failure(rs, Placed(command, rs)));
    }

    public static Problem RoundNotFound(int year) => Problem.Of(new RoundReason.RoundNotFound(year)).Under(new Step.Wire("year"));

    /// <summary>A refusal is FAILED_PRECONDITION when the round's state is why, INVALID_ARGUMENT when the command itself is.</summary>
    public static RoundFailure Failure(Seq<RoundRefusal> refusals) => Failure(refusals, RoundProblems.Of(refusals));

    public static RoundFailure Failure(Seq<RoundRefusal> refusals, Seq<Problem> problems) =>
        refusals.Exists(r => StateReasons.Contains(r.Reason))
            ? new RoundFailure.Refused(problems)
            : new RoundFailure.Invalid(problems);

    /// <summary>
    /// The refusals of a command as problems at the request's fields: a figure in what the command carries under the
    /// field that carries it (<c>figures.figures[2].value</c>, <c>finding.figure.village.name</c>,
    /// <c>figures.unit_code</c>), and the request's own fields (<c>unit_code</c>, <c>finding_id</c>, <c>inspector</c>,
    /// <c>reason</c>).
    /// </summary>
    private static Seq<Problem> Placed(RoundCommand command, Seq<RoundRefusal> refusals)
    {
        var carried = command switch
        {
            RoundCommand.SubmitSelfEvaluation or RoundCommand.SubmitDepartmentFigures => "figures",
            RoundCommand.RecordFinding => "finding",
            _ => null,
        };
        return refusals.Map(r =>
        {
            var problem = RoundProblems.Of(command, Seq1(r)).Head;
            if (!problem.At.Steps.IsEmpty) return carried is null ? problem : problem.Under(new Step.Wire(carried));
            return r.Reason switch
            {
                RoundRefusalReason.UnitNotInRound => problem.Under(new Step.Wire("unit_code")),
                RoundRefusalReason.FindingIdRequired or RoundRefusalReason.FindingExists or RoundRefusalReason.FindingUnknown
                    or RoundRefusalReason.FindingWithdrawn => problem.Under(new Step.Wire("finding_id")),
                RoundRefusalReason.InspectorRequired => problem.Under(new Step.Wire("inspector")),
                RoundRefusalReason.ReasonRequired => problem.Under(new Step.Wire("reason")),
                RoundRefusalReason.NoticeNumberRequired => problem.Under(new Step.Wire("notice_number")),
                RoundRefusalReason.StaleDigest or RoundRefusalReason.DigestNotApproved => problem.Under(new Step.Wire("evaluation_digest")),
                _ => problem,
            };
        }).Strict();
    }

    private static readonly System.Collections.Generic.HashSet<RoundRefusalReason> StateReasons =
    [
        RoundRefusalReason.RoundNotOpen, RoundRefusalReason.RoundAlreadyOpen, RoundRefusalReason.RoundApproved, RoundRefusalReason.FindingExists,
        RoundRefusalReason.FindingWithdrawn, RoundRefusalReason.SelfEvaluationsMissing, RoundRefusalReason.EvaluationUnavailable,
        RoundRefusalReason.StaleDigest, RoundRefusalReason.NotApproved, RoundRefusalReason.AlreadyApproved, RoundRefusalReason.DigestNotApproved,
        RoundRefusalReason.AlreadyPublished, RoundRefusalReason.FindingUnknown,
        RoundRefusalReason.SubmissionsClosed, RoundRefusalReason.SubmissionsAlreadyClosed, RoundRefusalReason.SubmissionsNotClosed,
        RoundRefusalReason.DepartmentFiguresWouldBeRemoved,
    ];
}
