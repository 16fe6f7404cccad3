namespace ScoringKernel.Core.Problems;

/// <summary>Why a single value (a figure, a target, a parameter, a text) is refused. Args are listed with each.</summary>
public static class ValueReasons
{
    /// <summary>Args: the value.</summary>
    public static readonly Reason Negative = new LegacyReason("VALUE_NEGATIVE");
    /// <summary>Args: the value, the most allowed.</summary>
    public static readonly Reason TooLarge = new LegacyReason("VALUE_TOO_LARGE");
    /// <summary>Args: the value, the least and the most allowed.</summary>
    public static readonly Reason OutOfRange = new LegacyReason("VALUE_OUT_OF_RANGE");
    /// <summary>Args: the value.</summary>
    public static readonly Reason NotPositive = new LegacyReason("VALUE_NOT_POSITIVE");
    /// <summary>Args: the value, the digits allowed after the point.</summary>
    public static readonly Reason TooPrecise = new LegacyReason("VALUE_TOO_PRECISE");
    /// <summary>Args: the value.</summary>
    public static readonly Reason NotWhole = new LegacyReason("VALUE_NOT_WHOLE");
    /// <summary>Args: the value given where 1 (yes) or 0 (no) was expected.</summary>
    public static readonly Reason NotYesNo = new LegacyReason("VALUE_NOT_YES_NO");
    /// <summary>No args.</summary>
    public static readonly Reason Required = new LegacyReason("VALUE_REQUIRED");
    /// <summary>No args: a yes/no value is required.</summary>
    public static readonly Reason RequiredYesNo = new LegacyReason("VALUE_REQUIRED_YES_NO");
    /// <summary>Args: the text given where a whole number was expected.</summary>
    public static readonly Reason NotAnInteger = new LegacyReason("VALUE_NOT_AN_INTEGER");
    /// <summary>Args: the text given.</summary>
    public static readonly Reason NotADecimal = new LegacyReason("VALUE_NOT_A_DECIMAL");
    /// <summary>No args.</summary>
    public static readonly Reason TextEmpty = new LegacyReason("TEXT_EMPTY");
    /// <summary>Args: the length, the most allowed.</summary>
    public static readonly Reason TextTooLong = new LegacyReason("TEXT_TOO_LONG");
    /// <summary>Args: the text given.</summary>
    public static readonly Reason UnitCodeMalformed = new LegacyReason("UNIT_CODE_MALFORMED");
    /// <summary>Args: the value given (a code), the values allowed (codes).</summary>
    public static readonly Reason UnknownChoice = new LegacyReason("VALUE_UNKNOWN_CHOICE");
    /// <summary>Args: the values allowed (codes).</summary>
    public static readonly Reason RequiredChoice = new LegacyReason("VALUE_REQUIRED_CHOICE");
}
