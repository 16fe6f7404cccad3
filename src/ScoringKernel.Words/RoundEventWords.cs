using ScoringKernel.Core.Problems;

namespace ScoringKernel.Words;

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
