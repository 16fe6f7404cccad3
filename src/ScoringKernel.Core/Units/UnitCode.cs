using System.Text.RegularExpressions;
using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Core.Units;

/// <summary>
/// A row's identifier: a GB/T 2260 division code (six digits, e.g. 430423), or for the zones that
/// have none, the project's own <c>ZONE-…</c> identifier (e.g. ZONE-BAISHA).
/// </summary>
public readonly partial record struct UnitCode
{
    public string Value { get; }

    private UnitCode(string value) => Value = value;

    public static Validation<Problem, UnitCode> Create(Step at, string? value) =>
        value is not null && Pattern().IsMatch(value)
            ? Valid.Ok(new UnitCode(value))
            : Valid.Fail<UnitCode>(at, new ValueReason.UnitCodeMalformed(value ?? ""));

    /// <summary>For codes the program itself holds (the embedded table, tests' known units).</summary>
    public static UnitCode Known(string value) =>
        Create(Step.UnitCodeOf.Instance, value).Match(c => c, ps => throw new ArgumentException(ps.Head.ToString()));

    public bool IsZone => Value.StartsWith("ZONE-", StringComparison.Ordinal);

    public override string ToString() => Value;

    private static string Shorten(string? value) => value is null ? "" : value.Length > 40 ? value[..40] + "…" : value;

    [GeneratedRegex("^(?:[1-9][0-9]{5}|ZONE-[A-Z][A-Z0-9]{0,29})$")]
    private static partial Regex Pattern();
}
