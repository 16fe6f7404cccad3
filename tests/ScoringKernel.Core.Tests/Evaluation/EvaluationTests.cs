using ScoringKernel.TestSupport;
using ScoringKernel.Core.Problems;
using LanguageExt;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scenarios;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Tests.Support;
using Xunit;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Tests.Evaluation;

public class EvaluationTests
{
    private static readonly TargetTable Table = EmbeddedTargets.Table2015;
    private static readonly RuleSet Rules = Hengyang2015.RuleSet;
    private static readonly Seq<UnitSubmission> Meeting = Table.Units.Map(u => new UnitSubmission(FigureBuilder.Meeting(u), Seq<DepartmentFigures>(), Seq<Finding>())).Strict();
    private static readonly int Hengshan = Meeting.Select((s, i) => (s, i)).First(x => x.s.SelfEvaluation.Unit.Value == "430423").i;

    private static Seq<UnitSubmission> With(Func<UnitSubmission, UnitSubmission> change) =>
        toSeq(Meeting.Select((s, i) => i == Hengshan ? change(s) : s)).Strict();

    private static Finding Found(FigureRef figure, decimal value, string date = "2015-12-20") =>
        Finding.Create(figure, value, CheckKind.YearEnd, DateOnly.Parse(date), "入户核查").Accept();

    [Fact]
    public void A_misuse_of_funds_finding_disqualifies_whatever_the_self_evaluation_said()
    {
        var result = Evaluator.Evaluate(Rules, Table, With(s => s with { Findings = Seq1(Found(new FigureRef.OfUnit(FigureField.FundsMisused), 1m)) })).Accept();
        var hengshan = result.Assessment.Groups.Bind(g => g.Units).Find(u => u.Unit.Value == "430423").IfNone(() => throw new Xunit.Sdk.XunitException("no unit"));
        Assert.False(Meeting[Hengshan].SelfEvaluation.FundsMisused);
        Assert.Equal(Grade.Disqualified, hengshan.Grade);
        var correction = Assert.Single(result.Units.Find(u => u.Unit.Value == "430423").Map(u => u.Corrections).IfNone(Seq<Correction>()));
        Assert.Equal((0m, 1m), (correction.Reported, correction.Evaluated));
    }

    [Fact]
    public void Two_findings_for_one_figure_with_different_values_are_one_error_naming_both()
    {
        var figure = new FigureRef.OfUnit(FigureField.HouseholdsRenovated);
        var problems = Evaluator.Evaluate(Rules, Table, With(s => s with { Findings = Seq(Found(figure, 40m), Found(figure, 41m, "2015-09-01")) }))
            .Match(_ => Seq<Core.Problems.Problem>(), ps => ps);
        var problem = Assert.Single(problems);
        var disagree = Assert.IsType<EvaluationReason.SourcesDisagree>(problem.Reason);
        Assert.Equal($"submissions[{Hengshan}].findings[1].value", problem.Field());
        // Both sources, each with its value: the second finding (41, 2015-09-01) against the first (40).
        Assert.Equal(figure, disagree.Figure);
        Assert.Equal(new Source.FromFinding(CheckKind.YearEnd, new DateOnly(2015, 9, 1), "入户核查"), disagree.Source);
        Assert.Equal(41m, disagree.Value);
        Assert.Equal(40m, disagree.OtherValue);
    }

    [Fact]
    public void Two_departments_that_agree_are_not_a_conflict_and_the_first_in_the_closed_list_is_named()
    {
        var figure = new FigureRef.OfUnit(FigureField.TotalInvestmentWan);
        var result = Evaluator.Evaluate(Rules, Table, With(s => s with
        {
            Departments = Seq(
                new DepartmentFigures(Department.StatisticsBureau, Seq1(new FigureValue(figure, 1234m))),
                new DepartmentFigures(Department.FinanceBureau, Seq1(new FigureValue(figure, 1234m)))),
        })).Accept();
        var resolved = result.Units.Find(u => u.Unit.Value == "430423").Bind(u => u.Figures.Find(f => f.Figure == figure)).IfNone(() => throw new Xunit.Sdk.XunitException("no figure"));
        Assert.Equal(new Source.FromDepartment(Department.StatisticsBureau), resolved.Source);
    }

    [Fact]
    public void A_finding_on_a_village_the_self_evaluation_does_not_list_is_refused_at_its_name()
    {
        var problems = Evaluator.Evaluate(Rules, Table, With(s => s with { Findings = Seq1(Found(new FigureRef.OfVillage("不存在村", VillageField.ResidentTeam), 1m)) }))
            .Match(_ => Seq<Core.Problems.Problem>(), ps => ps);
        var problem = Assert.Single(problems);
        Assert.Equal($"submissions[{Hengshan}].findings[0].figure.village.name", problem.Field());
        Assert.Contains("不存在村", problem.Message());
    }

    [Fact]
    public void A_department_outside_the_row_of_Attachment_1_is_accepted_with_a_warning_naming_the_row_s_departments()
    {
        var figure = new FigureRef.OfUnit(FigureField.HouseholdsRenovated);
        var result = Evaluator.Evaluate(Rules, Table, With(s => s with
        {
            Departments = Seq1(new DepartmentFigures(Department.StatisticsBureau, Seq1(new FigureValue(figure, 3m)))),
        })).Accept();
        var warning = Assert.Single(result.Warnings);
        Assert.Equal($"submissions[{Hengshan}].departments[0].figures[0]", warning.Field());
        Assert.Contains("统计局", warning.Message());
        Assert.Contains("住建局、扶贫办", warning.Message());
        Assert.Contains("附件1-四", warning.Message());
        Assert.Equal(Some(3m), result.ResolvedFigures.Find(f => f.Unit.Value == "430423").Bind(figure.Get));
    }

    [Fact]
    public void Figures_that_contradict_each_other_are_warned_of_and_scored_as_given()
    {
        var self = Meeting[Hengshan].SelfEvaluation;
        var contradictory = self with
        {
            FundsMisused = true,
            OwnBudget = OwnBudgetFigures.Create(self.OwnBudget.OwnBudgetWan, true).Accept(),
            VillageAssistance = VillageAssistanceFigures.Create(self.VillageAssistance.Villages, 10m, 12m).Accept(),
        };
        var figures = Meeting.Map(s => s.SelfEvaluation.Unit == self.Unit ? contradictory : s.SelfEvaluation).Strict();
        var assessment = Assessor.Assess(Rules, Table, figures).Accept();
        Assert.Equal(
            new[] { $"units[{Hengshan}].own_budget.other_funds_compliant", $"units[{Hengshan}].village_assistance.funds_delivered_wan" },
            assessment.ConsistencyWarnings.Map(w => w.Field()));
        Assert.All(assessment.ConsistencyWarnings, w => Assert.Equal(Severity.Warning, w.Severity));
        Assert.Contains(assessment.Cards, c => c.Unit == self.Unit && c.FundsMisused);
    }

    [Theory]
    [InlineData("village_income.income_target_yuan", "TARGET_FIELD_INCOME_YUAN")]
    [InlineData("village_income.growth_target_percent", "TARGET_FIELD_INCOME_GROWTH_PERCENT")]
    [InlineData("village_assistance.per_village_investment_target_wan", "TARGET_FIELD_PER_VILLAGE_INVESTMENT_WAN")]
    public void A_scenario_that_sets_a_target_the_table_governs_is_refused_naming_the_target_override(string path, string target)
    {
        var b = new ScenarioBase(Rules, Table, Meeting.Map(s => s.SelfEvaluation).Strict());
        var problems = ScenarioApplication.Apply(b, new Scenario("s", Seq1<Override>(new Override.Parameter(RuleParameters.Find(path).IfNone(() => throw new Xunit.Sdk.XunitException($"no parameter {path}")), 20m))))
            .Match(_ => Seq<Core.Problems.Problem>(), ps => ps);
        var problem = Assert.Single(problems);
        Assert.Equal("overrides[0].parameter.path", problem.Field());
        Assert.Contains(target, problem.Message());
        Assert.True(RuleParameters.Find(path).Bind(p => p.TableColumn).IsSome);
    }

    [Fact]
    public void Where_a_row_leaves_the_column_empty_the_rule_set_s_target_applies_and_the_scenario_is_accepted()
    {
        var hengshan = Table.Units.Find(u => u.Code.Value == "430423").IfNone(() => throw new Xunit.Sdk.XunitException("no unit"));
        var emptied = TargetRow.Create(hengshan.Code, hengshan.Name, RowKind.County, hengshan.Population,
            Some(WorkTargets.Create(hengshan.Work.TotalInvestmentWan, hengshan.Work.OwnBudgetWan, hengshan.Work.SectorInvestmentWan, hengshan.Work.SocialInvestmentWan,
                None, hengshan.Work.IncomeGrowthPercent, hengshan.Work.HousesToRenovate, hengshan.Work.PersonsToReach, hengshan.Work.HouseholdsToReach,
                hengshan.Work.PoorVillages, hengshan.Work.PerVillageInvestmentWan).Accept())).Accept();
        var table = Table.WithRow(emptied);
        var b = new ScenarioBase(Rules, table, Meeting.Map(s => s.SelfEvaluation).Strict());
        var applied = ScenarioApplication.Apply(b, new Scenario("s", Seq1<Override>(new Override.Parameter(RuleParameters.Find("village_income.income_target_yuan").IfNone(() => throw new Xunit.Sdk.XunitException("no parameter")), 4000m)))).Accept();
        Assert.Equal(4000m, applied.Rules.VillageIncome.IncomeTargetYuan);
    }
}
