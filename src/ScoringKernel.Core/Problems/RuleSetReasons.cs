namespace ScoringKernel.Core.Problems;

/// <summary>
/// Why a rule-set file (<c>specs/rule-sets/*.yaml</c>) is refused at reading or loading, what loading warns of, and
/// the verdicts of its verification. The place is the key's path (<see cref="Step.Parameter"/>) and its position in
/// the file (<see cref="Step.YamlPosition"/>).
/// </summary>
public static class RuleSetReasons
{
    /// <summary>Args: the parser's words (code).</summary>
    public static readonly Reason NotYaml = new LegacyReason("RULE_SET_NOT_YAML");
    /// <summary>Args: the key (typed), the keys allowed here (code).</summary>
    public static readonly Reason UnknownKey = new LegacyReason("RULE_SET_UNKNOWN_KEY");
    /// <summary>Args: the key (typed), where it belongs (code).</summary>
    public static readonly Reason MisplacedKey = new LegacyReason("RULE_SET_MISPLACED_KEY");
    /// <summary>Args: the key (typed).</summary>
    public static readonly Reason RepeatedKey = new LegacyReason("RULE_SET_REPEATED_KEY");
    /// <summary>Args: the key missing (code).</summary>
    public static readonly Reason MissingKey = new LegacyReason("RULE_SET_MISSING_KEY");
    /// <summary>Args: what was expected (code: mapping, list, number, text), what was found (code).</summary>
    public static readonly Reason WrongShape = new LegacyReason("RULE_SET_WRONG_SHAPE");
    /// <summary>Args: the value (typed), the unit the key is measured in (code).</summary>
    public static readonly Reason NotANumber = new LegacyReason("RULE_SET_NOT_A_NUMBER");
    /// <summary>Args: the value (typed), the values allowed (code).</summary>
    public static readonly Reason UnknownValue = new LegacyReason("RULE_SET_UNKNOWN_VALUE");
    /// <summary>Args: the clause the key names (typed), the clause of this indicator (code).</summary>
    public static readonly Reason WrongClause = new LegacyReason("RULE_SET_WRONG_CLAUSE");
    /// <summary>Args: the date (typed).</summary>
    public static readonly Reason BadDate = new LegacyReason("RULE_SET_BAD_DATE");

    // Checks at load: errors refuse the file, warnings are listed.
    /// <summary>Error. Args: the sum of the standard scores, the stated maximum.</summary>
    public static readonly Reason StandardsNotMaximum = new LegacyReason("RULE_SET_STANDARDS_NOT_MAXIMUM");
    /// <summary>Error. Args: the value.</summary>
    public static readonly Reason RateNotPositive = new LegacyReason("RULE_SET_RATE_NOT_POSITIVE");
    /// <summary>Error. Args: the value: a yes/no penalty may be 0 (dropped) but not below.</summary>
    public static readonly Reason PenaltyNegative = new LegacyReason("RULE_SET_PENALTY_NEGATIVE");
    /// <summary>Warning. Args: the clause (code): a yes/no penalty of 0 deducts nothing, the requirement is dropped.</summary>
    public static readonly Reason PenaltyZero = new LegacyReason("RULE_SET_PENALTY_ZERO");
    /// <summary>Warning. Args: the clause (code): a standard score of 0 drops the indicator (it scores 0 of 0).</summary>
    public static readonly Reason IndicatorDropped = new LegacyReason("RULE_SET_INDICATOR_DROPPED");
    /// <summary>Warning. Args: the sum of the standard scores: it is the stated maximum, but not the regulation's 100.</summary>
    public static readonly Reason StandardsNotHundred = new LegacyReason("RULE_SET_STANDARDS_NOT_HUNDRED");
    /// <summary>Error. Args: the pass line, the maximum.</summary>
    public static readonly Reason PassLineOutside = new LegacyReason("RULE_SET_PASS_LINE_OUTSIDE");
    /// <summary>Error. Args: the quota, the group (code), the units of the group in the target table.</summary>
    public static readonly Reason QuotaOverGroup = new LegacyReason("RULE_SET_QUOTA_OVER_GROUP");
    /// <summary>Warning. Args: the group (code): a quota of 0 gives no Class 1 at all.</summary>
    public static readonly Reason QuotaZero = new LegacyReason("RULE_SET_QUOTA_ZERO");
    /// <summary>Error. Args: the order given (code), the ten indicators (code).</summary>
    public static readonly Reason TieBreakNotPermutation = new LegacyReason("RULE_SET_TIE_BREAK_NOT_PERMUTATION");
    /// <summary>Error. Args: the decimals given.</summary>
    public static readonly Reason DecimalsOutside = new LegacyReason("RULE_SET_DECIMALS_OUTSIDE");
    /// <summary>Warning. Args: the penalty, the standard: a penalty above its indicator's standard is cut by the cap.</summary>
    public static readonly Reason PenaltyOverStandard = new LegacyReason("RULE_SET_PENALTY_OVER_STANDARD");
    /// <summary>Args: the target table's file (typed), why it was not read (code).</summary>
    public static readonly Reason TargetsUnreadable = new LegacyReason("RULE_SET_TARGETS_UNREADABLE");
    /// <summary>Args: the id (code), the two files (typed).</summary>
    public static readonly Reason DuplicateId = new LegacyReason("RULE_SET_DUPLICATE_ID");
}
