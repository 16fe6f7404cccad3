using Google.Protobuf.Reflection;

namespace ScoringKernel.Server.OpenApi;

/// <summary>
/// Which string fields of the contract carry decimals (<c>format: decimal</c> in the OpenAPI document). The descriptors
/// do not say (a decimal is a proto <c>string</c>), so the contract's naming does: a figure or target in money or percent
/// (<c>_wan</c>, <c>_yuan</c>, <c>_percent</c>), a score, total or change of one, a value on a parameter's grid, a
/// figure's value. A new decimal field named otherwise needs its name here.
/// </summary>
internal static class DecimalFields
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "value", "target", "actual", "shortfall", "step", "per_step", "deduction", "standard_score", "raw_deduction",
        "unrounded_score", "score", "total", "self_evaluated", "evaluated", "difference", "reported", "pass_line",
        "start", "stop", "from", "to", "grid", "base_value", "before", "after", "delta", "current", "required", "change",
        "floor", "ceiling", "beyond",
    };

    /// <summary>Messages whose fields of those names are not decimals (an enum value's name and its label).</summary>
    private static readonly HashSet<string> NotDecimalMessages = new(StringComparer.Ordinal) { "scoringkernel.v1.EnumLabel" };

    private static readonly string[] Suffixes = ["_wan", "_yuan", "_percent", "_total", "_before", "_after", "_delta", "_difference"];

    public static bool IsDecimal(FieldDescriptor field) =>
        field.FieldType == FieldType.String
        && field.File.Package == "scoringkernel.v1"
        && field.ContainingType.GetOptions()?.MapEntry != true
        && !NotDecimalMessages.Contains(field.ContainingType.FullName)
        && (Names.Contains(field.Name) || Suffixes.Any(s => field.Name.EndsWith(s, StringComparison.Ordinal)));
}
