using LanguageExt;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Scoring;

/// <summary>
/// Where a rule sends each component it applies. The rules are written once against this; scoring sends them to
/// <see cref="DeductionSum"/> (numbers only, nothing allocated), the explanation to <see cref="LineCollector"/>.
/// </summary>
public interface ILineSink
{
    /// <summary>"Deduct D per S short": shortfall max(0, target − actual), steps per the policy.</summary>
    void Short(Component component, Measure measure, Rational target, Rational actual, StepRate rate, UnitPolicy policy, string subject = "");

    /// <summary>The same for a target and an actual that are figures as given (most lines): the same deduction, exactly.</summary>
    void Short(Component component, Measure measure, decimal target, decimal actual, StepRate rate, UnitPolicy policy, string subject = "");

    /// <summary>A yes/no requirement: the whole penalty when not done.</summary>
    void Flag(Component component, bool done, decimal penalty);

    /// <summary>A line whose steps the rule counted itself (villages missing from the list).</summary>
    void Counted(Component component, string subject, Measure measure, decimal target, decimal actual, decimal step, Rational steps, decimal perStep);
}

/// <summary>
/// The exact sum of the deductions, before capping: each shortfall ÷ step × rate as a <see cref="Rational"/>, nothing rounded.
/// <para>
/// A line whose target and actual are figures (most lines) takes its shortfall in <see cref="FixedDecimal"/>, and the
/// proportional shortfalls under one rate (六's villages) are summed there and divided by the step once:
/// Σ (s ÷ step × rate) = (Σ s) ÷ step × rate exactly. The thresholds score 六 hundreds of thousands of times, and a
/// reduced fraction per village was most of their time. Where a figure or a sum does not fit a <see cref="long"/>, the
/// line goes through <see cref="Rational"/> at once.
/// </para>
/// </summary>
public struct DeductionSum : ILineSink
{
    private Rational total;
    private StepRate? pendingRate;
    private FixedDecimal pendingShortfall;

    public readonly Rational Total => pendingRate is null ? total : total + Proportional(pendingRate, pendingShortfall.ToRational());

    public void Short(Component component, Measure measure, Rational target, Rational actual, StepRate rate, UnitPolicy policy, string subject = "")
    {
        if (target > actual) total += rate.Steps(policy, target - actual) * rate.Deduction;
    }

    public void Short(Component component, Measure measure, decimal target, decimal actual, StepRate rate, UnitPolicy policy, string subject = "")
    {
        if (!(FixedDecimal.TryOf(target, out var t) && FixedDecimal.TryOf(actual, out var a) && t.TrySubtract(a, out var shortfall)))
        {
            Short(component, measure, (Rational)target, (Rational)actual, rate, policy, subject);
            return;
        }
        if (shortfall.Units <= 0) return;
        if (policy != UnitPolicy.Proportional)
        {
            total += rate.Steps(policy, shortfall.ToRational()) * rate.Deduction;
            return;
        }
        if (ReferenceEquals(rate, pendingRate) && pendingShortfall.TryAdd(shortfall, out var sum))
        {
            pendingShortfall = sum;
            return;
        }
        if (pendingRate is not null) total += Proportional(pendingRate, pendingShortfall.ToRational());
        (pendingRate, pendingShortfall) = (rate, shortfall);
    }

    private static Rational Proportional(StepRate rate, Rational shortfall) => rate.Steps(UnitPolicy.Proportional, shortfall) * rate.Deduction;

    public void Flag(Component component, bool done, decimal penalty)
    {
        if (!done && penalty != 0m) total += penalty;
    }

    public void Counted(Component component, string subject, Measure measure, decimal target, decimal actual, decimal step, Rational steps, decimal perStep) =>
        total += steps * perStep;
}

/// <summary>Every component as a <see cref="DeductionLine"/>, in the words of <paramref name="rules"/> for a unit of <paramref name="kind"/>.</summary>
public sealed class LineCollector(RuleSet rules, RateKind kind) : ILineSink
{
    private readonly List<DeductionLine> lines = new(4);

    /// <summary>The lines as a strict sequence (a List's ToSeq is lazy, and every reader would pay for it).</summary>
    public Seq<DeductionLine> Lines => lines.ToArray().ToSeq();

    public void Short(Component component, Measure measure, Rational target, Rational actual, StepRate rate, UnitPolicy policy, string subject = "")
    {
        var steps = target > actual ? rate.Steps(policy, target - actual) : Rational.Zero;
        lines.Add(new(component, subject, component.Words(rules, kind), measure, target, actual, rate.Step, steps, rate.Deduction));
    }

    public void Short(Component component, Measure measure, decimal target, decimal actual, StepRate rate, UnitPolicy policy, string subject = "") =>
        Short(component, measure, (Rational)target, (Rational)actual, rate, policy, subject);

    public void Flag(Component component, bool done, decimal penalty) =>
        lines.Add(new(component, "", component.Words(rules, kind), Measure.Flag, 1m, done ? 1 : 0, 1m, done ? 0 : 1, penalty));

    public void Counted(Component component, string subject, Measure measure, decimal target, decimal actual, decimal step, Rational steps, decimal perStep) =>
        lines.Add(new(component, subject, component.Words(rules, kind), measure, target, actual, step, steps, perStep));
}
