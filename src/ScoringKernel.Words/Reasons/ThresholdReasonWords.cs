using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Words;

internal sealed partial class ZhReasonWords
{
    public string Visit(ThresholdReason.PolicyNotNumeric r) => "计分办法是三选一,不是数值,无法求临界值;请分别比较三种计分办法的情景";
    public string Visit(ThresholdReason.FigureWithoutDirection r) => $"{S(r.Figure)}没有办法规定的“越多越好”方向,得分不一定单调,无法精确求临界值";
    public string Visit(ThresholdReason.RangeEmpty r) => $"终点 {N(r.To)} 小于起点 {N(r.From)}";
    public string Visit(ThresholdReason.OffGrid r) => $"{N(r.Value)} 不在取值格点上(应为 {N(r.Grid)} 的整数倍)";
    public string Visit(ThresholdReason.TooManyEvaluations r) => $"需要计算超过 {N(r.Most)} 次指标得分(已达 {N(r.Needed)} 次);请缩小起止范围";
}

internal sealed partial class EnReasonWords
{
    public string Visit(ThresholdReason.PolicyNotNumeric r) => "the unit policy is one of three choices, not a number: compare the three scenarios instead";
    public string Visit(ThresholdReason.FigureWithoutDirection r) =>
        $"{S(r.Figure)} has no better direction the regulation fixes: its scores need not move one way, so no exact threshold is computed";
    public string Visit(ThresholdReason.RangeEmpty r) => $"to ({N(r.To)}) is below from ({N(r.From)})";
    public string Visit(ThresholdReason.OffGrid r) => $"{N(r.Value)} is not on the grid (a multiple of {N(r.Grid)})";
    public string Visit(ThresholdReason.TooManyEvaluations r) => $"the question needs more than {N(r.Most)} indicator scorings (reached {N(r.Needed)}); narrow from and to";
}
