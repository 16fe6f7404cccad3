using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Scenarios;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Contracts.Mapping;

/// <summary>
/// ENGLISH TEXT. The one place a margin's reason becomes the English sentence the wire's <c>Margin.reason</c> carries
/// (and <c>scoring margins</c> prints): the kernel's <see cref="Margin"/> holds only the typed facts. To be moved into the
/// words module with the other sentences; until then, a change here changes GetMargins' bytes.
/// </summary>
public static class MarginReasonWords
{
    public static string For(Margin margin, TargetTable table) => margin.Match(
        reachable => Binding(reachable.Binding),
        met => met.Standing switch
        {
            MetStanding.AtOrAbovePassLine => "already at or above the pass line",
            MetStanding.HoldsClass1 => "already Class 1",
            MetStanding.TotalReachesThreshold => $"the total {met.Total} already reaches {met.ThresholdTotal}",
        },
        unreachable => Unreachable(unreachable, table));

    private static string Binding(MarginBinding binding) => binding.Match(
        yes => $"answering yes removes the {yes.Deduction} deduction of {yes.Line.Indicator.ClauseId()}",
        within => $"{within.Line.Indicator.ClauseId()} may lose at most {DecimalParsing.Format(Math.Round(within.MaxDeduction, 4))} on {within.Line}: " +
                  $"a shortfall {Bound(within.Bound)} {DecimalParsing.Format(Math.Round(within.MaxShortfall, 4))}");

    private static string Bound(ShortfallBound bound) => bound switch
    {
        ShortfallBound.AtMost => "of at most",
        ShortfallBound.Below => "below",
    };

    private static string Unreachable(Margin.Unreachable m, TargetTable table) => m.Why.Match(
        notScored: r => Messages.NotScored(table, r.Unit),
        disqualified: _ => "the unit used funds in violation of the rules: it is not ranked, so no figure can make it Class 1",
        noClass1Quota: _ => "the group's Class 1 quota is 0",
        tieLost: _ => "a rival keeps the last Class 1 place at every reachable total",
        noBetterDirection: _ => $"{m.Field.Path()} has no better direction the regulation fixes",
        indicatorCapped: r => $"even the full {r.Standard} on {r.Indicator.ClauseId()} leaves the total at {r.BestTotal}, below {m.ThresholdTotal}",
        otherDeductionsExceed: r => $"the other deductions of {r.Indicator.ClauseId()} ({r.OtherDeductions}) already exceed the {r.Allowed} that reaching {m.ThresholdTotal} allows",
        noLine: r => $"{r.Line.Indicator.ClauseId()} has no {r.Line} line for this unit",
        deductsNothing: r => $"{r.Line} deducts nothing under this rule set",
        inputAboveBound: r => $"{m.Field.Path()} would have to reach {r.Needed}, above its bound {r.Bound}",
        otherRateHoldsCompletion: r => $"completion is the lower of the two rates, and the {Rate(r.Other)} rate {DecimalParsing.Format(r.OtherRate)} % already holds it below what is needed");

    private static string Rate(CompletionRate rate) => rate switch
    {
        CompletionRate.Persons => "persons",
        CompletionRate.Households => "households",
    };
}
