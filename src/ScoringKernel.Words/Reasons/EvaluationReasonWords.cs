using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Words;

internal sealed partial class ZhReasonWords
{
    public string Visit(EvaluationReason.SourcesDisagree r) =>
        $"{S(r.Figure)}:{S(r.Source)} 为 {N(r.Value)},而{S(r.OtherAt)}({S(r.OtherSource)})为 {N(r.OtherValue)};同一级别的来源必须一致";
    public string Visit(EvaluationReason.DepartmentNotProvider r) => $"{S(r.Department)} 提供了 {S(r.Figure)},附件1 规定由 {S(r.Providers)} 提供(已采用,仅提示)";
    public string Visit(EvaluationReason.MisusedYetCompliant r) => $"{UnitName(r.Unit)}:填报了违规违纪使用扶贫资金,却又填报其他扶贫资金按政策规范使用(按填报评分,仅提示)";
    public string Visit(EvaluationReason.DeliveredAbovePledged r) => $"{UnitName(r.Unit)}:帮扶资金到位 {N(r.Delivered)} 万元,超过承诺的 {N(r.Pledged)} 万元(按填报评分,仅提示)";
    public string Visit(EvaluationReason.TooManySubmissions r) => $"一次最多 {N(r.Most)} 个单位的报送(提交了 {N(r.Given)} 个)";
}

internal sealed partial class EnReasonWords
{
    public string Visit(EvaluationReason.SourcesDisagree r) =>
        $"{S(r.Figure)}: {S(r.Source)} gives {N(r.Value)}, but {S(r.OtherSource)} gives {N(r.OtherValue)} at {S(r.OtherAt)}; sources of the same authority must agree";
    public string Visit(EvaluationReason.DepartmentNotProvider r) =>
        $"{ZhName(r.Department)} gave {FigureKeys.Path(r.Figure)}; Attachment 1 names {ZhName(r.Providers)} as providing {FigureClauseId(r.Figure)}. Accepted.";
    public string Visit(EvaluationReason.MisusedYetCompliant r) =>
        $"unit {r.Unit.Value}: funds_misused says poverty funds were used in violation of the rules, yet other_funds_compliant says other poverty funds were used as policy requires";
    public string Visit(EvaluationReason.DeliveredAbovePledged r) => $"unit {r.Unit.Value}: funds delivered ({N(r.Delivered)} 万元) exceed the funds pledged ({N(r.Pledged)} 万元)";
    public string Visit(EvaluationReason.TooManySubmissions r) => $"at most {N(r.Most)} submissions per request (got {N(r.Given)})";
}
