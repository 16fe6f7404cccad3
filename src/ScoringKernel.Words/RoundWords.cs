using ScoringKernel.Core.Problems;

namespace ScoringKernel.Words;

public static partial class ReasonWords
{
    static partial void RoundWords()
    {
        Say(RoundReasons.ActorRequired, _ => "必须注明操作人", _ => "the command names no actor: every event records who");
        Say(RoundReasons.RoundNotOpen, _ => "考核年度尚未开启,请考核办公室先开启", _ => "the round is not open yet: the office opens it first");
        Say(RoundReasons.RoundAlreadyOpen, _ => "考核年度已经开启", _ => "the round is already open");
        Say(RoundReasons.NoUnits, _ => "考核年度至少要有一个考核单位", _ => "a round assesses at least one unit");
        Say(RoundReasons.UnitListedTwice, a => $"单位 {a.UnitCode(0)} 列了两次", a => $"unit {a.UnitCode(0)} is listed twice");
        Say(RoundReasons.RoundApproved, a => $"综合评定已经审定(摘要 {Short(a[0])}),重新开启前任何数据都不能更改",
            a => $"the evaluation is approved (digest {Short(a[0])}): no source changes until the round is reopened");
        Say(RoundReasons.UnitNotInRound, a => $"{a.UnitNameAndCode(0)} 不在本考核年度的考核单位中", a => $"unit {a.UnitCode(0)} is not assessed in this round");
        Say(RoundReasons.UnitMismatch, a => $"报送给 {a.UnitNameAndCode(0)} 的自评是 {a.UnitNameAndCode(1)} 的数据;单位只能报送本单位的自评",
            a => $"the self-evaluation sent for unit {a.UnitCode(0)} holds the figures of unit {a.UnitCode(1)}: a unit submits only its own");
        Say(RoundReasons.ValueInvalid, a => $"{a.UnitName(0)} 的 {a[1]} 不能为 {a.N(2)}", a => $"{a.FigureWirePath(1)} of unit {a.UnitCode(0)} cannot be {a.N(2)}");
        Say(RoundReasons.FindingIdRequired, _ => "必须填写检查发现的编号", _ => "the finding needs an id");
        Say(RoundReasons.FindingExists, a => $"已有编号为 {a[0]} 的检查发现", a => $"a finding with id {a[0]} is already recorded");
        Say(RoundReasons.FindingUnknown, a => $"没有编号为 {a[0]} 的检查发现", a => $"no finding with id {a[0]}");
        Say(RoundReasons.FindingWithdrawn, a => $"编号为 {a[0]} 的检查发现已经撤销", a => $"the finding {a[0]} is already withdrawn");
        Say(RoundReasons.InspectorRequired, _ => "必须填写检查人", _ => "the finding names no inspector");
        Say(RoundReasons.ReasonRequired, _ => "必须说明理由", _ => "a reason is required");
        Say(RoundReasons.SelfEvaluationsMissing,
            a => $"还有 {a.N(0)} 个单位没有报送自评({a[1]}),{(a[2] == Core.Round.RoundProblems.Evaluate ? "不能进行综合评定" : "不能审定")}",
            a => $"{a.N(0)} {(a.Value(0) == 1 ? "unit has" : "units have")} not submitted the self-evaluation ({a[1]}): nothing to {(a[2] == Core.Round.RoundProblems.Evaluate ? "evaluate" : "approve")} yet");
        Say(RoundReasons.EvaluationUnavailable, _ => "当前数据得不出综合评定(请先评定,查看问题),不能审定",
            _ => "the current sources give no evaluation (evaluate the round to see why): nothing to approve");
        Say(RoundReasons.StaleDigest, a => $"审定的是摘要 {Short(a[0])} 的评定结果,但数据已经变化,当前结果的摘要为 {Short(a[1])};请重新评定后再审定",
            a => $"the approval names digest {Short(a[0])}, but the evaluation now is {Short(a[1])}: evaluate again and approve what you see");
        Say(RoundReasons.NotApproved, _ => "综合评定尚未审定", _ => "the evaluation is not approved");
        Say(RoundReasons.AlreadyApproved, a => $"综合评定已经审定(摘要 {Short(a[0])}),不能重复审定", a => $"the evaluation is already approved (digest {Short(a[0])})");
        Say(RoundReasons.DigestNotApproved, a => $"要发布的通报(摘要 {Short(a[0])})不是已审定的结果(摘要 {Short(a[1])})",
            a => $"the notice names digest {Short(a[0])}, not the approved {Short(a[1])}");
        Say(RoundReasons.AlreadyPublished, a => $"通报已经发布(摘要 {Short(a[0])})", a => $"the notice is already published (digest {Short(a[0])})");

        Say(RoundReasons.RoundNotFound, a => $"没有 {a.N(0)} 年度的考核", a => $"no round for {a.N(0)}");
        Say(RoundReasons.NameMalformed, a => $"资源名应写作 {a[1]},不能为“{a.T(0)}”", a => $"must be a resource name as {a[1]} (got '{a.T(0)}')");
        Say(RoundReasons.EtagStale, a => $"数据已被他人更改(您看到的版本 {a[0]},当前版本 {a[1]});请重新读取后再提交,未作任何更改",
            a => $"the resource has changed since etag {a[0]} (now {a[1]}): read it again; nothing was written");
        Say(RoundReasons.EtagMalformed, a => $"版本标记(etag)应为读取时返回的值,不能为“{a.T(0)}”", a => $"must be an etag as a read returned it (got '{a.T(0)}')");
        Say(RoundReasons.RoleRequired, a => $"{a.T(1)} 没有此项权限,需要角色 {a[0]}", a => $"{a.T(1)} may not do this: it needs the role {a[0]}");
        Say(RoundReasons.ImportEmpty, _ => "请提供要导入的数据表、综合评定文件或考核年度导出文件", _ => "set one of figures_workbook, evaluation, round_export");
        Say(RoundReasons.ExportOtherRound, a => $"导出文件是 {a.N(0)} 年度的,不能导入 {a.N(1)} 年度", a => $"the export holds the round {a.N(0)}, not {a.N(1)}");
        Say(RoundReasons.ExportEventUnreadable, a => $"导出文件第 {a.N(0)} 条记录({a[1]})无法读取", a => $"event {a.N(0)} ({a[1]}) of the export cannot be read");
        Say(RoundReasons.RoundExists, a => $"已有 {a.N(0)} 年度的考核,导出文件只能导入到尚无该年度的数据库", a => $"the round {a.N(0)} already exists: an export goes into a store without it");
        Say(RoundReasons.ImportNothing, _ => "导入的文件没有任何单位的数据,未作任何更改", _ => "the file imported holds no submission: nothing was written");
        Say(RoundReasons.ChainBroken,
            a => $"{a.N(0)} 年度考核的历史记录链在第 {a.N(1)} 条记录处断开({FaultZh(a[2])});该年度在核查前不接受任何写入",
            a => $"the history of the round {a.N(0)} breaks at event {a.N(1)} ({FaultEn(a[2])}); the round takes no write until this is looked into");
        Say(RoundReasons.ChainIntact, a => $"{a.N(0)} 年度考核的历史记录完整:共 {a.N(1)} 条记录,链头 {a[2]}",
            a => $"the history of the round {a.N(0)} is intact: {a.N(1)} events, head {a[2]}");
        Say(RoundReasons.ExportEventRefused, a => $"导出文件第 {a.N(0)} 条记录({a[1]})不是本服务会据此前记录作出的决定,整个导入未作任何更改",
            a => $"event {a.N(0)} ({a[1]}) of the export is not one this server would have decided on the events before it: nothing was imported");
        Say(RoundReasons.ExportSignatureInvalid, _ => "导出文件的签名与其记录链头或公钥不符,未作任何更改",
            _ => "the export's signature does not match its chain head and key: nothing was imported");
        Say(RoundReasons.RuleSetOfRoundUnknown, a => $"本服务没有该考核年度所用的规则集“{a.T(0)}”", a => $"this server does not hold the round's rule set '{a.T(0)}'");
    }

    private static string FaultZh(string fault) => fault switch
    {
        "HASH_MISMATCH" => "该条记录或其之前的记录被改动过",
        "MISSING" => "该条记录缺失(被删除)",
        "OUT_OF_ORDER" => "记录顺序被打乱或重复",
        "TRUNCATED" => "记录在此之前截断,少于已记载的链头",
        "HEAD_MISMATCH" => "最后一条记录不是已记载的链头",
        _ => fault,
    };

    private static string FaultEn(string fault) => fault switch
    {
        "HASH_MISMATCH" => "it, or one before it, was changed",
        "MISSING" => "it is missing (deleted)",
        "OUT_OF_ORDER" => "the events are out of order or repeated",
        "TRUNCATED" => "the log ends before the head recorded",
        "HEAD_MISMATCH" => "the last event is not the head recorded",
        _ => fault,
    };

    /// <summary>A digest's first 12 hex digits, as the stamp's file names show it.</summary>
    private static string Short(string digest) => digest.Length > 12 ? digest[..12] : digest;
}

/// <summary>What each event of the round's history says, in the office's Chinese and in English.</summary>
public static class RoundEventWords
{
    public static string SelfEvaluation(Language language) => language == Language.ZhCn ? "自评" : "self-evaluation";

    public static string FindingSource(Core.Round.FindingId id, Language language) => language == Language.ZhCn ? $"检查发现 {id.Value}" : $"finding {id.Value}";

    public static string Summary(Core.Round.RoundEvent e, UnitNames names, Language language)
    {
        var zh = language == Language.ZhCn;
        return e.Match(
            opened => zh ? $"{e.Actor} 开启 {opened.Year} 年度考核({opened.Units.Count} 个单位,规则集 {opened.RuleSet.Id}@{opened.RuleSet.Version})"
                : $"{e.Actor} opened the round {opened.Year} ({opened.Units.Count} units, rule set {opened.RuleSet.Id}@{opened.RuleSet.Version})",
            self => zh ? $"{e.Actor} 报送 {names.Name(self.Unit)} 的自评(第 {self.Version} 版)"
                : $"{e.Actor} submitted the self-evaluation of {names.NameAndCode(self.Unit, language)} (version {self.Version})",
            department => zh ? $"{e.Actor} 报送 {Labels.Department(department.Figures.Department, language)} 对 {names.Name(department.Unit)} 的数据(第 {department.Version} 版,{department.Figures.Figures.Count} 项)"
                : $"{e.Actor} submitted the {Labels.Department(department.Figures.Department, language)} figures for {names.NameAndCode(department.Unit, language)} (version {department.Version}, {department.Figures.Figures.Count} figures)",
            recorded => zh ? $"{e.Actor} 记录 {names.Name(recorded.Unit)} 的检查发现 {recorded.Id.Value}({Labels.Check(recorded.Finding.Check, language)} {recorded.Finding.Date:yyyy-MM-dd},检查人 {recorded.Inspector}):{recorded.Finding.Note}"
                : $"{e.Actor} recorded finding {recorded.Id.Value} on {names.NameAndCode(recorded.Unit, language)} ({Labels.Check(recorded.Finding.Check, language)} {recorded.Finding.Date:yyyy-MM-dd}, inspector {recorded.Inspector}): {recorded.Finding.Note}",
            withdrawn => zh ? $"{e.Actor} 撤销检查发现 {withdrawn.Id.Value},理由:{withdrawn.Reason}" : $"{e.Actor} withdrew finding {withdrawn.Id.Value}: {withdrawn.Reason}",
            approved => zh ? $"{e.Actor} 审定综合评定结果(摘要 {Short(approved.EvaluationDigest)})" : $"{e.Actor} approved the evaluation (digest {Short(approved.EvaluationDigest)})",
            reopened => zh ? $"{e.Actor} 重新开启考核,理由:{reopened.Reason}" : $"{e.Actor} reopened the round: {reopened.Reason}",
            published => zh ? $"{e.Actor} 发布考核情况通报(摘要 {Short(published.EvaluationDigest)})" : $"{e.Actor} published the notice (digest {Short(published.EvaluationDigest)})");
    }

    private static string Short(string digest) => digest.Length > 12 ? digest[..12] : digest;
}
