using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Scenarios;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Words;

/// <summary>
/// Why a margin is what it is, in words: the kernel's <see cref="Margin"/> holds only the typed facts. The English is
/// what the wire's <c>Margin.reason</c> has always carried (a change here changes GetMargins' bytes); the Chinese is the
/// planner's, in <c>localized_reason</c> and the workbench.
/// </summary>
public static class MarginWords
{
    public static string For(Margin margin, TargetTable table, Language language) =>
        language == Language.En ? English(margin, table) : Chinese(margin, table);

    private static string English(Margin margin, TargetTable table) => margin.Match(
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
        notScored: r => ProblemWords.Message(SharedProblems.NotScored(table, r.Unit), Language.En, UnitNames.Of(table)),
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

    private static string Chinese(Margin margin, TargetTable table) => margin.Match(
        reachable => reachable.Binding.Match(
            yes => $"改为“是”即免去{yes.Line.Indicator.ClauseId()}的 {DecimalParsing.Format(yes.Deduction)} 分扣分",
            within => $"{within.Line.Indicator.ClauseId()}最多可扣 {DecimalParsing.Format(Math.Round(within.MaxDeduction, 4))} 分:差额须{(within.Bound == ShortfallBound.AtMost ? "不超过" : "小于")} {DecimalParsing.Format(Math.Round(within.MaxShortfall, 4))}"),
        met => met.Standing switch
        {
            MetStanding.AtOrAbovePassLine => "已达到合格线",
            MetStanding.HoldsClass1 => "已是一类",
            MetStanding.TotalReachesThreshold => $"总分 {DecimalParsing.Format(met.Total)} 已达到 {DecimalParsing.Format(met.ThresholdTotal)}",
        },
        m => m.Why.Match(
            notScored: r => ProblemWords.Message(SharedProblems.NotScored(table, r.Unit), Language.ZhCn, UnitNames.Of(table)),
            disqualified: _ => "该单位违规违纪使用扶贫资金,取消排序资格,任何数据都不能使其评为一类",
            noClass1Quota: _ => "本组一类名额为 0",
            tieLost: _ => "在任何可达到的总分上,都有对手保住最后一个一类名额",
            noBetterDirection: _ => $"{Labels.Figure(m.Field)}没有办法规定的“越多越好”方向",
            indicatorCapped: r => $"即使{r.Indicator.ClauseId()}得满分 {DecimalParsing.Format(r.Standard)},总分也只有 {DecimalParsing.Format(r.BestTotal)},低于 {DecimalParsing.Format(m.ThresholdTotal)}",
            otherDeductionsExceed: r => $"{r.Indicator.ClauseId()}的其他扣分({DecimalParsing.Format(r.OtherDeductions)})已超过达到 {DecimalParsing.Format(m.ThresholdTotal)} 所允许的 {DecimalParsing.Format(r.Allowed)}",
            noLine: r => $"{r.Line.Indicator.ClauseId()}对该单位没有这一扣分项",
            deductsNothing: _ => "按本规则该项不扣分",
            inputAboveBound: r => $"{Labels.Figure(m.Field)}须达到 {DecimalParsing.Format(r.Needed)},超过其上限 {DecimalParsing.Format(r.Bound)}",
            otherRateHoldsCompletion: r => $"完成率取两项中较低者,{(r.Other == CompletionRate.Persons ? "到人" : "到户")}完成率 {DecimalParsing.Format(r.OtherRate)}% 已使其低于所需"));
}
