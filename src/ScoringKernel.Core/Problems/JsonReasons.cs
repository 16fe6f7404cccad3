namespace ScoringKernel.Core.Problems;

/// <summary>
/// Why a JSON body or file is refused by the one JSON reader, before anything in it means anything: its bytes, its
/// syntax, a name the message does not have, a value of the wrong JSON type. A problem of these stands at the field's
/// wire path (<see cref="Step.Wire"/>, <see cref="Step.Element"/>) and at its line and column
/// (<see cref="Step.JsonPosition"/>).
/// <para>
/// The arguments that say what was found are always two: the JSON kind found (code: <c>object</c>, <c>array</c>,
/// <c>string</c>, <c>number</c>, <c>true</c>, <c>false</c>, <c>null</c>) and its text (typed; the string's content or
/// the number as written, empty for the others). What is expected of an array's elements is also two: the kind
/// (code: <c>message</c>, <c>enum</c>, <c>string</c>, <c>bool</c>, <c>number</c>) and the type's name (code).
/// </para>
/// </summary>
public static class JsonReasons
{
    /// <summary>No args: the body starts with EF BB BF.</summary>
    public static readonly Reason ByteOrderMark = new LegacyReason("JSON_BYTE_ORDER_MARK");
    /// <summary>Args: the message type expected (code).</summary>
    public static readonly Reason Empty = new LegacyReason("JSON_EMPTY");
    /// <summary>Args: the message type expected (code), found kind, found text.</summary>
    public static readonly Reason NotAnObject = new LegacyReason("JSON_NOT_AN_OBJECT");
    /// <summary>Args: the JSON parser's own description of the syntax error (code), the character it stopped at (typed; empty when it names none).</summary>
    public static readonly Reason Malformed = new LegacyReason("JSON_MALFORMED");
    /// <summary>Args: the JSON parser's own description (code). The text ends inside a string, an object or an array.</summary>
    public static readonly Reason Truncated = new LegacyReason("JSON_TRUNCATED");
    /// <summary>Args: the JSON parser's own description (code). A string holds a lone UTF-16 surrogate escape or bytes that are not UTF-8.</summary>
    public static readonly Reason InvalidText = new LegacyReason("JSON_INVALID_TEXT");
    /// <summary>No args: a comma just before a closing <c>}</c> or <c>]</c>.</summary>
    public static readonly Reason TrailingComma = new LegacyReason("JSON_TRAILING_COMMA");
    /// <summary>No args: a <c>/</c> where a value or a comma belongs (a comment).</summary>
    public static readonly Reason Comment = new LegacyReason("JSON_COMMENT");
    /// <summary>Args: the most levels of nesting read (number).</summary>
    public static readonly Reason TooDeep = new LegacyReason("JSON_TOO_DEEP");
    /// <summary>No args: something after the one object.</summary>
    public static readonly Reason SeveralValues = new LegacyReason("JSON_SEVERAL_VALUES");
    /// <summary>Args: the name as sent (typed), where it stands (code: the wire path of the object, empty at the top level), the known name it is closest to (code, empty when none is close).</summary>
    public static readonly Reason UnknownField = new LegacyReason("JSON_UNKNOWN_FIELD");
    /// <summary>Args: the name as sent the second time (typed).</summary>
    public static readonly Reason FieldRepeated = new LegacyReason("JSON_FIELD_REPEATED");
    /// <summary>Args: the oneof (code), its fields' JSON names (code, comma-separated).</summary>
    public static readonly Reason OneofSetTwice = new LegacyReason("JSON_ONEOF_SET_TWICE");
    /// <summary>No args: a map field (the contract has none).</summary>
    public static readonly Reason MapUnsupported = new LegacyReason("JSON_MAP_UNSUPPORTED");
    /// <summary>Args: element kind, element type, found kind, found text.</summary>
    public static readonly Reason ExpectedArray = new LegacyReason("JSON_EXPECTED_ARRAY");
    /// <summary>Args: element kind, element type.</summary>
    public static readonly Reason NullElement = new LegacyReason("JSON_NULL_ELEMENT");
    /// <summary>Args: the string's length in UTF-8 bytes, the limit (numbers). A size limit: RESOURCE_EXHAUSTED.</summary>
    public static readonly Reason StringTooLong = new LegacyReason("JSON_STRING_TOO_LONG");
    /// <summary>
    /// Args: what was expected (code: <c>object</c>, <c>string</c>, <c>bool</c>, <c>number</c>, <c>base64</c>), the
    /// message type for an object (code, else empty), found kind, found text.
    /// </summary>
    public static readonly Reason WrongType = new LegacyReason("JSON_WRONG_TYPE");
    /// <summary>Args: the number as written (typed). A decimal is sent as a string.</summary>
    public static readonly Reason DecimalAsNumber = new LegacyReason("JSON_DECIMAL_AS_NUMBER");
    /// <summary>
    /// Args of the four integer reasons: found kind, found text, and what is wrong with it (code: empty when it is not
    /// a number or a string of digits at all, <c>out_of_range</c>, <c>not_whole</c>, <c>sign_or_leading_zeros</c>).
    /// </summary>
    public static readonly Reason NotAnInt32 = new LegacyReason("JSON_NOT_AN_INT32");
    public static readonly Reason NotAnUInt32 = new LegacyReason("JSON_NOT_AN_UINT32");
    public static readonly Reason NotAnInt64 = new LegacyReason("JSON_NOT_AN_INT64");
    public static readonly Reason NotAnUInt64 = new LegacyReason("JSON_NOT_AN_UINT64");
    /// <summary>Args: the name sent (typed), the enum type (code), its value names (code, comma-separated), the name it is closest to (code, empty when none is close).</summary>
    public static readonly Reason UnknownEnum = new LegacyReason("JSON_UNKNOWN_ENUM");
    /// <summary>Args: the enum type (code), an example value name (code), found kind, found text.</summary>
    public static readonly Reason NotAnEnum = new LegacyReason("JSON_NOT_AN_ENUM");
    /// <summary>Args: the proto field type (code), found kind, found text. Proto3 has none such; kept for a contract that would.</summary>
    public static readonly Reason FieldTypeUnsupported = new LegacyReason("JSON_FIELD_TYPE_UNSUPPORTED");

    /// <summary>The reasons that are size limits (RESOURCE_EXHAUSTED rather than INVALID_ARGUMENT).</summary>
    public static bool IsSizeLimit(Reason reason) => reason == StringTooLong;
}
