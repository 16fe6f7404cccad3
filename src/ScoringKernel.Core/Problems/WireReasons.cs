namespace ScoringKernel.Core.Problems;

/// <summary>Why a request's structure is refused: a choice not made, a list too long, a rule set not held.</summary>
public static class WireReasons
{
    /// <summary>Args: the fields one of which must be set (code).</summary>
    public static readonly Reason OneOfMissing = new LegacyReason("ONE_OF_MISSING");
    /// <summary>Args: the text given.</summary>
    public static readonly Reason NotADate = new LegacyReason("VALUE_NOT_A_DATE");
    /// <summary>Args: the departments given, the most allowed.</summary>
    public static readonly Reason TooManyDepartments = new LegacyReason("DEPARTMENTS_TOO_MANY");
    /// <summary>Args: the findings given, the most allowed.</summary>
    public static readonly Reason TooManyFindings = new LegacyReason("FINDINGS_TOO_MANY");
    /// <summary>Args: the figures given, the most allowed.</summary>
    public static readonly Reason TooManyFigures = new LegacyReason("FIGURES_TOO_MANY");
    /// <summary>No args: a submission needs the unit's own figures, a full set.</summary>
    public static readonly Reason SelfEvaluationRequired = new LegacyReason("SELF_EVALUATION_REQUIRED");
    /// <summary>No args: the AssessRequest to assess and write is required.</summary>
    public static readonly Reason AssessmentRequired = new LegacyReason("ASSESSMENT_REQUIRED");
    /// <summary>Args: the rule set asked for (typed), the rule sets the server holds (code).</summary>
    public static readonly Reason RuleSetUnknown = new LegacyReason("RULE_SET_UNKNOWN");
    /// <summary>Args: the limit for a JSON request body in bytes (the body is not read past it).</summary>
    public static readonly Reason BodyTooLarge = new LegacyReason("REQUEST_BODY_TOO_LARGE");
    /// <summary>Args: the size of the request message in bytes, the message limit in bytes.</summary>
    public static readonly Reason MessageTooLarge = new LegacyReason("REQUEST_MESSAGE_TOO_LARGE");

    /// <summary>Args: the client certificate's subject (typed; empty when none was shown). Not authenticated: another CA,
    /// expired, not for client authentication, or a subject not on the allow-list.</summary>
    public static readonly Reason ClientNotAllowed = new LegacyReason("CLIENT_NOT_ALLOWED");
    /// <summary>Args: the endpoint (code). The production profile refuses an endpoint the role table does not list.</summary>
    public static readonly Reason EndpointNotListed = new LegacyReason("ENDPOINT_NOT_LISTED");

    /// <summary>Whether a problem of this reason says a request is too large to take (RESOURCE_EXHAUSTED, HTTP 413).</summary>
    public static bool IsSizeLimit(Reason reason) => IsSizeLimit(reason.Code);

    /// <summary>Whether a problem of the reason with this wire code says a request is too large to take.</summary>
    public static bool IsSizeLimit(string code) =>
        code == BodyTooLarge.Code || code == MessageTooLarge.Code || code == WorkbookReasons.TooLarge.Code || code == JsonReasons.StringTooLong.Code;
}
