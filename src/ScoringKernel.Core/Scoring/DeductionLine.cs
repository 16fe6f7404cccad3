using ScoringKernel.Core.Attachment1;
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
/// One component of an indicator's rule applied to one unit: the component, the regulation's words for it under the
/// rule set in force, target, actual, shortfall, the steps counted under the unit policy, and the deduction before
/// capping, all exact (a reduction rate or a step count need not be a finite decimal). <see cref="Subject"/> names what the line is about where a component applies several times (a village).
/// </summary>
public sealed record DeductionLine(
    Component Component,
    string Subject,
    string Words,
    Measure Measure,
    Rational Target,
    Rational Actual,
    decimal Step,
    Rational Steps,
    decimal PerStep)
{
    public Indicator Indicator => Component.Indicator;

    public string ClauseId => Indicator.ClauseId();

    /// <summary>max(0, target − actual).</summary>
    public Rational Shortfall => Target > Actual ? Target - Actual : Rational.Zero;

    /// <summary>The steps counted times the deduction per step, before capping: exact, never rounded.</summary>
    public Rational Deduction => Steps.IsZero ? Rational.Zero : Steps * PerStep;
}
