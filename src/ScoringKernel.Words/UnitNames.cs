using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Words;

/// <summary>The names the problems call units by: those of the target table in use (the embedded 2015 table by default).</summary>
public sealed class UnitNames(IReadOnlyDictionary<UnitCode, string> names)
{
    public static readonly UnitNames Embedded = Of(EmbeddedTargets.Table2015);

    public static UnitNames Of(TargetTable table) => new(table.Rows.GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.First().Name));

    public string? Find(UnitCode code) => names.TryGetValue(code, out var name) ? name : null;

    /// <summary>常宁市, or the code where the table has no such unit.</summary>
    public string Name(UnitCode code) => Find(code) ?? code.Value;

    /// <summary>常宁市 (430482), or "unit 430482" where the table has no such unit.</summary>
    public string NameAndCode(UnitCode code, Language language) =>
        Find(code) is { } name ? $"{name} ({code.Value})" : language == Language.ZhCn ? $"单位 {code.Value}" : $"unit {code.Value}";
}
