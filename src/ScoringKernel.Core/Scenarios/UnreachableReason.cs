using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Scenarios;

/// <summary>
/// Why no value of an input reaches a margin's goal: facts, not sentences (the words are the caller's; the contracts' English
/// is in <c>MarginReasonWords</c>). The margin itself carries the goal, the input and the total needed.
/// </summary>
public abstract record UnreachableReason
{
    public abstract R Match<R>(Func<NotScored, R> notScored, Func<Disqualified, R> disqualified, Func<NoClass1Quota, R> noClass1Quota, Func<TieLost, R> tieLost, Func<NoBetterDirection, R> noBetterDirection, Func<IndicatorCapped, R> indicatorCapped, Func<OtherDeductionsExceed, R> otherDeductionsExceed, Func<NoLine, R> noLine, Func<DeductsNothing, R> deductsNothing, Func<InputAboveBound, R> inputAboveBound, Func<OtherRateHoldsCompletion, R> otherRateHoldsCompletion);

    /// <summary>The unit has a row in the target table but no score card: it belongs to no assessment group.</summary>
    public sealed record NotScored(UnitCode Unit) : UnreachableReason
    {
        public override R Match<R>(Func<NotScored, R> notScored, Func<Disqualified, R> disqualified, Func<NoClass1Quota, R> noClass1Quota, Func<TieLost, R> tieLost, Func<NoBetterDirection, R> noBetterDirection, Func<IndicatorCapped, R> indicatorCapped, Func<OtherDeductionsExceed, R> otherDeductionsExceed, Func<NoLine, R> noLine, Func<DeductsNothing, R> deductsNothing, Func<InputAboveBound, R> inputAboveBound, Func<OtherRateHoldsCompletion, R> otherRateHoldsCompletion) => notScored(this);
    }

    /// <summary>The unit used funds in violation of the rules: it is not ranked, so no figure makes it Class 1.</summary>
    public sealed record Disqualified : UnreachableReason
    {
        public static readonly Disqualified Instance = new();
        public override R Match<R>(Func<NotScored, R> notScored, Func<Disqualified, R> disqualified, Func<NoClass1Quota, R> noClass1Quota, Func<TieLost, R> tieLost, Func<NoBetterDirection, R> noBetterDirection, Func<IndicatorCapped, R> indicatorCapped, Func<OtherDeductionsExceed, R> otherDeductionsExceed, Func<NoLine, R> noLine, Func<DeductsNothing, R> deductsNothing, Func<InputAboveBound, R> inputAboveBound, Func<OtherRateHoldsCompletion, R> otherRateHoldsCompletion) => disqualified(this);
    }

    /// <summary>The group's Class 1 quota is 0.</summary>
    public sealed record NoClass1Quota : UnreachableReason
    {
        public static readonly NoClass1Quota Instance = new();
        public override R Match<R>(Func<NotScored, R> notScored, Func<Disqualified, R> disqualified, Func<NoClass1Quota, R> noClass1Quota, Func<TieLost, R> tieLost, Func<NoBetterDirection, R> noBetterDirection, Func<IndicatorCapped, R> indicatorCapped, Func<OtherDeductionsExceed, R> otherDeductionsExceed, Func<NoLine, R> noLine, Func<DeductsNothing, R> deductsNothing, Func<InputAboveBound, R> inputAboveBound, Func<OtherRateHoldsCompletion, R> otherRateHoldsCompletion) => noClass1Quota(this);
    }

    /// <summary>At every total the input can reach, a rival wins the tie-break for the last Class 1 place.</summary>
    public sealed record TieLost : UnreachableReason
    {
        public static readonly TieLost Instance = new();
        public override R Match<R>(Func<NotScored, R> notScored, Func<Disqualified, R> disqualified, Func<NoClass1Quota, R> noClass1Quota, Func<TieLost, R> tieLost, Func<NoBetterDirection, R> noBetterDirection, Func<IndicatorCapped, R> indicatorCapped, Func<OtherDeductionsExceed, R> otherDeductionsExceed, Func<NoLine, R> noLine, Func<DeductsNothing, R> deductsNothing, Func<InputAboveBound, R> inputAboveBound, Func<OtherRateHoldsCompletion, R> otherRateHoldsCompletion) => tieLost(this);
    }

    /// <summary>The regulation fixes no better direction for the input (more is not always better), so no margin is solved for it.</summary>
    public sealed record NoBetterDirection : UnreachableReason
    {
        public static readonly NoBetterDirection Instance = new();
        public override R Match<R>(Func<NotScored, R> notScored, Func<Disqualified, R> disqualified, Func<NoClass1Quota, R> noClass1Quota, Func<TieLost, R> tieLost, Func<NoBetterDirection, R> noBetterDirection, Func<IndicatorCapped, R> indicatorCapped, Func<OtherDeductionsExceed, R> otherDeductionsExceed, Func<NoLine, R> noLine, Func<DeductsNothing, R> deductsNothing, Func<InputAboveBound, R> inputAboveBound, Func<OtherRateHoldsCompletion, R> otherRateHoldsCompletion) => noBetterDirection(this);
    }

    /// <summary>Even the full standard score of the input's indicator leaves the total at <see cref="BestTotal"/>, below the total needed.</summary>
    public sealed record IndicatorCapped(Indicator Indicator, decimal Standard, decimal BestTotal) : UnreachableReason
    {
        public override R Match<R>(Func<NotScored, R> notScored, Func<Disqualified, R> disqualified, Func<NoClass1Quota, R> noClass1Quota, Func<TieLost, R> tieLost, Func<NoBetterDirection, R> noBetterDirection, Func<IndicatorCapped, R> indicatorCapped, Func<OtherDeductionsExceed, R> otherDeductionsExceed, Func<NoLine, R> noLine, Func<DeductsNothing, R> deductsNothing, Func<InputAboveBound, R> inputAboveBound, Func<OtherRateHoldsCompletion, R> otherRateHoldsCompletion) => indicatorCapped(this);
    }

    /// <summary>The indicator's other lines already deduct <see cref="OtherDeductions"/>, more than the <see cref="Allowed"/> the total needed leaves it.</summary>
    public sealed record OtherDeductionsExceed(Indicator Indicator, decimal OtherDeductions, decimal Allowed) : UnreachableReason
    {
        public override R Match<R>(Func<NotScored, R> notScored, Func<Disqualified, R> disqualified, Func<NoClass1Quota, R> noClass1Quota, Func<TieLost, R> tieLost, Func<NoBetterDirection, R> noBetterDirection, Func<IndicatorCapped, R> indicatorCapped, Func<OtherDeductionsExceed, R> otherDeductionsExceed, Func<NoLine, R> noLine, Func<DeductsNothing, R> deductsNothing, Func<InputAboveBound, R> inputAboveBound, Func<OtherRateHoldsCompletion, R> otherRateHoldsCompletion) => otherDeductionsExceed(this);
    }

    /// <summary>The indicator's rule applies no such line to this unit.</summary>
    public sealed record NoLine(Component Line) : UnreachableReason
    {
        public override R Match<R>(Func<NotScored, R> notScored, Func<Disqualified, R> disqualified, Func<NoClass1Quota, R> noClass1Quota, Func<TieLost, R> tieLost, Func<NoBetterDirection, R> noBetterDirection, Func<IndicatorCapped, R> indicatorCapped, Func<OtherDeductionsExceed, R> otherDeductionsExceed, Func<NoLine, R> noLine, Func<DeductsNothing, R> deductsNothing, Func<InputAboveBound, R> inputAboveBound, Func<OtherRateHoldsCompletion, R> otherRateHoldsCompletion) => noLine(this);
    }

    /// <summary>The line deducts nothing under this rule set.</summary>
    public sealed record DeductsNothing(Component Line) : UnreachableReason
    {
        public override R Match<R>(Func<NotScored, R> notScored, Func<Disqualified, R> disqualified, Func<NoClass1Quota, R> noClass1Quota, Func<TieLost, R> tieLost, Func<NoBetterDirection, R> noBetterDirection, Func<IndicatorCapped, R> indicatorCapped, Func<OtherDeductionsExceed, R> otherDeductionsExceed, Func<NoLine, R> noLine, Func<DeductsNothing, R> deductsNothing, Func<InputAboveBound, R> inputAboveBound, Func<OtherRateHoldsCompletion, R> otherRateHoldsCompletion) => deductsNothing(this);
    }

    /// <summary>The input would have to reach <see cref="Needed"/>, above its bound <see cref="Bound"/>: it is at its maximum before the goal.</summary>
    public sealed record InputAboveBound(decimal Needed, decimal Bound) : UnreachableReason
    {
        public override R Match<R>(Func<NotScored, R> notScored, Func<Disqualified, R> disqualified, Func<NoClass1Quota, R> noClass1Quota, Func<TieLost, R> tieLost, Func<NoBetterDirection, R> noBetterDirection, Func<IndicatorCapped, R> indicatorCapped, Func<OtherDeductionsExceed, R> otherDeductionsExceed, Func<NoLine, R> noLine, Func<DeductsNothing, R> deductsNothing, Func<InputAboveBound, R> inputAboveBound, Func<OtherRateHoldsCompletion, R> otherRateHoldsCompletion) => inputAboveBound(this);
    }

    /// <summary>Completion is the lower of two rates, and the other rate already holds it below what is needed.</summary>
    public sealed record OtherRateHoldsCompletion(CompletionRate Other, decimal OtherRate) : UnreachableReason
    {
        public override R Match<R>(Func<NotScored, R> notScored, Func<Disqualified, R> disqualified, Func<NoClass1Quota, R> noClass1Quota, Func<TieLost, R> tieLost, Func<NoBetterDirection, R> noBetterDirection, Func<IndicatorCapped, R> indicatorCapped, Func<OtherDeductionsExceed, R> otherDeductionsExceed, Func<NoLine, R> noLine, Func<DeductsNothing, R> deductsNothing, Func<InputAboveBound, R> inputAboveBound, Func<OtherRateHoldsCompletion, R> otherRateHoldsCompletion) => otherRateHoldsCompletion(this);
    }
}
