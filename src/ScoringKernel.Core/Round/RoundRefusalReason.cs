namespace ScoringKernel.Core.Round;

/// <summary>
/// Why the round refused a command: a closed list. Each has a stable code (<see cref="RoundRefusalReasons.Code"/>)
/// that the words module renders in each language and clients may match on; the enum's names may change, the codes not.
/// </summary>
public enum RoundRefusalReason
{
    /// <summary>The command carries no actor; every event records who.</summary>
    ActorRequired,
    /// <summary>Only <c>OpenRound</c> is taken before the round is open.</summary>
    RoundNotOpen,
    RoundAlreadyOpen,
    /// <summary>A round assesses at least one unit.</summary>
    NoUnits,
    /// <summary>The opening lists the unit twice.</summary>
    UnitListedTwice,
    /// <summary>The round is approved (with its digest); no source changes until it is reopened.</summary>
    RoundApproved,
    /// <summary>the unit is not assessed in this round.</summary>
    UnitNotInRound,
    /// <summary>The self-evaluation for the unit holds the figures of another unit.</summary>
    UnitMismatch,
    /// <summary>The figure names a village the unit's latest self-evaluation does not list.</summary>
    VillageNotListed,
    /// <summary>The value is not one the figure may take (the figure's smart constructor refuses it).</summary>
    ValueInvalid,
    FindingIdRequired,
    FindingExists,
    FindingUnknown,
    FindingWithdrawn,
    InspectorRequired,
    /// <summary>A withdrawal or a reopening says why.</summary>
    ReasonRequired,
    /// <summary>The evaluation needs every unit's self-evaluation; the refusal lists those missing.</summary>
    SelfEvaluationsMissing,
    /// <summary>The current sources give no evaluation (the evaluation itself reports why), so there is nothing to approve.</summary>
    EvaluationUnavailable,
    /// <summary>The approver saw a digest; the evaluation now is another.</summary>
    StaleDigest,
    /// <summary>Reopen or publish on a round that is not approved.</summary>
    NotApproved,
    AlreadyApproved,
    /// <summary>The notice to publish names a digest, not the approved its digest.</summary>
    DigestNotApproved,
    AlreadyPublished,
    /// <summary>A department's submission gives a figure more than once.</summary>
    FigureGivenTwice,
    /// <summary>
    /// A department's submission without an update mask leaves out figures, which it gave
    /// before: taking it would remove them silently.
    /// </summary>
    DepartmentFiguresWouldBeRemoved,
    /// <summary>The submission gives a figure, which its update mask does not name.</summary>
    FigureNotInMask,
    /// <summary>Submissions are closed (报送截止): no source changes until the office reopens them.</summary>
    SubmissionsClosed,
    SubmissionsAlreadyClosed,
    /// <summary>Reopen submissions on a round whose submissions are not closed.</summary>
    SubmissionsNotClosed,
    /// <summary>The notice is published under a document number (文号).</summary>
    NoticeNumberRequired,
}

public static class RoundRefusalReasons
{
    /// <summary>
    /// Whether the round's state is why (FAILED_PRECONDITION: the round approved, a finding withdrawn, a stale digest
    /// …), not the command itself (INVALID_ARGUMENT: no actor, no reason, a unit not in the round …).
    /// </summary>
    public static bool IsOfState(this RoundRefusalReason reason) => reason switch
    {
        RoundRefusalReason.ActorRequired => false,
        RoundRefusalReason.RoundNotOpen => true,
        RoundRefusalReason.RoundAlreadyOpen => true,
        RoundRefusalReason.NoUnits => false,
        RoundRefusalReason.UnitListedTwice => false,
        RoundRefusalReason.RoundApproved => true,
        RoundRefusalReason.UnitNotInRound => false,
        RoundRefusalReason.UnitMismatch => false,
        RoundRefusalReason.VillageNotListed => false,
        RoundRefusalReason.ValueInvalid => false,
        RoundRefusalReason.FindingIdRequired => false,
        RoundRefusalReason.FindingExists => true,
        RoundRefusalReason.FindingUnknown => true,
        RoundRefusalReason.FindingWithdrawn => true,
        RoundRefusalReason.InspectorRequired => false,
        RoundRefusalReason.ReasonRequired => false,
        RoundRefusalReason.SelfEvaluationsMissing => true,
        RoundRefusalReason.EvaluationUnavailable => true,
        RoundRefusalReason.StaleDigest => true,
        RoundRefusalReason.NotApproved => true,
        RoundRefusalReason.AlreadyApproved => true,
        RoundRefusalReason.DigestNotApproved => true,
        RoundRefusalReason.AlreadyPublished => true,
        RoundRefusalReason.FigureGivenTwice => false,
        RoundRefusalReason.DepartmentFiguresWouldBeRemoved => true,
        RoundRefusalReason.FigureNotInMask => false,
        RoundRefusalReason.SubmissionsClosed => true,
        RoundRefusalReason.SubmissionsAlreadyClosed => true,
        RoundRefusalReason.SubmissionsNotClosed => true,
        RoundRefusalReason.NoticeNumberRequired => false,
    };

    /// <summary>The stable UPPER_SNAKE code of the reason.</summary>
    public static string Code(this RoundRefusalReason reason) => reason switch
    {
        RoundRefusalReason.ActorRequired => "ACTOR_REQUIRED",
        RoundRefusalReason.RoundNotOpen => "ROUND_NOT_OPEN",
        RoundRefusalReason.RoundAlreadyOpen => "ROUND_ALREADY_OPEN",
        RoundRefusalReason.NoUnits => "NO_UNITS",
        RoundRefusalReason.UnitListedTwice => "UNIT_LISTED_TWICE",
        RoundRefusalReason.RoundApproved => "ROUND_APPROVED",
        RoundRefusalReason.UnitNotInRound => "UNIT_NOT_IN_ROUND",
        RoundRefusalReason.UnitMismatch => "UNIT_MISMATCH",
        RoundRefusalReason.VillageNotListed => "VILLAGE_NOT_LISTED",
        RoundRefusalReason.ValueInvalid => "VALUE_INVALID",
        RoundRefusalReason.FindingIdRequired => "FINDING_ID_REQUIRED",
        RoundRefusalReason.FindingExists => "FINDING_EXISTS",
        RoundRefusalReason.FindingUnknown => "FINDING_UNKNOWN",
        RoundRefusalReason.FindingWithdrawn => "FINDING_WITHDRAWN",
        RoundRefusalReason.InspectorRequired => "INSPECTOR_REQUIRED",
        RoundRefusalReason.ReasonRequired => "REASON_REQUIRED",
        RoundRefusalReason.SelfEvaluationsMissing => "SELF_EVALUATIONS_MISSING",
        RoundRefusalReason.EvaluationUnavailable => "EVALUATION_UNAVAILABLE",
        RoundRefusalReason.StaleDigest => "STALE_DIGEST",
        RoundRefusalReason.NotApproved => "NOT_APPROVED",
        RoundRefusalReason.AlreadyApproved => "ALREADY_APPROVED",
        RoundRefusalReason.DigestNotApproved => "DIGEST_NOT_APPROVED",
        RoundRefusalReason.AlreadyPublished => "ALREADY_PUBLISHED",
        RoundRefusalReason.FigureGivenTwice => "FIGURE_GIVEN_TWICE",
        RoundRefusalReason.DepartmentFiguresWouldBeRemoved => "DEPARTMENT_FIGURES_WOULD_BE_REMOVED",
        RoundRefusalReason.FigureNotInMask => "FIGURE_NOT_IN_UPDATE_MASK",
        RoundRefusalReason.SubmissionsClosed => "SUBMISSIONS_CLOSED",
        RoundRefusalReason.SubmissionsAlreadyClosed => "SUBMISSIONS_ALREADY_CLOSED",
        RoundRefusalReason.SubmissionsNotClosed => "SUBMISSIONS_NOT_CLOSED",
        RoundRefusalReason.NoticeNumberRequired => "NOTICE_NUMBER_REQUIRED",
    };
}
