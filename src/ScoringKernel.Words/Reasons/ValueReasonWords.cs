using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Words;

internal sealed partial class ZhReasonWords
{
    public string Visit(ValueReason.Negative r) => $"不能为负数(填写了 {N(r.Got)})";
    public string Visit(ValueReason.TooLarge r) => $"不能大于 {N(r.Most)}(填写了 {N(r.Got)})";
    public string Visit(ValueReason.OutOfRange r) => $"应在 {N(r.Least)} 到 {N(r.Most)} 之间(填写了 {N(r.Got)})";
    public string Visit(ValueReason.NotPositive r) => $"应大于 0(填写了 {N(r.Got)})";
    public string Visit(ValueReason.TooPrecise r) => $"小数点后最多 {N(r.Decimals)} 位(填写了 {N(r.Got)})";
    public string Visit(ValueReason.NotWhole r) => $"应为整数(填写了 {N(r.Got)})";
    public string Visit(ValueReason.NotYesNo r) => $"是/否项只能填 1(是)或 0(否)(填写了 {N(r.Got)})";
    public string Visit(ValueReason.Required r) => "必须填写";
    public string Visit(ValueReason.RequiredYesNo r) => "必须填写“是”或“否”";
    public string Visit(ValueReason.NotAnInteger r) => $"请填写整数,不能为“{T(r.Got)}”";
    public string Visit(ValueReason.NotADecimal r) => $"请填写数字,不能为“{T(r.Got)}”";
    public string Visit(ValueReason.TextEmpty r) => "不能为空";
    public string Visit(ValueReason.TextTooLong r) => $"最多 {N(r.Most)} 个字(填写了 {N(r.Length)} 个)";
    public string Visit(ValueReason.UnitCodeMalformed r) => $"单位代码应为六位行政区划代码(如 430423)或 ZONE- 开头的标识,不能为“{T(r.Got)}”";
    public string Visit(ValueReason.UnknownChoice r) => $"只能填 {r.Allowed} 之一,不能为“{T(r.Got)}”";
    public string Visit(ValueReason.RequiredChoice r) => $"必须填写,可选 {r.Allowed}";
}

internal sealed partial class EnReasonWords
{
    public string Visit(ValueReason.Negative r) => $"must not be negative (got {N(r.Got)})";
    public string Visit(ValueReason.TooLarge r) => $"must be at most {N(r.Most)} (got {N(r.Got)})";
    public string Visit(ValueReason.OutOfRange r) => $"must be between {N(r.Least)} and {N(r.Most)} (got {N(r.Got)})";
    public string Visit(ValueReason.NotPositive r) => $"must be greater than 0 (got {N(r.Got)})";
    public string Visit(ValueReason.TooPrecise r) => $"must have at most {N(r.Decimals)} digits after the decimal point (got {N(r.Got)})";
    public string Visit(ValueReason.NotWhole r) => $"must be a whole number (got {N(r.Got)})";
    public string Visit(ValueReason.NotYesNo r) => $"a yes/no figure takes 1 or 0 (got {N(r.Got)})";
    public string Visit(ValueReason.Required r) => "is required";
    public string Visit(ValueReason.RequiredYesNo r) => "is required (true or false)";
    public string Visit(ValueReason.NotAnInteger r) => $"must be a whole number (got '{T(r.Got)}')";
    public string Visit(ValueReason.NotADecimal r) => $"must be {DecimalParsing.FormatDescription} (got '{T(r.Got)}')";
    public string Visit(ValueReason.TextEmpty r) => "must not be empty";
    public string Visit(ValueReason.TextTooLong r) => $"must be at most {N(r.Most)} characters (got {N(r.Length)})";
    public string Visit(ValueReason.UnitCodeMalformed r) => $"must be a six-digit GB/T 2260 code such as 430423 or a ZONE-… identifier (got '{T(r.Got)}')";
    public string Visit(ValueReason.UnknownChoice r) => $"must be one of {r.Allowed} (got '{T(r.Got)}')";
    public string Visit(ValueReason.RequiredChoice r) => $"is required ({r.Allowed})";
}
