using LanguageExt;
using ScoringKernel.Core.Rules;

namespace ScoringKernel.Core.Scoring;

/// <summary>
/// One indicator's score: the sum of its deductions, the cap at the standard score if it applied, and the rounding
/// (half away from zero, after capping) that turned <see cref="Unrounded"/> into <see cref="Score"/>. Its
/// <see cref="Lines"/> are produced from the same rule when read: scoring adds numbers only, and a card that is
/// only ranked never pays for its explanation. Two scores are equal when their numbers and their lines are.
/// </summary>
public sealed record IndicatorScore(
    Indicator Indicator,
    decimal Standard,
    decimal RawDeduction,
    bool Capped,
    decimal Deduction,
    decimal Unrounded,
    decimal Score,
    ScoringInputs Inputs)
{
    public string ClauseId => Clauses.Id(Indicator);

    public decimal RoundingAdjustment => Score - Unrounded;

    /// <summary>Every component of the rule, with target, actual, shortfall, steps and deduction; their deductions sum to <see cref="RawDeduction"/>.</summary>
    public Seq<DeductionLine> Lines => Scorer.Lines(Indicator, Inputs.Rules, Inputs.Targets, Inputs.Figures);

    public static IndicatorScore FromDeduction(Indicator indicator, decimal standard, decimal raw, int decimals, ScoringInputs inputs)
    {
        var capped = raw > standard;
        var deduction = capped ? standard : raw;
        var unrounded = standard - deduction;
        var score = Math.Round(unrounded, decimals, MidpointRounding.AwayFromZero);
        return new(indicator, standard, raw, capped, deduction, unrounded, score, inputs);
    }

    public bool Equals(IndicatorScore? other) =>
        other is not null && Indicator == other.Indicator && Standard == other.Standard && RawDeduction == other.RawDeduction
        && Capped == other.Capped && Deduction == other.Deduction && Unrounded == other.Unrounded && Score == other.Score
        && Lines.Equals(other.Lines);

    public override int GetHashCode() => HashCode.Combine(Indicator, Score, RawDeduction);
}
