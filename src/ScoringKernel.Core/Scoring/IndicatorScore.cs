using ScoringKernel.Core.Attachment1;

namespace ScoringKernel.Core.Scoring;

/// <summary>
/// One indicator's score: the sum of its deductions, the cap at the standard score if it applied, and the rounding
/// (half away from zero, after capping) that turned <see cref="Unrounded"/> into <see cref="Score"/>. Plain data: the
/// lines that explain it come from <see cref="Scorer.Explain"/>, built only when someone asks.
/// </summary>
public sealed record IndicatorScore(
    Indicator Indicator,
    decimal Standard,
    decimal RawDeduction,
    bool Capped,
    decimal Deduction,
    decimal Unrounded,
    decimal Score)
{
    public string ClauseId => Indicator.ClauseId();

    public decimal RoundingAdjustment => Score - Unrounded;

    public static IndicatorScore FromDeduction(Indicator indicator, decimal standard, decimal raw, int decimals)
    {
        var capped = raw > standard;
        var deduction = capped ? standard : raw;
        var unrounded = standard - deduction;
        var score = Math.Round(unrounded, decimals, MidpointRounding.AwayFromZero);
        return new(indicator, standard, raw, capped, deduction, unrounded, score);
    }
}
