using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Problems;

/// <summary>
/// Why a rule-set file (<c>specs/rule-sets/*.yaml</c>) is refused at reading or loading, what loading warns of, and
/// the verdicts of its verification. The place is the key's path (<see cref="Step.Parameter"/>) and its position in
/// the file (<see cref="Step.YamlPosition"/>).
/// </summary>
public abstract record RuleSetReason : Reason
{
    private RuleSetReason(string code) : base(code) { }

    /// <summary><c>ParserWords</c>: the parser's words (code).</summary>
    public sealed record NotYaml(string ParserWords) : RuleSetReason(WireCode)
    {
        public const string WireCode = "RULE_SET_NOT_YAML";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(ParserWords) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Key</c>: the key (typed); <c>Allowed</c>: the keys allowed here (code).</summary>
    public sealed record UnknownKey(string Key, string Allowed) : RuleSetReason(WireCode)
    {
        public const string WireCode = "RULE_SET_UNKNOWN_KEY";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Key), new Arg.Code(Allowed) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Key</c>: the key (typed); <c>Belongs</c>: where it belongs (code).</summary>
    public sealed record MisplacedKey(string Key, string Belongs) : RuleSetReason(WireCode)
    {
        public const string WireCode = "RULE_SET_MISPLACED_KEY";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Key), new Arg.Code(Belongs) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Key</c>: the key (typed).</summary>
    public sealed record RepeatedKey(string Key) : RuleSetReason(WireCode)
    {
        public const string WireCode = "RULE_SET_REPEATED_KEY";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Key) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Key</c>: the key missing (code).</summary>
    public sealed record MissingKey(string Key) : RuleSetReason(WireCode)
    {
        public const string WireCode = "RULE_SET_MISSING_KEY";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Key) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Expected</c>: what was expected (code: mapping, list, number, text); <c>Found</c>: what was found (code).</summary>
    public sealed record WrongShape(string Expected, string Found) : RuleSetReason(WireCode)
    {
        public const string WireCode = "RULE_SET_WRONG_SHAPE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Expected), new Arg.Code(Found) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Given</c>: the value (typed); <c>Measure</c>: the unit the key is measured in (code).</summary>
    public sealed record NotANumber(string Given, string Measure) : RuleSetReason(WireCode)
    {
        public const string WireCode = "RULE_SET_NOT_A_NUMBER";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Given), new Arg.Code(Measure) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Given</c>: the value (typed); <c>Allowed</c>: the values allowed (code).</summary>
    public sealed record UnknownValue(string Given, string Allowed) : RuleSetReason(WireCode)
    {
        public const string WireCode = "RULE_SET_UNKNOWN_VALUE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Given), new Arg.Code(Allowed) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Given</c>: the clause the key names (typed); <c>Clause</c>: the clause of this indicator (code).</summary>
    public sealed record WrongClause(string Given, string Clause) : RuleSetReason(WireCode)
    {
        public const string WireCode = "RULE_SET_WRONG_CLAUSE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Given), new Arg.Code(Clause) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Given</c>: the date (typed).</summary>
    public sealed record BadDate(string Given) : RuleSetReason(WireCode)
    {
        public const string WireCode = "RULE_SET_BAD_DATE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Given) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Error. <c>Sum</c>: the sum of the standard scores; <c>Maximum</c>: the stated maximum.</summary>
    public sealed record StandardsNotMaximum(decimal Sum, decimal Maximum) : RuleSetReason(WireCode)
    {
        public const string WireCode = "RULE_SET_STANDARDS_NOT_MAXIMUM";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Sum), new Arg.Number(Maximum) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Error. <c>Value</c>: the value.</summary>
    public sealed record RateNotPositive(decimal Value) : RuleSetReason(WireCode)
    {
        public const string WireCode = "RULE_SET_RATE_NOT_POSITIVE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Value) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Error. <c>Value</c>: the value. A yes/no penalty may be 0 (dropped) but not below.</summary>
    public sealed record PenaltyNegative(decimal Value) : RuleSetReason(WireCode)
    {
        public const string WireCode = "RULE_SET_PENALTY_NEGATIVE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Value) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Warning. <c>Clause</c>: the clause (code). A yes/no penalty of 0 deducts nothing, the requirement is dropped.</summary>
    public sealed record PenaltyZero(string Clause) : RuleSetReason(WireCode)
    {
        public const string WireCode = "RULE_SET_PENALTY_ZERO";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Clause) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Warning. <c>Clause</c>: the clause (code). A standard score of 0 drops the indicator (it scores 0 of 0).</summary>
    public sealed record IndicatorDropped(string Clause) : RuleSetReason(WireCode)
    {
        public const string WireCode = "RULE_SET_INDICATOR_DROPPED";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Clause) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Warning. <c>Sum</c>: the sum of the standard scores. It is the stated maximum, but not the regulation's 100.</summary>
    public sealed record StandardsNotHundred(decimal Sum) : RuleSetReason(WireCode)
    {
        public const string WireCode = "RULE_SET_STANDARDS_NOT_HUNDRED";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Sum) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Error. <c>PassLine</c>: the pass line; <c>Maximum</c>: the maximum.</summary>
    public sealed record PassLineOutside(decimal PassLine, decimal Maximum) : RuleSetReason(WireCode)
    {
        public const string WireCode = "RULE_SET_PASS_LINE_OUTSIDE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(PassLine), new Arg.Number(Maximum) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Error. <c>Quota</c>: the quota; <c>Group</c>: the group (code); <c>Units</c>: the units of the group in the target table.</summary>
    public sealed record QuotaOverGroup(decimal Quota, AssessmentGroup Group, decimal Units) : RuleSetReason(WireCode)
    {
        public const string WireCode = "RULE_SET_QUOTA_OVER_GROUP";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Quota), new Arg.OfGroup(Group), new Arg.Number(Units) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Warning. <c>Group</c>: the group (code). A quota of 0 gives no Class 1 at all.</summary>
    public sealed record QuotaZero(AssessmentGroup Group) : RuleSetReason(WireCode)
    {
        public const string WireCode = "RULE_SET_QUOTA_ZERO";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.OfGroup(Group) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Error. <c>Given</c>: the order given (code); <c>Indicators</c>: the ten indicators (code).</summary>
    public sealed record TieBreakNotPermutation(string Given, string Indicators) : RuleSetReason(WireCode)
    {
        public const string WireCode = "RULE_SET_TIE_BREAK_NOT_PERMUTATION";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Given), new Arg.Code(Indicators) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Error. <c>Given</c>: the decimals given.</summary>
    public sealed record DecimalsOutside(decimal Given) : RuleSetReason(WireCode)
    {
        public const string WireCode = "RULE_SET_DECIMALS_OUTSIDE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Given) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Warning. <c>Penalty</c>: the penalty; <c>Standard</c>: the standard. A penalty above its indicator's standard is cut by the cap.</summary>
    public sealed record PenaltyOverStandard(decimal Penalty, decimal Standard) : RuleSetReason(WireCode)
    {
        public const string WireCode = "RULE_SET_PENALTY_OVER_STANDARD";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Penalty), new Arg.Number(Standard) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>File</c>: the target table's file (typed); <c>Why</c>: why it was not read (code).</summary>
    public sealed record TargetsUnreadable(string File, string Why) : RuleSetReason(WireCode)
    {
        public const string WireCode = "RULE_SET_TARGETS_UNREADABLE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(File), new Arg.Code(Why) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>The values: the id (code), the two files (typed).</summary>
    public sealed record DuplicateId(string Id, string First, string Second) : RuleSetReason(WireCode)
    {
        public const string WireCode = "RULE_SET_DUPLICATE_ID";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Id), new Arg.Typed(First), new Arg.Typed(Second) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }
}

/// <summary>One method per case of <see cref="RuleSetReason"/>.</summary>
public interface IRuleSetReasonVisitor<out T>
{
    T Visit(RuleSetReason.NotYaml reason);
    T Visit(RuleSetReason.UnknownKey reason);
    T Visit(RuleSetReason.MisplacedKey reason);
    T Visit(RuleSetReason.RepeatedKey reason);
    T Visit(RuleSetReason.MissingKey reason);
    T Visit(RuleSetReason.WrongShape reason);
    T Visit(RuleSetReason.NotANumber reason);
    T Visit(RuleSetReason.UnknownValue reason);
    T Visit(RuleSetReason.WrongClause reason);
    T Visit(RuleSetReason.BadDate reason);
    T Visit(RuleSetReason.StandardsNotMaximum reason);
    T Visit(RuleSetReason.RateNotPositive reason);
    T Visit(RuleSetReason.PenaltyNegative reason);
    T Visit(RuleSetReason.PenaltyZero reason);
    T Visit(RuleSetReason.IndicatorDropped reason);
    T Visit(RuleSetReason.StandardsNotHundred reason);
    T Visit(RuleSetReason.PassLineOutside reason);
    T Visit(RuleSetReason.QuotaOverGroup reason);
    T Visit(RuleSetReason.QuotaZero reason);
    T Visit(RuleSetReason.TieBreakNotPermutation reason);
    T Visit(RuleSetReason.DecimalsOutside reason);
    T Visit(RuleSetReason.PenaltyOverStandard reason);
    T Visit(RuleSetReason.TargetsUnreadable reason);
    T Visit(RuleSetReason.DuplicateId reason);
}
