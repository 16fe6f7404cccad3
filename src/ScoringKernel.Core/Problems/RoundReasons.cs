namespace ScoringKernel.Core.Problems;

/// <summary>
/// Why the year's round refused a command (the decider's <see cref="Round.RoundRefusalReason"/> codes, reused), and why
/// the round's service refused a call (a round not found, a stale etag, a role missing, an import that cannot be read).
/// The figure a department or a finding names that the unit does not have is <see cref="UnitReason.VillageNotListed"/>.
/// </summary>
public static class RoundReasons
{
    /// <summary>No args.</summary>
    public static readonly Reason ActorRequired = new LegacyReason("ACTOR_REQUIRED");
    /// <summary>No args: only opening is taken before the round is open.</summary>
    public static readonly Reason RoundNotOpen = new LegacyReason("ROUND_NOT_OPEN");
    /// <summary>No args.</summary>
    public static readonly Reason RoundAlreadyOpen = new LegacyReason("ROUND_ALREADY_OPEN");
    /// <summary>No args.</summary>
    public static readonly Reason NoUnits = new LegacyReason("NO_UNITS");
    /// <summary>Args: the unit.</summary>
    public static readonly Reason UnitListedTwice = new LegacyReason("UNIT_LISTED_TWICE");
    /// <summary>Args: the approved digest (code).</summary>
    public static readonly Reason RoundApproved = new LegacyReason("ROUND_APPROVED");
    /// <summary>Args: the unit.</summary>
    public static readonly Reason UnitNotInRound = new LegacyReason("UNIT_NOT_IN_ROUND");
    /// <summary>Args: the unit written to, the unit the figures belong to.</summary>
    public static readonly Reason UnitMismatch = new LegacyReason("UNIT_MISMATCH");
    /// <summary>Args: the unit, the figure (a figure ref), the value.</summary>
    public static readonly Reason ValueInvalid = new LegacyReason("VALUE_INVALID");
    /// <summary>No args.</summary>
    public static readonly Reason FindingIdRequired = new LegacyReason("FINDING_ID_REQUIRED");
    /// <summary>Args: the finding's id (code).</summary>
    public static readonly Reason FindingExists = new LegacyReason("FINDING_EXISTS");
    /// <summary>Args: the finding's id (code).</summary>
    public static readonly Reason FindingUnknown = new LegacyReason("FINDING_UNKNOWN");
    /// <summary>Args: the finding's id (code).</summary>
    public static readonly Reason FindingWithdrawn = new LegacyReason("FINDING_WITHDRAWN");
    /// <summary>No args.</summary>
    public static readonly Reason InspectorRequired = new LegacyReason("INSPECTOR_REQUIRED");
    /// <summary>No args: a withdrawal or a reopening says why.</summary>
    public static readonly Reason ReasonRequired = new LegacyReason("REASON_REQUIRED");
    /// <summary>Args: the number missing, the units missing (code, comma-separated).</summary>
    public static readonly Reason SelfEvaluationsMissing = new LegacyReason("SELF_EVALUATIONS_MISSING");
    /// <summary>No args.</summary>
    public static readonly Reason EvaluationUnavailable = new LegacyReason("EVALUATION_UNAVAILABLE");
    /// <summary>Args: the digest given (code), the current digest (code).</summary>
    public static readonly Reason StaleDigest = new LegacyReason("STALE_DIGEST");
    /// <summary>No args.</summary>
    public static readonly Reason NotApproved = new LegacyReason("NOT_APPROVED");
    /// <summary>Args: the approved digest (code).</summary>
    public static readonly Reason AlreadyApproved = new LegacyReason("ALREADY_APPROVED");
    /// <summary>Args: the digest given (code), the approved digest (code).</summary>
    public static readonly Reason DigestNotApproved = new LegacyReason("DIGEST_NOT_APPROVED");
    /// <summary>Args: the published digest (code).</summary>
    public static readonly Reason AlreadyPublished = new LegacyReason("ALREADY_PUBLISHED");

    /// <summary>Args: the year (number). No round has been opened for it.</summary>
    public static readonly Reason RoundNotFound = new LegacyReason("ROUND_NOT_FOUND");
    /// <summary>Args: the text given (typed), what was expected (code).</summary>
    public static readonly Reason NameMalformed = new LegacyReason("RESOURCE_NAME_MALFORMED");
    /// <summary>Args: the etag given (code), the current etag (code).</summary>
    public static readonly Reason EtagStale = new LegacyReason("ETAG_STALE");
    /// <summary>Args: the etag given (typed).</summary>
    public static readonly Reason EtagMalformed = new LegacyReason("ETAG_MALFORMED");
    /// <summary>Args: the role needed (code), the caller (typed).</summary>
    public static readonly Reason RoleRequired = new LegacyReason("ROLE_REQUIRED");
    /// <summary>No args: an import names a workbook, an evaluation or a round export.</summary>
    public static readonly Reason ImportEmpty = new LegacyReason("IMPORT_EMPTY");
    /// <summary>Args: the round the export holds (number), the round imported into (number).</summary>
    public static readonly Reason ExportOtherRound = new LegacyReason("EXPORT_OTHER_ROUND");
    /// <summary>Args: the event's version (number), the type (code).</summary>
    public static readonly Reason ExportEventUnreadable = new LegacyReason("EXPORT_EVENT_UNREADABLE");
    /// <summary>Args: the unit, the figure (a figure ref).</summary>
    public static readonly Reason FigureGivenTwice = new LegacyReason("FIGURE_GIVEN_TWICE");
    /// <summary>Args: the unit, the department, how many (number), then each figure (a figure ref).</summary>
    public static readonly Reason DepartmentFiguresWouldBeRemoved = new LegacyReason("DEPARTMENT_FIGURES_WOULD_BE_REMOVED");
    /// <summary>Args: the unit, the figure (a figure ref).</summary>
    public static readonly Reason FigureNotInMask = new LegacyReason("FIGURE_NOT_IN_UPDATE_MASK");
    /// <summary>No args.</summary>
    public static readonly Reason SubmissionsClosed = new LegacyReason("SUBMISSIONS_CLOSED");
    /// <summary>No args.</summary>
    public static readonly Reason SubmissionsAlreadyClosed = new LegacyReason("SUBMISSIONS_ALREADY_CLOSED");
    /// <summary>No args.</summary>
    public static readonly Reason SubmissionsNotClosed = new LegacyReason("SUBMISSIONS_NOT_CLOSED");
    /// <summary>No args.</summary>
    public static readonly Reason NoticeNumberRequired = new LegacyReason("NOTICE_NUMBER_REQUIRED");
    /// <summary>Args: the path given (typed), the figure keys it may name (code): an update mask names figures.</summary>
    public static readonly Reason MaskPathUnknown = new LegacyReason("UPDATE_MASK_PATH_UNKNOWN");
    /// <summary>Args: the text given (typed): a date of issue is YYYY-MM-DD.</summary>
    public static readonly Reason IssuedOnInvalid = new LegacyReason("ISSUED_ON_INVALID");
    /// <summary>Args: the year (number), what is missing (code: round, evaluation): a document of a round needs its evaluation.</summary>
    public static readonly Reason DocumentUnavailable = new LegacyReason("ROUND_DOCUMENT_UNAVAILABLE");

    /// <summary>Args: the year (number): a round export goes into a store that has no round for that year.</summary>
    public static readonly Reason RoundExists = new LegacyReason("ROUND_EXISTS");
    /// <summary>Args: the rule set given (typed).</summary>
    public static readonly Reason RuleSetOfRoundUnknown = new LegacyReason("ROUND_RULE_SET_UNKNOWN");
    /// <summary>No args: an evaluation file with no submission, nothing to import.</summary>
    public static readonly Reason ImportNothing = new LegacyReason("IMPORT_NOTHING");
    /// <summary>Args: the year (number), the first bad event's version (number), the fault (code: HASH_MISMATCH, MISSING,
    /// OUT_OF_ORDER, TRUNCATED, HEAD_MISMATCH), the hash expected there (code), the hash found (code).</summary>
    public static readonly Reason ChainBroken = new LegacyReason("ROUND_CHAIN_BROKEN");
    /// <summary>Args: the year (number), the events (number), the chain head (code). Not a refusal: the verdict of a verification.</summary>
    public static readonly Reason ChainIntact = new LegacyReason("ROUND_CHAIN_INTACT");
    /// <summary>Args: the event's number in the export, from 1 (number), its type (code): the decider would not have
    /// given it on the events before it (its refusals follow, under the same event).</summary>
    public static readonly Reason ExportEventRefused = new LegacyReason("EXPORT_EVENT_REFUSED");
    /// <summary>No args: the export is signed, but the signature does not match its chain head and key.</summary>
    public static readonly Reason ExportSignatureInvalid = new LegacyReason("EXPORT_SIGNATURE_INVALID");
    /// <summary>Args: the year (number), the rule sets loaded with their years (typed). A round opened without a rule set takes the one of its year.</summary>
    public static readonly Reason RuleSetForYearMissing = new LegacyReason("RULE_SET_FOR_YEAR_MISSING");
    /// <summary>Args: the year (number), the rule sets of that year (code, comma-separated): the office names one.</summary>
    public static readonly Reason RuleSetForYearAmbiguous = new LegacyReason("RULE_SET_FOR_YEAR_AMBIGUOUS");
}
