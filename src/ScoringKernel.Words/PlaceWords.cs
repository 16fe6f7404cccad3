using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Words;

/// <summary>Where a problem stands, as the office says it: 常宁市 · 附件1-九 本级财政预算安排(万元).</summary>
public static class PlaceWords
{
    public const string Separator = " · ";

    /// <summary>
    /// The place's steps joined by " · "; a place in a workbook is the cell first and what it feeds after it in
    /// brackets: 单位指标!O13(常宁市 · 附件1-九 社会扶贫投入(万元)), or the cell alone (单位指标!Z1).
    /// </summary>
    public static string Say(Place place, Language language, UnitNames names)
    {
        var steps = place.Steps.Filter(s => s is not Step.Workbook w || w.FileName.Length > 0);
        var file = !steps.IsEmpty && steps.Head is Step.Workbook book ? book.FileName : null;
        if (file is not null) steps = steps.Tail;
        if (!steps.IsEmpty && steps.Head is Step.Cell cell)
        {
            var rest = Join(steps.Tail, language, names);
            var at = rest.Length == 0 ? $"{cell.Sheet}!{cell.Reference}" : $"{cell.Sheet}!{cell.Reference}({rest})";
            return file is null ? at : $"{file}:{at}";
        }
        var words = Join(steps, language, names);
        return file is null ? words : words.Length == 0 ? file : $"{file}{Separator}{words}";
    }

    private static string Join(Seq<Step> steps, Language language, UnitNames names)
    {
        var parts = new List<string>();
        Step? previous = null;
        foreach (var step in steps)
        {
            // A run of wire names and indexes is one path, as it stands in the file: units[0].village_income.income_yuan.
            if (previous is Step.Wire or Step.Element or Step.RoundPart && parts.Count > 0 && step is Step.Wire or Step.Element or Step.RoundPart)
                parts[^1] += step is Step.Wire w ? $".{w.Name}" : step is Step.RoundPart r ? $".{RoundField(r.Item)}" : $"[{((Step.Element)step).Index}]";
            else if (Say(step, language, names) is { Length: > 0 } words) parts.Add(words);
            previous = step;
        }
        return string.Join(Separator, parts);
    }

    private static string Say(Step step, Language l, UnitNames names) => step.Accept(new StepWords(l, names));

    /// <summary>What each step is called in <paramref name="l"/>: one method per case of <see cref="Step"/>.</summary>
    private sealed class StepWords(Language l, UnitNames names) : IStepVisitor<string>
    {
        private readonly bool zh = l == Language.ZhCn;

        public string Visit(Step.UnitEntry u) => u.Code is { } code ? names.Name(code) : zh ? $"第{u.Index + 1}个单位" : $"unit #{u.Index + 1}";
        public string Visit(Step.Units step) => zh ? "单位" : "units";
        public string Visit(Step.SingleUnit step) => zh ? "单位" : "unit";
        public string Visit(Step.AssessmentRequest step) => "";
        public string Visit(Step.RuleSetId step) => zh ? "规则集" : "rule set";
        public string Visit(Step.Policy step) => zh ? "计分方式" : "unit policy";
        public string Visit(Step.View step) => zh ? "结果详略" : "view";
        public string Visit(Step.TargetTable step) => zh ? "目标任务表" : "target table";
        public string Visit(Step.UnitCodeOf step) => zh ? "单位代码" : "unit code";
        public string Visit(Step.IndicatorOf i) => Labels.Clause(i.Indicator, l);
        public string Visit(Step.FigureOf f) => Labels.FigureInClause(f.Field, l);
        public string Visit(Step.Villages step) => zh ? $"{Labels.Clause(Indicator.VillageAssistance, l)} 贫困村" : $"{Labels.Clause(Indicator.VillageAssistance, l)} villages";
        public string Visit(Step.Village v) => v.Name is { Length: > 0 } name ? (zh ? $"贫困村 {name}" : $"village {name}") : zh ? $"第{v.Index + 1}个贫困村" : $"village #{v.Index + 1}";
        public string Visit(Step.VillagePart p) => p.Item switch
        {
            VillageItem.Name => zh ? "村名" : "name",
            VillageItem.ResidentTeam => Labels.Village(Core.Evaluation.VillageField.ResidentTeam, l),
            VillageItem.ProjectInvestmentWan => Labels.Village(Core.Evaluation.VillageField.ProjectInvestmentWan, l),
        };
        public string Visit(Step.Submission s) => s.Code is { } code ? names.Name(code) : zh ? $"第{s.Index + 1}个单位" : $"submission #{s.Index + 1}";
        public string Visit(Step.Submissions step) => zh ? "各单位报送" : "submissions";
        public string Visit(Step.SelfEvaluation step) => zh ? "自评" : "self-evaluation";
        public string Visit(Step.DepartmentEntry d) => d.Department is { } dept ? Labels.Department(dept, l) : zh ? $"第{d.Index + 1}个部门" : $"department #{d.Index + 1}";
        public string Visit(Step.FindingEntry f) => zh ? $"第{f.Index + 1}条检查发现" : $"finding #{f.Index + 1}";
        public string Visit(Step.ClaimPart c) => c.Item switch
        {
            ClaimItem.Figure => zh ? "指标" : "figure",
            ClaimItem.Value => zh ? "数值" : "value",
            ClaimItem.Village => zh ? "贫困村" : "village",
            ClaimItem.Note => zh ? "说明" : "note",
            ClaimItem.Date => zh ? "日期" : "date",
            ClaimItem.Check => zh ? "检查类别" : "check",
            ClaimItem.Department => zh ? "部门" : "department",
        };
        public string Visit(Step.TargetRows step) => zh ? "附件2" : "Attachment 2";
        public string Visit(Step.TargetRowEntry r) => r.Code is { } code ? (zh ? $"附件2 {names.Name(code)}" : $"Attachment 2 {names.Name(code)}") : zh ? $"附件2 第{r.Index + 1}行" : $"Attachment 2 row {r.Index + 1}";
        public string Visit(Step.TargetColumnOf c) => Labels.Column(c.Column, l);
        public string Visit(Step.Parameter p) => zh ? $"规则参数 {p.Path}" : $"parameter {p.Path}";
        public string Visit(Step.Base step) => zh ? "基准" : "base";
        public string Visit(Step.Scenarios step) => zh ? "情景" : "scenarios";
        public string Visit(Step.ScenarioEntry s) => zh ? $"第{s.Index + 1}个情景" : $"scenario #{s.Index + 1}";
        public string Visit(Step.Overrides step) => zh ? "调整" : "overrides";
        public string Visit(Step.OverrideEntry o) => zh ? $"第{o.Index + 1}项调整" : $"override #{o.Index + 1}";
        public string Visit(Step.OverridePart o) => o.Item switch
        {
            OverrideItem.ParameterPath => zh ? "参数" : "parameter",
            OverrideItem.ParameterValue or OverrideItem.TargetValue or OverrideItem.FigureValue => zh ? "取值" : "value",
            OverrideItem.TargetUnit or OverrideItem.FigureUnit => zh ? "单位" : "unit",
            OverrideItem.TargetKind => zh ? "类别" : "kind",
            OverrideItem.TargetGroup => zh ? "考核组" : "group",
        };
        public string Visit(Step.SweepPart s) => s.Item switch
        {
            SweepItem.Template => zh ? "扫描项" : "template",
            SweepItem.Start => zh ? "起点" : "start",
            SweepItem.Stop => zh ? "终点" : "stop",
            SweepItem.Step => zh ? "步长" : "step",
        };
        public string Visit(Step.ThresholdPart t) => t.Item switch
        {
            ThresholdItem.Template => zh ? "分析项" : "template",
            ThresholdItem.From => zh ? "起点" : "from",
            ThresholdItem.To => zh ? "终点" : "to",
            ThresholdItem.Condition => zh ? "条件" : "condition",
            ThresholdItem.ConditionUnit => zh ? "条件中的单位" : "condition's unit",
            ThresholdItem.ConditionCount => zh ? "条件中的个数" : "condition's count",
        };
        public string Visit(Step.SweepValue v) => zh ? $"取值 {DecimalParsing.Format(v.Value)} 时" : $"at {DecimalParsing.Format(v.Value)}";
        public string Visit(Step.Cell c) => $"{c.Sheet}!{c.Reference}";
        public string Visit(Step.Workbook w) => w.FileName;
        public string Visit(Step.FileLine f) => zh ? $"第{f.Line}行" : $"line {f.Line}";
        public string Visit(Step.YamlPosition y) => zh ? $"第{y.Line}行第{y.Column}列" : $"line {y.Line}, column {y.Column}";
        public string Visit(Step.RoundPart r) => Field(RoundField(r.Item));
        public string Visit(Step.Wire w) => Field(w.Name);
        private string Field(string name) => zh && WireNamesInChinese.TryGetValue(name, out var said) ? said : name;
        public string Visit(Step.Element e) => zh ? $"第{e.Index + 1}项" : $"#{e.Index + 1}";
        public string Visit(Step.JsonPosition p) => zh ? $"第{p.Line}行第{p.Column}列" : $"line {p.Line}, column {p.Column}";
        public string Visit(Step.GivenFigure g) => g.Figure is { } figure ? Labels.FigureRef(figure, l) : zh ? $"第{g.Index + 1}项数据" : $"figure #{g.Index + 1}";
    }

    /// <summary>A round's request field as the request names it, its words in English (in Chinese: <see cref="WireNamesInChinese"/>).</summary>
    private static string RoundField(RoundItem item) => item switch
    {
        RoundItem.Year => "year",
        RoundItem.Etag => "etag",
        RoundItem.UnitCode => "unit_code",
        RoundItem.Figures => "figures",
        RoundItem.UpdateMask => "update_mask",
        RoundItem.UpdateMaskPaths => "paths",
        RoundItem.Finding => "finding",
        RoundItem.FindingId => "finding_id",
        RoundItem.Inspector => "inspector",
        RoundItem.Reason => "reason",
        RoundItem.EvaluationDigest => "evaluation_digest",
        RoundItem.NoticeNumber => "notice_number",
        RoundItem.IssuedOn => "issued_on",
        RoundItem.FiguresWorkbook => "figures_workbook",
        RoundItem.Evaluation => "evaluation",
        RoundItem.RoundExport => "round_export",
        RoundItem.ExportEvents => "events",
        RoundItem.ExportChain => "chain",
        RoundItem.ExportSignature => "signature",
    };

    /// <summary>The request fields with no domain step of their own that a clerk still meets (the round's year, a scenario's name …), as the office says them.</summary>
    private static readonly Dictionary<string, string> WireNamesInChinese = new(StringComparer.Ordinal)
    {
        ["year"] = "年度",
        ["name"] = "名称",
        ["goal"] = "目标",
        ["field"] = "指标",
        ["village"] = "贫困村",
        ["departments"] = "部门",
        ["findings"] = "检查发现",
        ["figures"] = "数据",
        ["etag"] = "版本标记",
        ["reason"] = "理由",
        ["note"] = "说明",
        ["inspector"] = "检查人",
        ["digest"] = "评定摘要",
        ["workbook"] = "工作簿",
        ["figures_workbook"] = "指标数据工作簿",
        ["finding"] = "检查发现",
        ["finding_id"] = "检查发现编号",
        ["evaluation_digest"] = "综合评定摘要",
        ["evaluation"] = "综合评定",
        ["unit_code"] = "单位",
        ["unit_codes"] = "单位",
        ["issued_on"] = "印发日期",
        ["notice_number"] = "文号",
        ["update_mask"] = "修改的数据项",
        ["round_export"] = "考核记录导出文件",
        ["rule_set_yaml"] = "规则集文件",
    };
}
