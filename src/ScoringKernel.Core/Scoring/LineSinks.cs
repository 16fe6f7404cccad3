using LanguageExt;
using ScoringKernel.Core.Rules;

namespace ScoringKernel.Core.Scoring;

/// <summary>
/// Where a rule sends each component it applies. The rules are written once against this; scoring sends them to
/// <see cref="DeductionSum"/> (numbers only, nothing allocated), the explanation to <see cref="LineCollector"/>.
/// </summary>
public interface ILineSink
{
    /// <summary>"Deduct D per S short": shortfall max(0, target − actual), steps per the policy.</summary>
    void Short(Indicator indicator, string component, string words, Measure measure, decimal target, decimal actual, StepRate rate, UnitPolicy policy, string subject = "");

    /// <summary>A yes/no requirement: the whole penalty when not done.</summary>
    void Flag(Indicator indicator, string component, string words, bool done, decimal penalty);

    /// <summary>A line whose steps the rule counted itself (villages missing from the list).</summary>
    void Counted(Indicator indicator, string component, string subject, string words, Measure measure, decimal target, decimal actual, decimal step, decimal steps, decimal perStep);
}

/// <summary>The sum of the deductions, before capping.</summary>
public struct DeductionSum : ILineSink
{
    public decimal Total;

    public void Short(Indicator indicator, string component, string words, Measure measure, decimal target, decimal actual, StepRate rate, UnitPolicy policy, string subject = "")
    {
        if (target > actual) Total += rate.Steps(policy, target - actual) * rate.Deduction;
    }

    public void Flag(Indicator indicator, string component, string words, bool done, decimal penalty)
    {
        if (!done) Total += penalty;
    }

    public void Counted(Indicator indicator, string component, string subject, string words, Measure measure, decimal target, decimal actual, decimal step, decimal steps, decimal perStep) =>
        Total += steps * perStep;
}

/// <summary>Every component as a <see cref="DeductionLine"/>.</summary>
public sealed class LineCollector : ILineSink
{
    private readonly List<DeductionLine> lines = new(4);

    public Seq<DeductionLine> Lines => lines.ToSeq();

    public void Short(Indicator indicator, string component, string words, Measure measure, decimal target, decimal actual, StepRate rate, UnitPolicy policy, string subject = "") =>
        lines.Add(DeductionLine.Short(indicator, component, words, measure, target, actual, rate, policy, subject));

    public void Flag(Indicator indicator, string component, string words, bool done, decimal penalty) =>
        lines.Add(DeductionLine.Flag(indicator, component, words, done, penalty));

    public void Counted(Indicator indicator, string component, string subject, string words, Measure measure, decimal target, decimal actual, decimal step, decimal steps, decimal perStep) =>
        lines.Add(new DeductionLine(indicator, component, subject, words, measure, target, actual, step, steps, perStep));
}
