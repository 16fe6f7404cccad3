using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Words;

internal sealed partial class ZhReasonWords
{
    public string Visit(ScenarioReason.TooManyOverrides r) => $"每个情景最多 {N(r.Most)} 项调整(有 {N(r.Given)} 项)";
    public string Visit(ScenarioReason.UnknownParameter r) => $"没有规则参数“{r.Path}”(规则目录列出全部参数)";
    public string Visit(ScenarioReason.ParameterGovernedByTable r) => $"参数 {r.Path} 只在附件2 未填“{S(r.Target)}”时适用,而目标任务表为每个单位都填了;要改目标,请调整目标任务“{S(r.Target)}”";
    public string Visit(ScenarioReason.NoUnitOfKind r) => $"目标任务表中没有类别为“{S(r.Kind)}”的单位";
    public string Visit(ScenarioReason.NoUnitInGroup r) => $"目标任务表中没有“{S(r.Group)}”的单位";
    public string Visit(ScenarioReason.SweepPolicy r) => "计分方式没有可扫描的数值;请扫描参数、目标任务或指标数据";
    public string Visit(ScenarioReason.SweepStopBelowStart r) => $"终点不能小于起点 {N(r.Start)}(填写了 {N(r.Stop)})";
    public string Visit(ScenarioReason.SweepTooManyPoints r) => $"该范围有 {N(r.Points)} 个点,最多 {N(r.Most)} 个";
    public string Visit(ScenarioReason.TooManyScenarios r) => $"一次最多比较 {N(r.Most)} 个情景(有 {N(r.Given)} 个)";
}

internal sealed partial class EnReasonWords
{
    public string Visit(ScenarioReason.TooManyOverrides r) => $"at most {N(r.Most)} overrides per scenario (got {N(r.Given)})";
    public string Visit(ScenarioReason.UnknownParameter r) => $"no rule-set parameter '{r.Path}'; GetRuleSet lists them";
    public string Visit(ScenarioReason.ParameterGovernedByTable r) =>
        $"{r.Path} applies only where Attachment 2 leaves {r.Target.Name()} empty, and the target table gives {r.Target.Name()} for every unit; to change the target, use a target override of {r.Target.WireValue()}";
    public string Visit(ScenarioReason.NoUnitOfKind r) => $"the target table has no unit of kind {r.Kind.ToString()}";
    public string Visit(ScenarioReason.NoUnitInGroup r) => $"the target table has no unit in group {r.Group.ToString()}";
    public string Visit(ScenarioReason.SweepPolicy r) => "a unit policy has no numeric value to sweep; sweep a parameter, target or figure";
    public string Visit(ScenarioReason.SweepStopBelowStart r) => $"must not be below start {N(r.Start)} (got {N(r.Stop)})";
    public string Visit(ScenarioReason.SweepTooManyPoints r) => $"the range gives {N(r.Points)} points; at most {N(r.Most)}";
    public string Visit(ScenarioReason.TooManyScenarios r) => $"at most {N(r.Most)} scenarios per comparison (got {N(r.Given)})";
}
