using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Words;

internal sealed partial class ZhReasonWords
{
    public string Visit(WireReason.OneOfMissing r) => $"请填写 {r.Fields} 中的一项";
    public string Visit(WireReason.NotADate r) => $"日期应写作 YYYY-MM-DD(如 2015-12-20),不能为“{T(r.Got)}”";
    public string Visit(WireReason.TooManyDepartments r) => $"每个单位最多 {N(r.Most)} 个部门(有 {N(r.Given)} 个)";
    public string Visit(WireReason.TooManyFindings r) => $"每个单位最多 {N(r.Most)} 条检查发现(有 {N(r.Given)} 条)";
    public string Visit(WireReason.TooManyFigures r) => $"每个部门最多 {N(r.Most)} 项数据(有 {N(r.Given)} 项)";
    public string Visit(WireReason.SelfEvaluationRequired r) => "必须填写单位自评(全套指标数据)";
    public string Visit(WireReason.AssessmentRequired r) => "必须提供要评分并写出的考核请求";
    public string Visit(WireReason.RuleSetUnknown r) => $"没有规则集“{T(r.Asked)}”;本服务有 {r.Held}";
    public string Visit(WireReason.BodyTooLarge r) => $"请求正文超过 JSON 正文的上限 {N(r.Limit)} 字节({r.Limit / 1048576m:0.##} 兆字节),其余部分未读取";
    public string Visit(WireReason.MessageTooLarge r) => $"请求消息有 {r.Size} 字节,超过消息上限 {N(r.Limit)} 字节";
    public string Visit(WireReason.ClientNotAllowed r) =>
        $"客户端证书{(T(r.Subject).Length == 0 ? "" : $" {T(r.Subject)} ")}未获准访问本服务:证书须由指定的证书机构签发、在有效期内、可用于客户端身份验证,且主题在允许名单上";
    public string Visit(WireReason.EndpointNotListed r) => $"{r.Endpoint} 未列入角色表,生产环境下一律拒绝";
    public string Visit(WireReason.RequestUnreadable r) => $"无法读取此请求({r.HttpStatus}):请检查地址(不能含 %00,非 ASCII 字符须百分号编码)、请求行和请求头的大小";
}

internal sealed partial class EnReasonWords
{
    public string Visit(WireReason.OneOfMissing r) => $"set one of {r.Fields}";
    public string Visit(WireReason.NotADate r) => $"must be a date as YYYY-MM-DD, e.g. 2015-12-20 (got '{T(r.Got)}')";
    public string Visit(WireReason.TooManyDepartments r) => $"at most {N(r.Most)} departments per unit (got {N(r.Given)})";
    public string Visit(WireReason.TooManyFindings r) => $"at most {N(r.Most)} findings per unit (got {N(r.Given)})";
    public string Visit(WireReason.TooManyFigures r) => $"at most {N(r.Most)} figures per department (got {N(r.Given)})";
    public string Visit(WireReason.SelfEvaluationRequired r) => "is required (the unit's own figures, a full set)";
    public string Visit(WireReason.AssessmentRequired r) => "is required (the AssessRequest to assess and write)";
    public string Visit(WireReason.RuleSetUnknown r) => $"no rule set '{T(r.Asked)}'; this server holds {r.Held}";
    public string Visit(WireReason.BodyTooLarge r) => $"the request body is larger than the {N(r.Limit)}-byte limit for JSON bodies ({r.Limit / 1048576m:0.##} MiB)";
    public string Visit(WireReason.MessageTooLarge r) => $"the request message of {r.Size} bytes exceeds the {N(r.Limit)}-byte message limit";
    public string Visit(WireReason.ClientNotAllowed r) =>
        $"the client certificate{(T(r.Subject).Length == 0 ? "" : $" {T(r.Subject)}")} is not allowed: it must come from the configured CA, be valid now, be for client authentication and have its subject on the allow-list";
    public string Visit(WireReason.EndpointNotListed r) => $"{r.Endpoint} has no entry in the role table: the production profile refuses it";
    public string Visit(WireReason.RequestUnreadable r) => $"the request could not be read ({r.HttpStatus}): check the path (no %00, non-ASCII characters percent-encoded), the request line and the headers' size";
}
