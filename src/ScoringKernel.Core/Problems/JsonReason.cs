using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Problems;

/// <summary>
/// Why a JSON body or file is refused by the one JSON reader, before anything in it means anything: its bytes, its
/// syntax, a name the message does not have, a value of the wrong JSON type. A problem of these stands at the field's
/// wire path (<see cref="Step.Wire"/>, <see cref="Step.Element"/>) and at its line and column
/// (<see cref="Step.JsonPosition"/>).
/// <para>
/// What was found is always two values: its JSON kind (<c>FoundKind</c> (code: <c>object</c>, <c>array</c>,
/// <c>string</c>, <c>number</c>, <c>true</c>, <c>false</c>, <c>null</c>) and its text (<c>FoundText</c>, typed; the string's content or
/// the number as written, empty for the others). What is expected of an array's elements is also two: the kind (<c>ElementKind</c>
/// (code: <c>message</c>, <c>enum</c>, <c>string</c>, <c>bool</c>, <c>number</c>) and the type's name (<c>ElementType</c>).
/// </para>
/// </summary>
public abstract record JsonReason : Reason
{
    private JsonReason(string code) : base(code) { }

    /// <summary>The body starts with EF BB BF.</summary>
    public sealed record ByteOrderMark() : JsonReason(WireCode)
    {
        public const string WireCode = "JSON_BYTE_ORDER_MARK";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>MessageType</c>: the message type expected (code).</summary>
    public sealed record Empty(string MessageType) : JsonReason(WireCode)
    {
        public const string WireCode = "JSON_EMPTY";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(MessageType) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>MessageType</c>: the message type expected (code); <c>FoundKind</c>: found kind; <c>FoundText</c>: found text.</summary>
    public sealed record NotAnObject(string MessageType, string FoundKind, string FoundText) : JsonReason(WireCode)
    {
        public const string WireCode = "JSON_NOT_AN_OBJECT";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(MessageType), new Arg.Code(FoundKind), new Arg.Typed(FoundText) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>ParserWords</c>: the JSON parser's own description of the syntax error (code); <c>StoppedAt</c>: the character it stopped at (typed; empty when it names none).</summary>
    public sealed record Malformed(string ParserWords, string StoppedAt) : JsonReason(WireCode)
    {
        public const string WireCode = "JSON_MALFORMED";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(ParserWords), new Arg.Typed(StoppedAt) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>ParserWords</c>: the JSON parser's own description (code). The text ends inside a string, an object or an array.</summary>
    public sealed record Truncated(string ParserWords) : JsonReason(WireCode)
    {
        public const string WireCode = "JSON_TRUNCATED";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(ParserWords) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>ParserWords</c>: the JSON parser's own description (code). A string holds a lone UTF-16 surrogate escape or bytes that are not UTF-8.</summary>
    public sealed record InvalidText(string ParserWords) : JsonReason(WireCode)
    {
        public const string WireCode = "JSON_INVALID_TEXT";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(ParserWords) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>A comma just before a closing <c>}</c> or <c>]</c>.</summary>
    public sealed record TrailingComma() : JsonReason(WireCode)
    {
        public const string WireCode = "JSON_TRAILING_COMMA";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>A <c>/</c> where a value or a comma belongs (a comment).</summary>
    public sealed record Comment() : JsonReason(WireCode)
    {
        public const string WireCode = "JSON_COMMENT";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>MaxDepth</c>: the most levels of nesting read (number).</summary>
    public sealed record TooDeep(decimal MaxDepth) : JsonReason(WireCode)
    {
        public const string WireCode = "JSON_TOO_DEEP";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(MaxDepth) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Something after the one object.</summary>
    public sealed record SeveralValues() : JsonReason(WireCode)
    {
        public const string WireCode = "JSON_SEVERAL_VALUES";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Name</c>: the name as sent (typed); <c>Where</c>: where it stands (code: the wire path of the object, empty at the top level); <c>Closest</c>: the known name it is closest to (code, empty when none is close).</summary>
    public sealed record UnknownField(string Name, string Where, string Closest) : JsonReason(WireCode)
    {
        public const string WireCode = "JSON_UNKNOWN_FIELD";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Name), new Arg.Code(Where), new Arg.Code(Closest) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Name</c>: the name as sent the second time (typed).</summary>
    public sealed record FieldRepeated(string Name) : JsonReason(WireCode)
    {
        public const string WireCode = "JSON_FIELD_REPEATED";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Name) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Oneof</c>: the oneof (code); <c>Fields</c>: its fields' JSON names (code, comma-separated).</summary>
    public sealed record OneofSetTwice(string Oneof, string Fields) : JsonReason(WireCode)
    {
        public const string WireCode = "JSON_ONEOF_SET_TWICE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Oneof), new Arg.Code(Fields) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>A map field (the contract has none).</summary>
    public sealed record MapUnsupported() : JsonReason(WireCode)
    {
        public const string WireCode = "JSON_MAP_UNSUPPORTED";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>ElementKind</c>: element kind; <c>ElementType</c>: element type; <c>FoundKind</c>: found kind; <c>FoundText</c>: found text.</summary>
    public sealed record ExpectedArray(string ElementKind, string ElementType, string FoundKind, string FoundText) : JsonReason(WireCode)
    {
        public const string WireCode = "JSON_EXPECTED_ARRAY";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(ElementKind), new Arg.Code(ElementType), new Arg.Code(FoundKind), new Arg.Typed(FoundText) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>ElementKind</c>: element kind; <c>ElementType</c>: element type.</summary>
    public sealed record NullElement(string ElementKind, string ElementType) : JsonReason(WireCode)
    {
        public const string WireCode = "JSON_NULL_ELEMENT";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(ElementKind), new Arg.Code(ElementType) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Bytes</c>: the string's length in UTF-8 bytes; <c>Most</c>: the limit (numbers). A size limit: RESOURCE_EXHAUSTED.</summary>
    public sealed record StringTooLong(decimal Bytes, decimal Most) : JsonReason(WireCode)
    {
        public const string WireCode = "JSON_STRING_TOO_LONG";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Bytes), new Arg.Number(Most) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Expected</c>: what was expected (code: <c>object</c>, <c>string</c>, <c>bool</c>, <c>number</c>, <c>base64</c>); <c>MessageType</c>: the message type for an object (code, else empty); <c>FoundKind</c>: found kind; <c>FoundText</c>: found text.</summary>
    public sealed record WrongType(string Expected, string MessageType, string FoundKind, string FoundText) : JsonReason(WireCode)
    {
        public const string WireCode = "JSON_WRONG_TYPE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Expected), new Arg.Code(MessageType), new Arg.Code(FoundKind), new Arg.Typed(FoundText) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Number</c>: the number as written (typed). A decimal is sent as a string.</summary>
    public sealed record DecimalAsNumber(string Number) : JsonReason(WireCode)
    {
        public const string WireCode = "JSON_DECIMAL_AS_NUMBER";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Number) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>FoundKind</c>: found kind; <c>FoundText</c>: found text; <c>Fault</c>: what is wrong with it (code: empty when it is not a number or a string of digits at all, <c>out_of_range</c>, <c>not_whole</c>, <c>sign_or_leading_zeros</c>).</summary>
    public sealed record NotAnInt32(string FoundKind, string FoundText, string Fault) : JsonReason(WireCode)
    {
        public const string WireCode = "JSON_NOT_AN_INT32";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(FoundKind), new Arg.Typed(FoundText), new Arg.Code(Fault) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    public sealed record NotAnUInt32(string FoundKind, string FoundText, string Fault) : JsonReason(WireCode)
    {
        public const string WireCode = "JSON_NOT_AN_UINT32";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(FoundKind), new Arg.Typed(FoundText), new Arg.Code(Fault) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    public sealed record NotAnInt64(string FoundKind, string FoundText, string Fault) : JsonReason(WireCode)
    {
        public const string WireCode = "JSON_NOT_AN_INT64";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(FoundKind), new Arg.Typed(FoundText), new Arg.Code(Fault) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    public sealed record NotAnUInt64(string FoundKind, string FoundText, string Fault) : JsonReason(WireCode)
    {
        public const string WireCode = "JSON_NOT_AN_UINT64";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(FoundKind), new Arg.Typed(FoundText), new Arg.Code(Fault) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Name</c>: the name sent (typed); <c>EnumType</c>: the enum type (code); <c>Values</c>: its value names (code, comma-separated); <c>Closest</c>: the name it is closest to (code, empty when none is close).</summary>
    public sealed record UnknownEnum(string Name, string EnumType, string Values, string Closest) : JsonReason(WireCode)
    {
        public const string WireCode = "JSON_UNKNOWN_ENUM";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Name), new Arg.Code(EnumType), new Arg.Code(Values), new Arg.Code(Closest) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>EnumType</c>: the enum type (code); <c>Example</c>: an example value name (code); <c>FoundKind</c>: found kind; <c>FoundText</c>: found text.</summary>
    public sealed record NotAnEnum(string EnumType, string Example, string FoundKind, string FoundText) : JsonReason(WireCode)
    {
        public const string WireCode = "JSON_NOT_AN_ENUM";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(EnumType), new Arg.Code(Example), new Arg.Code(FoundKind), new Arg.Typed(FoundText) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>FieldType</c>: the proto field type (code); <c>FoundKind</c>: found kind; <c>FoundText</c>: found text. Proto3 has none such; kept for a contract that would.</summary>
    public sealed record FieldTypeUnsupported(string FieldType, string FoundKind, string FoundText) : JsonReason(WireCode)
    {
        public const string WireCode = "JSON_FIELD_TYPE_UNSUPPORTED";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(FieldType), new Arg.Code(FoundKind), new Arg.Typed(FoundText) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }
}

/// <summary>One method per case of <see cref="JsonReason"/>.</summary>
public interface IJsonReasonVisitor<out T>
{
    T Visit(JsonReason.ByteOrderMark reason);
    T Visit(JsonReason.Empty reason);
    T Visit(JsonReason.NotAnObject reason);
    T Visit(JsonReason.Malformed reason);
    T Visit(JsonReason.Truncated reason);
    T Visit(JsonReason.InvalidText reason);
    T Visit(JsonReason.TrailingComma reason);
    T Visit(JsonReason.Comment reason);
    T Visit(JsonReason.TooDeep reason);
    T Visit(JsonReason.SeveralValues reason);
    T Visit(JsonReason.UnknownField reason);
    T Visit(JsonReason.FieldRepeated reason);
    T Visit(JsonReason.OneofSetTwice reason);
    T Visit(JsonReason.MapUnsupported reason);
    T Visit(JsonReason.ExpectedArray reason);
    T Visit(JsonReason.NullElement reason);
    T Visit(JsonReason.StringTooLong reason);
    T Visit(JsonReason.WrongType reason);
    T Visit(JsonReason.DecimalAsNumber reason);
    T Visit(JsonReason.NotAnInt32 reason);
    T Visit(JsonReason.NotAnUInt32 reason);
    T Visit(JsonReason.NotAnInt64 reason);
    T Visit(JsonReason.NotAnUInt64 reason);
    T Visit(JsonReason.UnknownEnum reason);
    T Visit(JsonReason.NotAnEnum reason);
    T Visit(JsonReason.FieldTypeUnsupported reason);
}
