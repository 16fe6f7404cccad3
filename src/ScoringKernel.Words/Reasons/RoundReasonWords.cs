using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Words;

internal abstract partial class ReasonWording
{
    /// <summary>A digest's first 12 hex digits, as the stamp's file names show it.</summary>
    protected static string Short(string digest) => digest.Length > 12 ? digest[..12] : digest;

    protected static string FaultZh(string fault) => fault switch
    {
        "HASH_MISMATCH" => "该条记录或其之前的记录被改动过",
        "MISSING" => "该条记录缺失(被删除)",
        "OUT_OF_ORDER" => "记录顺序被打乱或重复",
        "TRUNCATED" => "记录在此之前截断,少于已记载的链头",
        "HEAD_MISMATCH" => "最后一条记录不是已记载的链头",
        _ => fault,
    };

    protected static string FaultEn(string fault) => fault switch
    {
        "HASH_MISMATCH" => "it, or one before it, was changed",
        "MISSING" => "it is missing (deleted)",
        "OUT_OF_ORDER" => "the events are out of order or repeated",
        "TRUNCATED" => "the log ends before the head recorded",
        "HEAD_MISMATCH" => "the last event is not the head recorded",
        _ => fault,
    };

    protected static string Code(Core.Units.UnitCode unit) => unit.Value;
    protected static string WirePath(Core.Evaluation.FigureRef figure) => FigureKeys.Path(figure);
}

internal sealed partial class ZhReasonWords
{
    public string Visit(RoundReason.ActorRequired r) => "必须注明操作人";
    public string Visit(RoundReason.RoundNotOpen r) => "考核年度尚未开启,请考核办公室先开启";
    public string Visit(RoundReason.RoundAlreadyOpen r) => "考核年度已经开启";
    public string Visit(RoundReason.NoUnits r) => "考核年度至少要有一个考核单位";
    public string Visit(RoundReason.UnitListedTwice r) => $"单位 {Code(r.Unit)} 列了两次";
    public string Visit(RoundReason.RoundApproved r) => $"综合评定已经审定(摘要 {Short(r.Digest)}),重新开启前任何数据都不能更改";
    public string Visit(RoundReason.UnitNotInRound r) => $"{UnitNameAndCode(r.Unit)} 不在本考核年度的考核单位中";
    public string Visit(RoundReason.UnitMismatch r) => $"报送给 {UnitNameAndCode(r.WrittenTo)} 的自评是 {UnitNameAndCode(r.FiguresOf)} 的数据;单位只能报送本单位的自评";
    public string Visit(RoundReason.ValueInvalid r) => $"{UnitName(r.Unit)} 的 {S(r.Figure)} 不能为 {N(r.Value)}";
    public string Visit(RoundReason.FindingIdRequired r) => "必须填写检查发现的编号";
    public string Visit(RoundReason.FindingExists r) => $"已有编号为 {r.Id} 的检查发现";
    public string Visit(RoundReason.FindingUnknown r) => $"没有编号为 {r.Id} 的检查发现";
    public string Visit(RoundReason.FindingWithdrawn r) => $"编号为 {r.Id} 的检查发现已经撤销";
    public string Visit(RoundReason.InspectorRequired r) => "必须填写检查人";
    public string Visit(RoundReason.ReasonRequired r) => "必须说明理由";
    public string Visit(RoundReason.SelfEvaluationsMissing r) =>
        $"还有 {N(r.Count)} 个单位没有报送自评({S(r.Units)}),{(r.Command == Core.Round.RoundProblems.Evaluate ? "不能进行综合评定" : "不能审定")}";
    public string Visit(RoundReason.EvaluationUnavailable r) => "当前数据得不出综合评定(请先评定,查看问题),不能审定";
    public string Visit(RoundReason.StaleDigest r) => $"审定的是摘要 {Short(r.Given)} 的评定结果,但数据已经变化,当前结果的摘要为 {Short(r.Current)};请重新评定后再审定";
    public string Visit(RoundReason.NotApproved r) => "综合评定尚未审定";
    public string Visit(RoundReason.AlreadyApproved r) => $"综合评定已经审定(摘要 {Short(r.Digest)}),不能重复审定";
    public string Visit(RoundReason.DigestNotApproved r) => $"要发布的通报(摘要 {Short(r.Given)})不是已审定的结果(摘要 {Short(r.Approved)})";
    public string Visit(RoundReason.AlreadyPublished r) => $"通报已经发布(摘要 {Short(r.Digest)})";
    public string Visit(RoundReason.RoundNotFound r) => $"没有 {N(r.Year)} 年度的考核";
    public string Visit(RoundReason.NameMalformed r) => $"资源名应写作 {r.Expected},不能为“{T(r.Given)}”";
    public string Visit(RoundReason.EtagStale r) => $"数据已被他人更改(您看到的版本 {r.Given},当前版本 {r.Current});请重新读取后再提交,未作任何更改";
    public string Visit(RoundReason.EtagMalformed r) => $"版本标记(etag)应为读取时返回的值,不能为“{T(r.Given)}”";
    public string Visit(RoundReason.RoleRequired r) => $"{T(r.Caller)} 没有此项权限,需要角色 {r.Role}";
    public string Visit(RoundReason.ImportEmpty r) => "请提供要导入的数据表、综合评定文件或考核年度导出文件";
    public string Visit(RoundReason.ExportOtherRound r) => $"导出文件是 {N(r.Held)} 年度的,不能导入 {N(r.Into)} 年度";
    public string Visit(RoundReason.ExportEventUnreadable r) => $"导出文件第 {N(r.Version)} 条记录({r.Type})无法读取";
    public string Visit(RoundReason.FigureGivenTwice r) => $"{UnitName(r.Unit)} 的 {S(r.Figure)} 在本次报送中填了两次,每项数据只能报送一次";
    public string Visit(RoundReason.DepartmentFiguresWouldBeRemoved r) =>
        $"{S(r.Department)} 已为 {UnitName(r.Unit)} 报送的 {N(r.Count)} 项数据不在本次报送中({List(r.Figures)}),整套报送会删除它们;请一并报送,或只报送并注明要更改的数据项";
    public string Visit(RoundReason.FigureNotInMask r) => $"报送了 {UnitName(r.Unit)} 的 {S(r.Figure)},但注明要更改的数据项中没有这一项";
    public string Visit(RoundReason.SubmissionsClosed r) => "报送已截止,考核办公室重新开放报送前,自评、部门数据和检查发现都不能更改";
    public string Visit(RoundReason.SubmissionsAlreadyClosed r) => "报送已经截止";
    public string Visit(RoundReason.SubmissionsNotClosed r) => "报送没有截止,无需重新开放";
    public string Visit(RoundReason.NoticeNumberRequired r) => "发布通报必须填写文号(如 衡贫发〔2016〕3号)";
    public string Visit(RoundReason.MaskPathUnknown r) => $"注明要更改的“{T(r.Path)}”不是部门可报送的数据项(应写作 {r.Keys})";
    public string Visit(RoundReason.IssuedOnInvalid r) => $"印发日期应写作 年-月-日(如 2016-03-15),不能为“{T(r.Given)}”";
    public string Visit(RoundReason.DocumentUnavailable r) => r.Missing == "round" ? $"没有 {N(r.Year)} 年度的考核,无法生成文件" : $"{N(r.Year)} 年度的考核还不能得出综合评定(所有单位报送自评后才能评定),无法生成文件";
    public string Visit(RoundReason.RoundExists r) => $"已有 {N(r.Year)} 年度的考核,导出文件只能导入到尚无该年度的数据库";
    public string Visit(RoundReason.RuleSetOfRoundUnknown r) => $"本服务没有该考核年度所用的规则集“{T(r.RuleSet)}”";
    public string Visit(RoundReason.ImportNothing r) => "导入的文件没有任何单位的数据,未作任何更改";
    public string Visit(RoundReason.ChainBroken r) => $"{N(r.Year)} 年度考核的历史记录链在第 {N(r.Version)} 条记录处断开({FaultZh(r.Fault)});该年度在核查前不接受任何写入";
    public string Visit(RoundReason.ChainIntact r) => $"{N(r.Year)} 年度考核的历史记录完整:共 {N(r.Events)} 条记录,链头 {r.Head}";
    public string Visit(RoundReason.ExportEventRefused r) => $"导出文件第 {N(r.Number)} 条记录({r.Type})不是本服务会据此前记录作出的决定,整个导入未作任何更改";
    public string Visit(RoundReason.ExportSignatureInvalid r) => "导出文件的签名与其记录链头或公钥不符,未作任何更改";
    public string Visit(RoundReason.RuleSetForYearMissing r) => $"本服务没有 {N(r.Year)} 年度的规则集(已载入:{T(r.Loaded)}),请先载入该年度的规则集或指定规则集";
    public string Visit(RoundReason.RuleSetForYearAmbiguous r) => $"{N(r.Year)} 年度有多个规则集({r.RuleSets}),请指定其中一个";
}

internal sealed partial class EnReasonWords
{
    public string Visit(RoundReason.ActorRequired r) => "the command names no actor: every event records who";
    public string Visit(RoundReason.RoundNotOpen r) => "the round is not open yet: the office opens it first";
    public string Visit(RoundReason.RoundAlreadyOpen r) => "the round is already open";
    public string Visit(RoundReason.NoUnits r) => "a round assesses at least one unit";
    public string Visit(RoundReason.UnitListedTwice r) => $"unit {Code(r.Unit)} is listed twice";
    public string Visit(RoundReason.RoundApproved r) => $"the evaluation is approved (digest {Short(r.Digest)}): no source changes until the round is reopened";
    public string Visit(RoundReason.UnitNotInRound r) => $"unit {Code(r.Unit)} is not assessed in this round";
    public string Visit(RoundReason.UnitMismatch r) =>
        $"the self-evaluation sent for unit {Code(r.WrittenTo)} holds the figures of unit {Code(r.FiguresOf)}: a unit submits only its own";
    public string Visit(RoundReason.ValueInvalid r) => $"{WirePath(r.Figure)} of unit {Code(r.Unit)} cannot be {N(r.Value)}";
    public string Visit(RoundReason.FindingIdRequired r) => "the finding needs an id";
    public string Visit(RoundReason.FindingExists r) => $"a finding with id {r.Id} is already recorded";
    public string Visit(RoundReason.FindingUnknown r) => $"no finding with id {r.Id}";
    public string Visit(RoundReason.FindingWithdrawn r) => $"the finding {r.Id} is already withdrawn";
    public string Visit(RoundReason.InspectorRequired r) => "the finding names no inspector";
    public string Visit(RoundReason.ReasonRequired r) => "a reason is required";
    public string Visit(RoundReason.SelfEvaluationsMissing r) =>
        $"{N(r.Count)} {(r.Count == 1 ? "unit has" : "units have")} not submitted the self-evaluation ({S(r.Units)}): nothing to {(r.Command == Core.Round.RoundProblems.Evaluate ? "evaluate" : "approve")} yet";
    public string Visit(RoundReason.EvaluationUnavailable r) => "the current sources give no evaluation (evaluate the round to see why): nothing to approve";
    public string Visit(RoundReason.StaleDigest r) =>
        $"the approval names digest {Short(r.Given)}, but the evaluation now is {Short(r.Current)}: evaluate again and approve what you see";
    public string Visit(RoundReason.NotApproved r) => "the evaluation is not approved";
    public string Visit(RoundReason.AlreadyApproved r) => $"the evaluation is already approved (digest {Short(r.Digest)})";
    public string Visit(RoundReason.DigestNotApproved r) => $"the notice names digest {Short(r.Given)}, not the approved {Short(r.Approved)}";
    public string Visit(RoundReason.AlreadyPublished r) => $"the notice is already published (digest {Short(r.Digest)})";
    public string Visit(RoundReason.RoundNotFound r) => $"no round for {N(r.Year)}";
    public string Visit(RoundReason.NameMalformed r) => $"must be a resource name as {r.Expected} (got '{T(r.Given)}')";
    public string Visit(RoundReason.EtagStale r) => $"the resource has changed since etag {r.Given} (now {r.Current}): read it again; nothing was written";
    public string Visit(RoundReason.EtagMalformed r) => $"must be an etag as a read returned it (got '{T(r.Given)}')";
    public string Visit(RoundReason.RoleRequired r) => $"{T(r.Caller)} may not do this: it needs the role {r.Role}";
    public string Visit(RoundReason.ImportEmpty r) => "set one of figures_workbook, evaluation, round_export";
    public string Visit(RoundReason.ExportOtherRound r) => $"the export holds the round {N(r.Held)}, not {N(r.Into)}";
    public string Visit(RoundReason.ExportEventUnreadable r) => $"event {N(r.Version)} ({r.Type}) of the export cannot be read";
    public string Visit(RoundReason.FigureGivenTwice r) => $"{WirePath(r.Figure)} of unit {Code(r.Unit)} is given twice: give each figure once";
    public string Visit(RoundReason.DepartmentFiguresWouldBeRemoved r) =>
        $"the {S(r.Department)} figures for unit {Code(r.Unit)} already given are left out ({WirePaths(r.Figures)}): a whole-set submission would remove them; give them too, or name the figures changed in update_mask";
    public string Visit(RoundReason.FigureNotInMask r) => $"{WirePath(r.Figure)} of unit {Code(r.Unit)} is given but update_mask does not name it";
    public string Visit(RoundReason.SubmissionsClosed r) =>
        "submissions are closed (报送截止): no self-evaluation, department figure or finding changes until the office reopens them";
    public string Visit(RoundReason.SubmissionsAlreadyClosed r) => "submissions are already closed";
    public string Visit(RoundReason.SubmissionsNotClosed r) => "submissions are not closed";
    public string Visit(RoundReason.NoticeNumberRequired r) => "the notice needs its document number (文号, e.g. 衡贫发〔2016〕3号)";
    public string Visit(RoundReason.MaskPathUnknown r) => $"update_mask path '{T(r.Path)}' names no figure (write as {r.Keys})";
    public string Visit(RoundReason.IssuedOnInvalid r) => $"the date of issue must be YYYY-MM-DD (got '{T(r.Given)}')";
    public string Visit(RoundReason.DocumentUnavailable r) =>
        r.Missing == "round" ? $"no round for {N(r.Year)}: no document to serve" : $"the round {N(r.Year)} has no evaluation yet (every unit's self-evaluation is needed): no document to serve";
    public string Visit(RoundReason.RoundExists r) => $"the round {N(r.Year)} already exists: an export goes into a store without it";
    public string Visit(RoundReason.RuleSetOfRoundUnknown r) => $"this server does not hold the round's rule set '{T(r.RuleSet)}'";
    public string Visit(RoundReason.ImportNothing r) => "the file imported holds no submission: nothing was written";
    public string Visit(RoundReason.ChainBroken r) =>
        $"the history of the round {N(r.Year)} breaks at event {N(r.Version)} ({FaultEn(r.Fault)}); the round takes no write until this is looked into";
    public string Visit(RoundReason.ChainIntact r) => $"the history of the round {N(r.Year)} is intact: {N(r.Events)} events, head {r.Head}";
    public string Visit(RoundReason.ExportEventRefused r) =>
        $"event {N(r.Number)} ({r.Type}) of the export is not one this server would have decided on the events before it: nothing was imported";
    public string Visit(RoundReason.ExportSignatureInvalid r) => "the export's signature does not match its chain head and key: nothing was imported";
    public string Visit(RoundReason.RuleSetForYearMissing r) =>
        $"this server holds no rule set for {N(r.Year)} (loaded: {T(r.Loaded)}): load that year's rule set or name one";
    public string Visit(RoundReason.RuleSetForYearAmbiguous r) => $"several rule sets apply to {N(r.Year)} ({r.RuleSets}): name one";
}
