using LanguageExt;
using ScoringKernel.Core.Rules;

namespace ScoringKernel.Core.Scoring;

/// <summary>
/// One indicator's score: its lines, their sum, the cap at the standard score if it applied, and the
/// rounding (half away from zero, after capping) that turned <see cref="Unrounded"/> into <see cref="Score"/>.
/// </summary>
public sealed record IndicatorScore(
    Indicator Indicator,
    decimal Standard,
    Seq<DeductionLine> Lines,
    decimal RawDeduction,
    bool Capped,
    decimal Deduction,
    decimal Unrounded,
    decimal Score)
{
    public string ClauseId => Clauses.Id(Indicator);

    public decimal RoundingAdjustment => Score - Unrounded;

    public static IndicatorScore FromLines(Indicator indicator, decimal standard, Seq<DeductionLine> lines, int decimals)
    {
        var raw = 0m;
        for (var i = 0; i < lines.Count; i++) raw += lines[i].Deduction;
        var capped = raw > standard;
        var deduction = capped ? standard : raw;
        var unrounded = standard - deduction;
        var score = Math.Round(unrounded, decimals, MidpointRounding.AwayFromZero);
        return new(indicator, standard, lines, raw, capped, deduction, unrounded, score);
    }
}
