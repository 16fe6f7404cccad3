using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Words;

/// <summary>
/// What the office calls each thing the product shows, in Chinese and English: figures and their measures, yes/no,
/// target columns, departments, sources, grades, groups and kinds. The one copy: the page, the workbooks, the notice,
/// the command line and the problems all read it.
/// </summary>
public static class Labels
{
    public static string Figure(FigureField field, Language language = Languages.Default) => language switch
    {
        Language.ZhCn => field switch
        {
            FigureField.PersonsLifted => "减贫人数",
            FigureField.DynamicManagement => "建档立卡动态化管理",
            FigureField.PersonsReached => "精准扶贫到人",
            FigureField.HouseholdsReached => "精准扶贫到户",
            FigureField.IncomeYuan => "贫困村人均可支配收入",
            FigureField.GrowthPercent => "人均可支配收入增长",
            FigureField.HouseholdsRenovated => "危房改造户数",
            FigureField.SpecialStudy => "专题研究扶贫工作",
            FigureField.TopLeaderResponsibility => "落实“一把手”负责制",
            FigureField.PlanWithMeasures => "制定扶贫规划、落实工作措施",
            FigureField.FundsPledgedWan => "包村单位承诺帮扶资金",
            FigureField.FundsDeliveredWan => "包村单位帮扶资金到位",
            FigureField.SocialInvestmentWan => "社会扶贫投入",
            FigureField.PovertyDayHeld => "开展扶贫日活动",
            FigureField.TotalInvestmentWan => "扶贫开发总投入",
            FigureField.OwnBudgetWan => "本级财政预算安排",
            FigureField.OtherFundsCompliant => "其他扶贫资金按政策规范使用",
            FigureField.ImplementationPercent => "扶贫工作制度落实率",
            FigureField.FundsMisused => "违规违纪使用扶贫资金",
        },
        Language.En => field switch
        {
            FigureField.PersonsLifted => "persons lifted out of poverty",
            FigureField.DynamicManagement => "dynamic management of registered households",
            FigureField.PersonsReached => "persons reached by targeted assistance",
            FigureField.HouseholdsReached => "households reached by targeted assistance",
            FigureField.IncomeYuan => "per-capita disposable income of poor villages",
            FigureField.GrowthPercent => "growth of per-capita disposable income",
            FigureField.HouseholdsRenovated => "dilapidated houses renovated",
            FigureField.SpecialStudy => "special study of poverty work",
            FigureField.TopLeaderResponsibility => "top-leader responsibility",
            FigureField.PlanWithMeasures => "plan drawn up with measures",
            FigureField.FundsPledgedWan => "assistance funds pledged",
            FigureField.FundsDeliveredWan => "assistance funds delivered",
            FigureField.SocialInvestmentWan => "social poverty-alleviation investment",
            FigureField.PovertyDayHeld => "poverty-alleviation day activities held",
            FigureField.TotalInvestmentWan => "total poverty-alleviation investment",
            FigureField.OwnBudgetWan => "own-level fiscal budget",
            FigureField.OtherFundsCompliant => "other poverty funds used as policy requires",
            FigureField.ImplementationPercent => "implementation rate of the work systems",
            FigureField.FundsMisused => "poverty funds used in violation of the rules",
        },
    };

    /// <summary>What a figure is measured in: 人, 户, 元, 万元, %, or 是/否 for a yes/no figure.</summary>
    public static string Measure(FigureKind kind, FigureField field, Language language = Languages.Default) => (kind, language) switch
    {
        (FigureKind.YesNo, Language.ZhCn) => "是/否",
        (FigureKind.YesNo, Language.En) => "yes/no",
        (FigureKind.Percent or FigureKind.Growth, _) => "%",
        (FigureKind.Count, Language.ZhCn) => field is FigureField.PersonsLifted or FigureField.PersonsReached ? "人" : "户",
        (FigureKind.Count, Language.En) => field is FigureField.PersonsLifted or FigureField.PersonsReached ? "persons" : "households",
        (FigureKind.Amount, Language.ZhCn) => field == FigureField.IncomeYuan ? "元" : "万元",
        (FigureKind.Amount, Language.En) => field == FigureField.IncomeYuan ? "yuan" : "10k yuan",
    };

    public static string Measure(FigureField field, Language language = Languages.Default) => Measure(field.Def().Kind, field, language);

    /// <summary>"减贫人数(人)": the figure as a column header or a place names it.</summary>
    public static string FigureWithMeasure(FigureField field, Language language = Languages.Default) => $"{Figure(field, language)}({Measure(field, language)})";

    /// <summary>附件1-九 本级财政预算安排(万元); a figure in no indicator without a clause.</summary>
    public static string FigureInClause(FigureField field, Language language = Languages.Default) =>
        field.Def().Indicator.Match(i => $"{Clause(i, language)} {FigureWithMeasure(field, language)}", () => FigureWithMeasure(field, language));

    public static string Clause(Indicator indicator, Language language = Languages.Default) => language switch
    {
        Language.ZhCn => indicator.ClauseId(),
        Language.En => $"Attachment 1-{indicator.Number()}",
    };

    public static string YesNo(bool yes, Language language = Languages.Default) => (yes, language) switch
    {
        (true, Language.ZhCn) => "是",
        (false, Language.ZhCn) => "否",
        (true, Language.En) => "yes",
        (false, Language.En) => "no",
    };

    /// <summary>A figure's value as the office writes it: 是/否 for a yes/no figure, else the number and its measure ("44 户", "830 万元").</summary>
    public static string Value(FigureField field, decimal value, Language language = Languages.Default) =>
        field.Def().Kind == FigureKind.YesNo ? YesNo(value == 1m, language) : $"{DecimalParsing.Format(value)} {Measure(field, language)}";

    public static string Village(VillageField field, Language language = Languages.Default) => (field, language) switch
    {
        (VillageField.ResidentTeam, Language.ZhCn) => "驻村工作队",
        (VillageField.ProjectInvestmentWan, Language.ZhCn) => "项目投入(万元)",
        (VillageField.ResidentTeam, Language.En) => "resident assistance team",
        (VillageField.ProjectInvestmentWan, Language.En) => "project investment (10k yuan)",
    };

    /// <summary>A figure a source names, with its clause: one of the unit's ("附件1-四 危房改造户数"), or a village's ("附件1-六 村002 扶贫项目投入").</summary>
    public static string FigureRef(FigureRef figure, Language language = Languages.Default) => figure.Match(
        u => u.Field.Def().Indicator.Match(i => $"{Clause(i, language)} {Figure(u.Field, language)}", () => Figure(u.Field, language)),
        v => (v.Field, language) switch
        {
            (VillageField.ResidentTeam, Language.ZhCn) => $"{Clause(Indicator.VillageAssistance, language)} {v.Village} 驻村工作队",
            (VillageField.ProjectInvestmentWan, Language.ZhCn) => $"{Clause(Indicator.VillageAssistance, language)} {v.Village} 扶贫项目投入",
            (VillageField.ResidentTeam, Language.En) => $"{Clause(Indicator.VillageAssistance, language)} village {v.Village} resident assistance team",
            (VillageField.ProjectInvestmentWan, Language.En) => $"{Clause(Indicator.VillageAssistance, language)} village {v.Village} project investment",
        });

    public static string FigureRefValue(FigureRef figure, decimal value, Language language = Languages.Default) => figure.Match(
        u => Value(u.Field, value, language),
        v => v.Field == VillageField.ResidentTeam ? YesNo(value == 1m, language) : $"{DecimalParsing.Format(value)} {(language == Language.ZhCn ? "万元" : "10k yuan")}");

    public static string Department(Department department, Language language = Languages.Default) => language switch
    {
        Language.ZhCn => department.Name(),
        Language.En => department switch
        {
            Core.Attachment1.Department.Organization => "Organization Department",
            Core.Attachment1.Department.PovertyAlleviationOffice => "Poverty Alleviation Office",
            Core.Attachment1.Department.StatisticsBureau => "Statistics Bureau",
            Core.Attachment1.Department.FinanceBureau => "Finance Bureau",
            Core.Attachment1.Department.HousingAndConstructionBureau => "Housing and Construction Bureau",
        },
    };

    public static string Check(CheckKind check, Language language = Languages.Default) => (check, language) switch
    {
        (CheckKind.Routine, Language.ZhCn) => "平时检查",
        (CheckKind.YearEnd, Language.ZhCn) => "年终考核",
        (CheckKind.Routine, Language.En) => "routine check",
        (CheckKind.YearEnd, Language.En) => "year-end review",
    };

    /// <summary>Who gave a figure: 自评, the department's name, or the check and its date.</summary>
    public static string Source(Source source, Language language = Languages.Default) => source.Match(
        _ => language == Language.ZhCn ? "自评" : "self-evaluation",
        d => Department(d.Department, language),
        f => $"{Check(f.Check, language)} {f.Date:yyyy-MM-dd}");

    public static string Severity(Severity severity, Language language = Languages.Default) => (severity, language) switch
    {
        (Core.Targets.Severity.Error, Language.ZhCn) => "错误",
        (Core.Targets.Severity.Warning, Language.ZhCn) => "提示",
        (Core.Targets.Severity.Error, Language.En) => "error",
        (Core.Targets.Severity.Warning, Language.En) => "warning",
    };

    public static string Grade(Grade grade, Language language = Languages.Default) => (grade, language) switch
    {
        (Core.Ranking.Grade.Class1, Language.ZhCn) => "一类",
        (Core.Ranking.Grade.Class2, Language.ZhCn) => "二类",
        (Core.Ranking.Grade.Unqualified, Language.ZhCn) => "不合格",
        (Core.Ranking.Grade.Disqualified, Language.ZhCn) => "取消排序资格",
        (Core.Ranking.Grade.Class1, Language.En) => "Class 1",
        (Core.Ranking.Grade.Class2, Language.En) => "Class 2",
        (Core.Ranking.Grade.Unqualified, Language.En) => "unqualified",
        (Core.Ranking.Grade.Disqualified, Language.En) => "disqualified",
    };

    public static string Group(AssessmentGroup group, Language language = Languages.Default) => (group, language) switch
    {
        (AssessmentGroup.CountiesAndCities, Language.ZhCn) => "县市组",
        (AssessmentGroup.Districts, Language.ZhCn) => "区组",
        (AssessmentGroup.CountiesAndCities, Language.En) => "counties and cities",
        (AssessmentGroup.Districts, Language.En) => "districts",
    };

    public static string Kind(UnitKind kind, Language language = Languages.Default) => (kind, language) switch
    {
        (UnitKind.County, Language.ZhCn) => "县",
        (UnitKind.CountyLevelCity, Language.ZhCn) => "县级市",
        (UnitKind.District, Language.ZhCn) => "区",
        (UnitKind.County, Language.En) => "county",
        (UnitKind.CountyLevelCity, Language.En) => "county-level city",
        (UnitKind.District, Language.En) => "district",
    };

    /// <summary>A column of Attachment 2 as the table heads it.</summary>
    public static string Column(TargetColumn column, Language language = Languages.Default) => language switch
    {
        Language.ZhCn => column switch
        {
            TargetColumn.Code => "代码",
            TargetColumn.Name => "单位",
            TargetColumn.Kind => "类别",
            TargetColumn.BaselinePopulation => "2014年底贫困人口",
            TargetColumn.ReductionRatePercent => "减贫率目标",
            TargetColumn.ReductionCount => "减贫人数",
            TargetColumn.YearEndPopulation => "年底贫困人口",
            TargetColumn.TotalInvestmentWan => "扶贫开发总投入",
            TargetColumn.OwnBudgetWan => "本级财政预算安排",
            TargetColumn.SectorInvestmentWan => "行业部门投入",
            TargetColumn.SocialInvestmentWan => "社会扶贫投入",
            TargetColumn.IncomeYuan => "贫困村人均可支配收入",
            TargetColumn.IncomeGrowthPercent => "人均可支配收入增长",
            TargetColumn.HousesToRenovate => "危房改造任务",
            TargetColumn.PersonsToReach => "精准扶贫到人任务",
            TargetColumn.HouseholdsToReach => "精准扶贫到户任务",
            TargetColumn.PoorVillages => "贫困村个数",
            TargetColumn.PerVillageInvestmentWan => "每个贫困村项目投入",
        },
        Language.En => ProtoNames.SnakeCase(column.ToString()).Replace('_', ' '),
    };

    /// <summary>What Attachment 2 calls a target a scenario may set.</summary>
    public static string Target(TargetField field, Language language = Languages.Default) => language switch
    {
        Language.ZhCn => field switch
        {
            TargetField.ReductionRatePercent => "减贫率目标",
            TargetField.TotalInvestmentWan => "扶贫开发总投入",
            TargetField.OwnBudgetWan => "本级财政预算安排",
            TargetField.SocialInvestmentWan => "社会扶贫投入",
            TargetField.IncomeYuan => "贫困村人均可支配收入",
            TargetField.IncomeGrowthPercent => "人均可支配收入增长",
            TargetField.HousesToRenovate => "危房改造任务",
            TargetField.PersonsToReach => "精准扶贫到人任务",
            TargetField.HouseholdsToReach => "精准扶贫到户任务",
            TargetField.PerVillageInvestmentWan => "每个贫困村项目投入",
        },
        Language.En => ProtoNames.SnakeCase(field.ToString()).Replace('_', ' '),
    };

    public static string TargetMeasure(TargetField field, Language language = Languages.Default) => (field, language) switch
    {
        (TargetField.ReductionRatePercent or TargetField.IncomeGrowthPercent, _) => "%",
        (TargetField.TotalInvestmentWan or TargetField.OwnBudgetWan or TargetField.SocialInvestmentWan or TargetField.PerVillageInvestmentWan, Language.ZhCn) => "万元",
        (TargetField.TotalInvestmentWan or TargetField.OwnBudgetWan or TargetField.SocialInvestmentWan or TargetField.PerVillageInvestmentWan, Language.En) => "10k yuan",
        (TargetField.IncomeYuan, Language.ZhCn) => "元",
        (TargetField.IncomeYuan, Language.En) => "yuan",
        (TargetField.HousesToRenovate or TargetField.HouseholdsToReach, Language.ZhCn) => "户",
        (TargetField.HousesToRenovate or TargetField.HouseholdsToReach, Language.En) => "households",
        (TargetField.PersonsToReach, Language.ZhCn) => "人",
        (TargetField.PersonsToReach, Language.En) => "persons",
    };

    /// <summary>What a deduction line's target and actual are measured in: %, 元, 万元, 户, 个(村), 是/否.</summary>
    public static string Measure(Measure measure, Language language = Languages.Default) => (measure, language) switch
    {
        (Core.Scoring.Measure.Percent, _) => "%",
        (Core.Scoring.Measure.Yuan, Language.ZhCn) => "元",
        (Core.Scoring.Measure.Wan, Language.ZhCn) => "万元",
        (Core.Scoring.Measure.Households, Language.ZhCn) => "户",
        (Core.Scoring.Measure.Villages, Language.ZhCn) => "个",
        (Core.Scoring.Measure.Flag, Language.ZhCn) => "是/否",
        (Core.Scoring.Measure.Yuan, Language.En) => "yuan",
        (Core.Scoring.Measure.Wan, Language.En) => "10k yuan",
        (Core.Scoring.Measure.Households, Language.En) => "households",
        (Core.Scoring.Measure.Villages, Language.En) => "villages",
        (Core.Scoring.Measure.Flag, Language.En) => "yes/no",
    };
}
