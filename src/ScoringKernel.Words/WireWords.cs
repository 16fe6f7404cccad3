using ScoringKernel.Core.Problems;

namespace ScoringKernel.Words;

public static partial class ReasonWords
{
    static partial void WireWords()
    {
        Say(WireReasons.OneOfMissing, a => $"请填写 {a[0]} 中的一项", a => $"set one of {a[0]}");
        Say(WireReasons.NotADate, a => $"日期应写作 YYYY-MM-DD(如 2015-12-20),不能为“{a.T(0)}”", a => $"must be a date as YYYY-MM-DD, e.g. 2015-12-20 (got '{a.T(0)}')");
        Say(WireReasons.TooManyDepartments, a => $"每个单位最多 {a.N(1)} 个部门(有 {a.N(0)} 个)", a => $"at most {a.N(1)} departments per unit (got {a.N(0)})");
        Say(WireReasons.TooManyFindings, a => $"每个单位最多 {a.N(1)} 条检查发现(有 {a.N(0)} 条)", a => $"at most {a.N(1)} findings per unit (got {a.N(0)})");
        Say(WireReasons.TooManyFigures, a => $"每个部门最多 {a.N(1)} 项数据(有 {a.N(0)} 项)", a => $"at most {a.N(1)} figures per department (got {a.N(0)})");
        Say(WireReasons.SelfEvaluationRequired, _ => "必须填写单位自评(全套指标数据)", _ => "is required (the unit's own figures, a full set)");
        Say(WireReasons.AssessmentRequired, _ => "必须提供要评分并写出的考核请求", _ => "is required (the AssessRequest to assess and write)");
        Say(WireReasons.BodyTooLarge, a => $"请求正文超过 JSON 正文的上限 {a.N(0)} 字节({a.Value(0) / 1048576m:0.##} 兆字节),其余部分未读取", a => $"the request body is larger than the {a.N(0)}-byte limit for JSON bodies ({a.Value(0) / 1048576m:0.##} MiB)");
        Say(WireReasons.MessageTooLarge, a => $"请求消息有 {a.N(0)} 字节,超过消息上限 {a.N(1)} 字节", a => $"the request message of {a.N(0)} bytes exceeds the {a.N(1)}-byte message limit");
        Say(WireReasons.ClientNotAllowed,
            a => $"客户端证书{(a.T(0).Length == 0 ? "" : $" {a.T(0)} ")}未获准访问本服务:证书须由指定的证书机构签发、在有效期内、可用于客户端身份验证,且主题在允许名单上",
            a => $"the client certificate{(a.T(0).Length == 0 ? "" : $" {a.T(0)}")} is not allowed: it must come from the configured CA, be valid now, be for client authentication and have its subject on the allow-list");
        Say(WireReasons.EndpointNotListed, a => $"{a[0]} 未列入角色表,生产环境下一律拒绝", a => $"{a[0]} has no entry in the role table: the production profile refuses it");
        Say(WireReasons.RuleSetUnknown, a => $"没有规则集“{a.T(0)}”;本服务有 {a[1]}", a => $"no rule set '{a.T(0)}'; this server holds {a[1]}");
    }
}
