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
        Say(RoundReasons.RuleSetOfRoundUnknown, a => $"本服务没有该考核年度所用的规则集“{a.T(0)}”", a => $"this server does not hold the round's rule set '{a.T(0)}'");
        Say(RoundReasons.FigureGivenTwice, a => $"{a.UnitName(0)} 的 {a[1]} 在本次报送中填了两次,每项数据只能报送一次",
            a => $"{a.FigureWirePath(1)} of unit {a.UnitCode(0)} is given twice: give each figure once");
        Say(RoundReasons.DepartmentFiguresWouldBeRemoved,
            a => $"{a[1]} 已为 {a.UnitName(0)} 报送的 {a.N(2)} 项数据不在本次报送中({a.ListFrom(3)}),整套报送会删除它们;请一并报送,或只报送要更改的数据项(update_mask)",
            a => $"the {a[1]} figures for unit {a.UnitCode(0)} already given are left out ({a.FigureWirePathsFrom(3)}): a whole-set submission would remove them; give them too, or name the figures changed in update_mask");
        Say(RoundReasons.FigureNotInMask, a => $"报送了 {a.UnitName(0)} 的 {a[1]},但更新范围(update_mask)没有列出这一项",
            a => $"{a.FigureWirePath(1)} of unit {a.UnitCode(0)} is given but update_mask does not name it");
        Say(RoundReasons.SubmissionsClosed, _ => "报送已截止,考核办公室重新开放报送前,自评、部门数据和检查发现都不能更改",
            _ => "submissions are closed (报送截止): no self-evaluation, department figure or finding changes until the office reopens them");
        Say(RoundReasons.SubmissionsAlreadyClosed, _ => "报送已经截止", _ => "submissions are already closed");
        Say(RoundReasons.SubmissionsNotClosed, _ => "报送没有截止,无需重新开放", _ => "submissions are not closed");
        Say(RoundReasons.NoticeNumberRequired, _ => "发布通报必须填写文号(如 衡贫发〔2016〕3号)", _ => "the notice needs its document number (文号, e.g. 衡贫发〔2016〕3号)");
        Say(RoundReasons.MaskPathUnknown, a => $"更新范围(update_mask)中的“{a.T(0)}”不是部门可报送的数据项(应写作 {a[1]})",
            a => $"update_mask path '{a.T(0)}' names no figure (write as {a[1]})");
        Say(RoundReasons.IssuedOnInvalid, a => $"印发日期应写作 年-月-日(如 2016-03-15),不能为“{a.T(0)}”", a => $"the date of issue must be YYYY-MM-DD (got '{a.T(0)}')");
        Say(RoundReasons.DocumentUnavailable,
            a => a[1] == "round" ? $"没有 {a.N(0)} 年度的考核,无法生成文件" : $"{a.N(0)} 年度的考核还不能得出综合评定(所有单位报送自评后才能评定),无法生成文件",
            a => a[1] == "round" ? $"no round for {a.N(0)}: no document to serve" : $"the round {a.N(0)} has no evaluation yet (every unit's self-evaluation is needed): no document to serve");
        Say(RoundReasons.RuleSetForYearMissing, a => $"本服务没有 {a.N(0)} 年度的规则集(已载入:{a.T(1)}),请先载入该年度的规则集或指定规则集",
            a => $"this server holds no rule set for {a.N(0)} (loaded: {a.T(1)}): load that year's rule set or name one");
        Say(RoundReasons.RuleSetForYearAmbiguous, a => $"{a.N(0)} 年度有多个规则集({a[1]}),请指定其中一个",
            a => $"several rule sets apply to {a.N(0)} ({a[1]}): name one");
    }

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
            published => zh ? $"{e.Actor} 发布考核情况通报{NumberZh(published)}(摘要 {Short(published.EvaluationDigest)})" : $"{e.Actor} published the notice{NumberEn(published)} (digest {Short(published.EvaluationDigest)})",
            closed => zh ? $"{e.Actor} 截止报送{(closed.Reason.Length > 0 ? $",理由:{closed.Reason}" : "")}" : $"{e.Actor} closed submissions{(closed.Reason.Length > 0 ? $": {closed.Reason}" : "")}",
            reopenedSubmissions => zh ? $"{e.Actor} 重新开放报送,理由:{reopenedSubmissions.Reason}" : $"{e.Actor} reopened submissions: {reopenedSubmissions.Reason}");
    }

    private static string Short(string digest) => digest.Length > 12 ? digest[..12] : digest;

    private static string NumberZh(Core.Round.RoundEvent.NoticePublished p) =>
        p.NoticeNumber.Length == 0 ? "" : $" {p.NoticeNumber}" + p.IssuedOn.Map(d => $",{d.Year}年{d.Month}月{d.Day}日印发").IfNone("");

    private static string NumberEn(Core.Round.RoundEvent.NoticePublished p) =>
        p.NoticeNumber.Length == 0 ? "" : $" {p.NoticeNumber}" + p.IssuedOn.Map(d => $", issued {d:yyyy-MM-dd}").IfNone("");
}
