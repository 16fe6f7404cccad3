using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Problems;

/// <summary>Why a single value (a figure, a target, a parameter, a text) is refused. Each case names its values.</summary>
public abstract record ValueReason : Reason
{
    private ValueReason(string code) : base(code) { }

    /// <summary><c>Got</c>: the value.</summary>
    public sealed record Negative(decimal Got) : ValueReason(WireCode)
    {
        public const string WireCode = "VALUE_NEGATIVE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Got) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Got</c>: the value; <c>Most</c>: the most allowed.</summary>
    public sealed record TooLarge(decimal Got, decimal Most) : ValueReason(WireCode)
    {
        public const string WireCode = "VALUE_TOO_LARGE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Got), new Arg.Number(Most) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>The values: the value, the least and the most allowed.</summary>
    public sealed record OutOfRange(decimal Got, decimal Least, decimal Most) : ValueReason(WireCode)
    {
        public const string WireCode = "VALUE_OUT_OF_RANGE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Got), new Arg.Number(Least), new Arg.Number(Most) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Got</c>: the value.</summary>
    public sealed record NotPositive(decimal Got) : ValueReason(WireCode)
    {
        public const string WireCode = "VALUE_NOT_POSITIVE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Got) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Got</c>: the value; <c>Decimals</c>: the digits allowed after the point.</summary>
    public sealed record TooPrecise(decimal Got, decimal Decimals) : ValueReason(WireCode)
    {
        public const string WireCode = "VALUE_TOO_PRECISE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Got), new Arg.Number(Decimals) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Got</c>: the value.</summary>
    public sealed record NotWhole(decimal Got) : ValueReason(WireCode)
    {
        public const string WireCode = "VALUE_NOT_WHOLE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Got) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Got</c>: the value given where 1 (yes) or 0 (no) was expected.</summary>
    public sealed record NotYesNo(decimal Got) : ValueReason(WireCode)
    {
        public const string WireCode = "VALUE_NOT_YES_NO";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Got) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    public sealed record Required() : ValueReason(WireCode)
    {
        public const string WireCode = "VALUE_REQUIRED";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>A yes/no value is required.</summary>
    public sealed record RequiredYesNo() : ValueReason(WireCode)
    {
        public const string WireCode = "VALUE_REQUIRED_YES_NO";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Got</c>: the text given where a whole number was expected.</summary>
    public sealed record NotAnInteger(string Got) : ValueReason(WireCode)
    {
        public const string WireCode = "VALUE_NOT_AN_INTEGER";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Got) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Got</c>: the text given.</summary>
    public sealed record NotADecimal(string Got) : ValueReason(WireCode)
    {
        public const string WireCode = "VALUE_NOT_A_DECIMAL";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Got) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    public sealed record TextEmpty() : ValueReason(WireCode)
    {
        public const string WireCode = "TEXT_EMPTY";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Length</c>: the length; <c>Most</c>: the most allowed.</summary>
    public sealed record TextTooLong(decimal Length, decimal Most) : ValueReason(WireCode)
    {
        public const string WireCode = "TEXT_TOO_LONG";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Length), new Arg.Number(Most) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Got</c>: the text given.</summary>
    public sealed record UnitCodeMalformed(string Got) : ValueReason(WireCode)
    {
        public const string WireCode = "UNIT_CODE_MALFORMED";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Got) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Got</c>: the value given (a code); <c>Allowed</c>: the values allowed (codes).</summary>
    public sealed record UnknownChoice(string Got, string Allowed) : ValueReason(WireCode)
    {
        public const string WireCode = "VALUE_UNKNOWN_CHOICE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Got), new Arg.Code(Allowed) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Allowed</c>: the values allowed (codes).</summary>
    public sealed record RequiredChoice(string Allowed) : ValueReason(WireCode)
    {
        public const string WireCode = "VALUE_REQUIRED_CHOICE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Allowed) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }
}

/// <summary>One method per case of <see cref="ValueReason"/>.</summary>
public interface IValueReasonVisitor<out T>
{
    T Visit(ValueReason.Negative reason);
    T Visit(ValueReason.TooLarge reason);
    T Visit(ValueReason.OutOfRange reason);
    T Visit(ValueReason.NotPositive reason);
    T Visit(ValueReason.TooPrecise reason);
    T Visit(ValueReason.NotWhole reason);
    T Visit(ValueReason.NotYesNo reason);
    T Visit(ValueReason.Required reason);
    T Visit(ValueReason.RequiredYesNo reason);
    T Visit(ValueReason.NotAnInteger reason);
    T Visit(ValueReason.NotADecimal reason);
    T Visit(ValueReason.TextEmpty reason);
    T Visit(ValueReason.TextTooLong reason);
    T Visit(ValueReason.UnitCodeMalformed reason);
    T Visit(ValueReason.UnknownChoice reason);
    T Visit(ValueReason.RequiredChoice reason);
}
