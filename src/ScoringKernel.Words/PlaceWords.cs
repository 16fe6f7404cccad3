using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Words;

/// <summary>Where a problem stands, as the office says it: 常宁市 · 附件1-九 本级财政预算安排(万元).</summary>
public static class PlaceWords
{
    public const string Separator = " · ";

    public static string Say(Place place, Language language, UnitNames names)
    {
        var parts = new List<string>();
        foreach (var step in place.Steps)
            if (Say(step, language, names) is { Length: > 0 } words) parts.Add(words);
        return string.Join(Separator, parts);
    }

    private static string Say(Step step, Language l, UnitNames names)
    {
        var zh = l == Language.ZhCn;
        return step switch
        {
            Step.UnitEntry u => u.Code is { } code ? names.Name(code) : zh ? $"第{u.Index + 1}个单位" : $"unit #{u.Index + 1}",
            Step.Units => zh ? "单位" : "units",
            Step.SingleUnit => zh ? "单位" : "unit",
            Step.AssessmentRequest => "",
            Step.RuleSetId => zh ? "规则集" : "rule set",
            Step.Policy => zh ? "计分方式" : "unit policy",
            Step.View => zh ? "结果详略" : "view",
            Step.TargetTable => zh ? "目标任务表" : "target table",
            Step.UnitCodeOf => zh ? "单位代码" : "unit code",
            Step.IndicatorOf i => Labels.Clause(i.Indicator, l),
            Step.FigureOf f => Labels.FigureInClause(f.Field, l),
            Step.Villages => zh ? $"{Labels.Clause(Indicator.VillageAssistance, l)} 贫困村" : $"{Labels.Clause(Indicator.VillageAssistance, l)} villages",
            Step.Village v => v.Name is { Length: > 0 } name ? (zh ? $"贫困村 {name}" : $"village {name}") : zh ? $"第{v.Index + 1}个贫困村" : $"village #{v.Index + 1}",
            Step.VillagePart p => p.Item switch
            {
                VillageItem.Name => zh ? "村名" : "name",
                VillageItem.ResidentTeam => Labels.Village(Core.Evaluation.VillageField.ResidentTeam, l),
                VillageItem.ProjectInvestmentWan => Labels.Village(Core.Evaluation.VillageField.ProjectInvestmentWan, l),
            },
            Step.Submission s => s.Code is { } code ? names.Name(code) : zh ? $"第{s.Index + 1}个单位" : $"submission #{s.Index + 1}",
            Step.Submissions => zh ? "各单位报送" : "submissions",
            Step.SelfEvaluation => zh ? "自评" : "self-evaluation",
            Step.DepartmentEntry d => d.Department is { } dept ? Labels.Department(dept, l) : zh ? $"第{d.Index + 1}个部门" : $"department #{d.Index + 1}",
            Step.GivenFigure g => zh ? $"第{g.Index + 1}项数据" : $"figure #{g.Index + 1}",
            Step.FindingEntry f => zh ? $"第{f.Index + 1}条检查发现" : $"finding #{f.Index + 1}",
            Step.ClaimPart c => c.Item switch
            {
                ClaimItem.Figure => zh ? "指标" : "figure",
                ClaimItem.Value => zh ? "数值" : "value",
                ClaimItem.Village => zh ? "贫困村" : "village",
                ClaimItem.Note => zh ? "说明" : "note",
                ClaimItem.Date => zh ? "日期" : "date",
                ClaimItem.Check => zh ? "检查类别" : "check",
                ClaimItem.Department => zh ? "部门" : "department",
            },
            Step.TargetRows => zh ? "附件2" : "Attachment 2",
            Step.TargetRowEntry r => r.Code is { } code ? (zh ? $"附件2 {names.Name(code)}" : $"Attachment 2 {names.Name(code)}") : zh ? $"附件2 第{r.Index + 1}行" : $"Attachment 2 row {r.Index + 1}",
            Step.TargetColumnOf c => Labels.Column(c.Column, l),
            Step.Parameter p => zh ? $"规则参数 {p.Path}" : $"parameter {p.Path}",
            Step.Base => zh ? "基准" : "base",
            Step.Scenarios => zh ? "情景" : "scenarios",
            Step.ScenarioEntry s => zh ? $"第{s.Index + 1}个情景" : $"scenario #{s.Index + 1}",
            Step.Overrides => zh ? "调整" : "overrides",
            Step.OverrideEntry o => zh ? $"第{o.Index + 1}项调整" : $"override #{o.Index + 1}",
            Step.OverridePart o => o.Item switch
            {
                OverrideItem.ParameterPath => zh ? "参数" : "parameter",
                OverrideItem.ParameterValue or OverrideItem.TargetValue or OverrideItem.FigureValue => zh ? "取值" : "value",
                OverrideItem.TargetUnit or OverrideItem.FigureUnit => zh ? "单位" : "unit",
                OverrideItem.TargetKind => zh ? "类别" : "kind",
                OverrideItem.TargetGroup => zh ? "考核组" : "group",
            },
            Step.SweepPart s => s.Item switch
            {
                SweepItem.Template => zh ? "扫描项" : "template",
                SweepItem.Start => zh ? "起点" : "start",
                SweepItem.Stop => zh ? "终点" : "stop",
                SweepItem.Step => zh ? "步长" : "step",
            },
            Step.SweepValue v => zh ? $"取值 {DecimalParsing.Format(v.Value)} 时" : $"at {DecimalParsing.Format(v.Value)}",
            Step.FileLine f => zh ? $"第{f.Line}行" : $"line {f.Line}",
            Step.YamlPosition y => zh ? $"第{y.Line}行第{y.Column}列" : $"line {y.Line}, column {y.Column}",
            Step.Wire w => w.Name,
            Step.Element e => zh ? $"第{e.Index + 1}项" : $"#{e.Index + 1}",
            // C# cannot close a record hierarchy; the words tests render every case of Step by reflection.
            _ => throw new System.Diagnostics.UnreachableException($"no words for {step.GetType().Name}"),
        };
    }
}
