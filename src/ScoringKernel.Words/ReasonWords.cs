using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Words;

/// <summary>
/// What each reason says, in the office's Chinese and in English, from its typed arguments. The English is what the
/// wire's <c>description</c> has always said (integrators' tests may match it); the Chinese is what the office reads.
/// Every reason declared in Core has exactly one entry here (a test checks it).
/// </summary>
public static partial class ReasonWords
{
    private sealed record Entry(Func<ArgText, string> Zh, Func<ArgText, string> En);

    private static readonly Dictionary<Reason, Entry> Table = new();

    private static void Say(Reason reason, Func<ArgText, string> zh, Func<ArgText, string> en)
    {
        if (!Table.TryAdd(reason, new Entry(zh, en)))
            throw new InvalidOperationException($"{reason.Code} has words twice");
    }

    public static bool Has(Reason reason) => Table.ContainsKey(reason);

    /// <summary>Reasons whose words already say where (the unit and the figure or column): a sentence gives them without a place in front.</summary>
    public static bool NamesItsPlace(Reason reason) =>
        reason is TargetReason.YearEndNotBaselineLessReduction or TargetReason.ReductionCountDiffers or TargetReason.TotalNotSum
            or EvaluationReason.MisusedYetCompliant or EvaluationReason.DeliveredAbovePledged;

    public static Seq<Reason> All => Table.Keys.ToSeq().Strict();

    /// <summary>What <paramref name="reason"/> says in <paramref name="language"/>, from its own values.</summary>
    public static string Say(Reason reason, Language language, UnitNames names) => language switch
    {
        Language.ZhCn => reason.Accept(new ZhReasonWords(names)),
        Language.En => reason.Accept(new EnReasonWords(names)),
    };

    public static string Say(Reason reason, ArgText a) =>
        Table.TryGetValue(reason, out var entry)
            ? a.Language == Language.ZhCn ? entry.Zh(a) : entry.En(a)
            : throw new InvalidOperationException($"{reason.Code} has no words");

    static ReasonWords()
    {
        Values();
        RoundWords();
    }

    private static void Values()
    {
        Say(ValueReasons.Negative, a => $"不能为负数(填写了 {a.N(0)})", a => $"must not be negative (got {a.N(0)})");
        Say(ValueReasons.TooLarge, a => $"不能大于 {a.N(1)}(填写了 {a.N(0)})", a => $"must be at most {a.N(1)} (got {a.N(0)})");
        Say(ValueReasons.OutOfRange, a => $"应在 {a.N(1)} 到 {a.N(2)} 之间(填写了 {a.N(0)})", a => $"must be between {a.N(1)} and {a.N(2)} (got {a.N(0)})");
        Say(ValueReasons.NotPositive, a => $"应大于 0(填写了 {a.N(0)})", a => $"must be greater than 0 (got {a.N(0)})");
        Say(ValueReasons.TooPrecise, a => $"小数点后最多 {a.N(1)} 位(填写了 {a.N(0)})", a => $"must have at most {a.N(1)} digits after the decimal point (got {a.N(0)})");
        Say(ValueReasons.NotWhole, a => $"应为整数(填写了 {a.N(0)})", a => $"must be a whole number (got {a.N(0)})");
        Say(ValueReasons.NotYesNo, a => $"是/否项只能填 1(是)或 0(否)(填写了 {a.N(0)})", a => $"a yes/no figure takes 1 or 0 (got {a.N(0)})");
        Say(ValueReasons.Required, _ => "必须填写", _ => "is required");
        Say(ValueReasons.RequiredYesNo, _ => "必须填写“是”或“否”", _ => "is required (true or false)");
        Say(ValueReasons.NotAnInteger, a => $"请填写整数,不能为“{a.T(0)}”", a => $"must be a whole number (got '{a.T(0)}')");
        Say(ValueReasons.NotADecimal, a => $"请填写数字,不能为“{a.T(0)}”", a => $"must be {DecimalParsing.FormatDescription} (got '{a.T(0)}')");
        Say(ValueReasons.TextEmpty, _ => "不能为空", _ => "must not be empty");
        Say(ValueReasons.TextTooLong, a => $"最多 {a.N(1)} 个字(填写了 {a.N(0)} 个)", a => $"must be at most {a.N(1)} characters (got {a.N(0)})");
        Say(ValueReasons.UnitCodeMalformed, a => $"单位代码应为六位行政区划代码(如 430423)或 ZONE- 开头的标识,不能为“{a.T(0)}”",
            a => $"must be a six-digit GB/T 2260 code such as 430423 or a ZONE-… identifier (got '{a.T(0)}')");
        Say(ValueReasons.RequiredChoice, a => $"必须填写,可选 {a[0]}", a => $"is required ({a[0]})");
        Say(ValueReasons.UnknownChoice, a => $"只能填 {a[1]} 之一,不能为“{a.T(0)}”", a => $"must be one of {a[1]} (got '{a.T(0)}')");
    }





    static partial void RoundWords();
}
