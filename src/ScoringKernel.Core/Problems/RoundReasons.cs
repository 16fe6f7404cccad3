namespace ScoringKernel.Core.Problems;

/// <summary>
/// Why the year's round refused a command (the decider's <see cref="Round.RoundRefusalReason"/> codes, reused), and why
/// the round's service refused a call (a round not found, a stale etag, a role missing, an import that cannot be read).
/// The figure a department or a finding names that the unit does not have is <see cref="UnitReasons.VillageNotListed"/>.
/// </summary>
public static class RoundReasons
{
    /// <summary>No args.</summary>
    public static readonly Reason ActorRequired = new("ACTOR_REQUIRED");
    /// <summary>No args: only opening is taken before the round is open.</summary>
    public static readonly Reason RoundNotOpen = new("ROUND_NOT_OPEN");
    /// <summary>No args.</summary>
    public static readonly Reason RoundAlreadyOpen = new("ROUND_ALREADY_OPEN");
    /// <summary>No args.</summary>
    public static readonly Reason NoUnits = new("NO_UNITS");
    /// <summary>Args: the unit.</summary>
    public static readonly Reason UnitListedTwice = new("UNIT_LISTED_TWICE");
    /// <summary>Args: the approved digest (code).</summary>
    public static readonly Reason RoundApproved = new("ROUND_APPROVED");
    /// <summary>Args: the unit.</summary>
    public static readonly Reason UnitNotInRound = new("UNIT_NOT_IN_ROUND");
    /// <summary>Args: the unit written to, the unit the figures belong to.</summary>
    public static readonly Reason UnitMismatch = new("UNIT_MISMATCH");
    /// <summary>Args: the unit, the figure (a figure ref), the value.</summary>
    public static readonly Reason ValueInvalid = new("VALUE_INVALID");
    /// <summary>No args.</summary>
    public static readonly Reason FindingIdRequired = new("FINDING_ID_REQUIRED");
    /// <summary>Args: the finding's id (code).</summary>
    public static readonly Reason FindingExists = new("FINDING_EXISTS");
    /// <summary>Args: the finding's id (code).</summary>
    public static readonly Reason FindingUnknown = new("FINDING_UNKNOWN");
    /// <summary>Args: the finding's id (code).</summary>
    public static readonly Reason FindingWithdrawn = new("FINDING_WITHDRAWN");
    /// <summary>No args.</summary>
    public static readonly Reason InspectorRequired = new("INSPECTOR_REQUIRED");
    /// <summary>No args: a withdrawal or a reopening says why.</summary>
    public static readonly Reason ReasonRequired = new("REASON_REQUIRED");
    /// <summary>Args: the number missing, the units missing (code, comma-separated).</summary>
    public static readonly Reason SelfEvaluationsMissing = new("SELF_EVALUATIONS_MISSING");
    /// <summary>No args.</summary>
    public static readonly Reason EvaluationUnavailable = new("EVALUATION_UNAVAILABLE");
    /// <summary>Args: the digest given (code), the current digest (code).</summary>
    public static readonly Reason StaleDigest = new("STALE_DIGEST");
    /// <summary>No args.</summary>
    public static readonly Reason NotApproved = new("NOT_APPROVED");
    /// <summary>Args: the approved digest (code).</summary>
    public static readonly Reason AlreadyApproved = new("ALREADY_APPROVED");
    /// <summary>Args: the digest given (code), the approved digest (code).</summary>
    public static readonly Reason DigestNotApproved = new("DIGEST_NOT_APPROVED");
    /// <summary>Args: the published digest (code).</summary>
    public static readonly Reason AlreadyPublished = new("ALREADY_PUBLISHED");

    /// <summary>Args: the year (number). No round has been opened for it.</summary>
    public static readonly Reason RoundNotFound = new("ROUND_NOT_FOUND");
    /// <summary>Args: the text given (typed), what was expected (code).</summary>
    public static readonly Reason NameMalformed = new("RESOURCE_NAME_MALFORMED");
    /// <summary>Args: the etag given (code), the current etag (code).</summary>
    public static readonly Reason EtagStale = new("ETAG_STALE");
    /// <summary>Args: the etag given (typed).</summary>
    public static readonly Reason EtagMalformed = new("ETAG_MALFORMED");
    /// <summary>Args: the role needed (code), the caller (typed).</summary>
    public static readonly Reason RoleRequired = new("ROLE_REQUIRED");
    /// <summary>No args: an import names a workbook, an evaluation or a round export.</summary>
    public static readonly Reason ImportEmpty = new("IMPORT_EMPTY");
    /// <summary>Args: the round the export holds (number), the round imported into (number).</summary>
    public static readonly Reason ExportOtherRound = new("EXPORT_OTHER_ROUND");
    /// <summary>Args: the event's version (number), the type (code).</summary>
    public static readonly Reason ExportEventUnreadable = new("EXPORT_EVENT_UNREADABLE");
    /// <summary>Args: the year (number): a round export goes into a store that has no round for that year.</summary>
    public static readonly Reason RoundExists = new("ROUND_EXISTS");
    /// <summary>Args: the rule set given (typed).</summary>
    public static readonly Reason RuleSetOfRoundUnknown = new("ROUND_RULE_SET_UNKNOWN");
    /// <summary>No args: an evaluation file with no submission, nothing to import.</summary>
    public static readonly Reason ImportNothing = new("IMPORT_NOTHING");
    /// <summary>Args: the year (number), the first bad event's version (number), the fault (code: HASH_MISMATCH, MISSING,
    /// OUT_OF_ORDER, TRUNCATED, HEAD_MISMATCH), the hash expected there (code), the hash found (code).</summary>
    public static readonly Reason ChainBroken = new("ROUND_CHAIN_BROKEN");
    /// <summary>Args: the year (number), the events (number), the chain head (code). Not a refusal: the verdict of a verification.</summary>
    public static readonly Reason ChainIntact = new("ROUND_CHAIN_INTACT");
    /// <summary>Args: the event's number in the export, from 1 (number), its type (code): the decider would not have
    /// given it on the events before it (its refusals follow, under the same event).</summary>
    public static readonly Reason ExportEventRefused = new("EXPORT_EVENT_REFUSED");
    /// <summary>No args: the export is signed, but the signature does not match its chain head and key.</summary>
    public static readonly Reason ExportSignatureInvalid = new("EXPORT_SIGNATURE_INVALID");
}
