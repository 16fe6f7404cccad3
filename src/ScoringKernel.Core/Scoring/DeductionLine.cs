using ScoringKernel.Core.Rules;

namespace ScoringKernel.Core.Scoring;

/// <summary>What a line's target and actual are measured in.</summary>
public enum Measure
{
    Percent,
    Yuan,
    Wan,
    Households,
    Villages,
    /// <summary>A yes/no requirement: target 1 (yes), actual 1 or 0.</summary>
    Flag,
}

/// <summary>
/// One component of an indicator's rule applied to one unit: the clause, the regulation's words for this
/// component, target, actual, shortfall, the steps counted under the unit policy, and the deduction before capping.
/// <see cref="Subject"/> names what the line is about where an indicator has several (a village's name).
/// </summary>
public sealed record DeductionLine(
    Indicator Indicator,
    string Component,
    string Subject,
    string Words,
    Measure Measure,
    decimal Target,
    decimal Actual,
    decimal Step,
    decimal Steps,
    decimal PerStep)
{
    public string ClauseId => Clauses.Id(Indicator);

    /// <summary>max(0, target − actual).</summary>
    public decimal Shortfall => Target > Actual ? Target - Actual : 0m;

    /// <summary>The steps counted times the deduction per step, before capping.</summary>
    public decimal Deduction => Steps == 0m ? 0m : Steps * PerStep;

    /// <summary>A "deduct D per S short" component: shortfall is max(0, target − actual), steps per the policy.</summary>
    public static DeductionLine Short(Indicator indicator, string component, string words, Measure measure,
        decimal target, decimal actual, StepRate rate, UnitPolicy policy, string subject = "")
    {
        var steps = target > actual ? rate.Steps(policy, target - actual) : 0m;
        return new(indicator, component, subject, words, measure, target, actual, rate.Step, steps, rate.Deduction);
    }

    /// <summary>A yes/no component: the whole penalty when not done, nothing when done.</summary>
    public static DeductionLine Flag(Indicator indicator, string component, string words, bool done, decimal penalty)
    {
        var steps = done ? 0m : 1m;
        return new(indicator, component, "", words, Measure.Flag, 1m, done ? 1m : 0m, 1m, steps, penalty);
    }
}
