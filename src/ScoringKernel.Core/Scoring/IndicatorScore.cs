using ScoringKernel.Core.Attachment1;

namespace ScoringKernel.Core.Scoring;

/// <summary>
/// One indicator's score: the exact sum of its deductions, the cap at the standard score if it applied, and the one
/// rounding (half away from zero, after capping, to the rule set's decimals) that turned <see cref="ExactUnrounded"/>
/// into <see cref="Score"/>. Plain data: the lines that explain it come from <see cref="Scorer.Explain"/>, built only
/// when someone asks. The <c>decimal</c> views (<see cref="RawDeduction"/>, <see cref="Deduction"/>,
/// <see cref="Unrounded"/>) are for publishing: exact when the value is a finite decimal, else rounded to 28 digits.
/// </summary>
public sealed record IndicatorScore(
    Indicator Indicator,
    decimal Standard,
    Rational ExactRawDeduction,
    bool Capped,
    decimal Score)
{
    public string ClauseId => Indicator.ClauseId();

    /// <summary>The deduction after capping, exact.</summary>
    public Rational ExactDeduction => Capped ? Standard : ExactRawDeduction;

    /// <summary>Standard − deduction, exact, before the one rounding.</summary>
    public Rational ExactUnrounded => Standard - ExactDeduction;

    public decimal RawDeduction => ExactRawDeduction.ToDecimal();

    public decimal Deduction => ExactDeduction.ToDecimal();

    public decimal Unrounded => ExactUnrounded.ToDecimal();

    /// <summary>What the one rounding added, exact.</summary>
    public Rational RoundingAdjustment => Score - ExactUnrounded;

    public static IndicatorScore FromDeduction(Indicator indicator, decimal standard, Rational raw, int decimals)
    {
        var capped = raw > standard;
        var unrounded = capped ? Rational.Zero : standard - raw;
        return new(indicator, standard, raw, capped, unrounded.Round(decimals));
    }
}
