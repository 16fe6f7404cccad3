using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Round;
using ScoringKernel.Core.Tests.Support;
using ScoringKernel.Core.Units;
using Xunit;
using static LanguageExt.Prelude;
using static ScoringKernel.Core.Round.RoundCommand;

namespace ScoringKernel.Core.Tests.Round;

/// <summary>A year's round told as the office lives it, on the embedded 2015 table.</summary>
public class RoundTests
{
    private static readonly Actor Office = new("考核办公室");
    private static readonly Actor Hengshan = new("衡山县扶贫开发领导小组");
    private static readonly Actor Statistics = new("市统计局");
    private static readonly Actor LeadingGroup = new("市扶贫开发领导小组");
    private static readonly UnitCode HengshanCode = UnitCode.Known("430423");
    private static readonly FigureRef Houses = new FigureRef.OfUnit(FigureField.HouseholdsRenovated);
    private static DateTimeOffset Day(int day) => RoundGenerators.Start.AddDays(day);

    private static UnitFigures Meeting(UnitCode unit) => FigureBuilder.Meeting(RoundGenerators.Table.Find(unit).IfNone(() => throw new InvalidOperationException()));

    private static RoundState Accept(RoundState state, RoundCommand command)
    {
        var step = RoundRun.Step(state, command);
        Assert.True(step.Accepted, $"{command.GetType().Name} refused: {string.Join(", ", step.Refusals)}");
        return step.After;
    }

    private static RoundState Opened() => Accept(RoundDecider.Initial,
        OpenRound.For(2015, RoundGenerators.RuleSetRef, RoundGenerators.TableDigest, RoundGenerators.Table, Office, Day(0)));

    private static RoundState AllSelfEvaluated() =>
        RoundGenerators.Table.Units.Fold(Opened(), (s, u) => Accept(s, new SubmitSelfEvaluation(u.Code, FigureBuilder.Meeting(u), Hengshan, Day(1))));

    private static EvaluationResult Evaluate(RoundState state)
    {
        Assert.Empty(RoundSources.Missing(state));
        return Evaluator.Evaluate(RoundGenerators.Rules, RoundGenerators.Table, RoundSources.Submissions(state)).Accept();
    }

    [Fact]
    public void Opening_takes_the_scored_units_of_the_table_and_none_has_a_self_evaluation_yet()
    {
        var state = Opened();
        Assert.Equal(RoundStatus.Open, state.Status);
        Assert.Equal(12, state.Units.Count);
        Assert.Equal(state.Units.Map(u => u.Unit), RoundSources.Missing(state));
        Assert.Empty(RoundSources.Submissions(state));
        Assert.Equal(Some((2015, RoundGenerators.RuleSetRef, RoundGenerators.TableDigest, Office, Day(0))),
            state.Opening.Map(o => (o.Year, o.RuleSet, o.TargetTableDigest, o.OpenedBy, o.OpenedAt)));
    }

    [Fact]
    public void A_replaced_self_evaluation_keeps_every_version_and_the_latest_counts()
    {
        var first = Meeting(HengshanCode);
        var second = first with { HouseRenovation = HouseRenovationFigures.Create(first.HouseRenovation.HouseholdsRenovated - 1).Accept() };
        var state = Accept(Accept(Opened(), new SubmitSelfEvaluation(HengshanCode, first, Hengshan, Day(1))),
            new SubmitSelfEvaluation(HengshanCode, second, Hengshan, Day(2)));

        var unit = state.Unit(HengshanCode).IfNone(() => throw new InvalidOperationException());
        Assert.Equal(new[] { (1, first, Day(1)), (2, second, Day(2)) }, unit.SelfEvaluations.Map(v => (v.Version, v.Figures, v.SubmittedAt)).ToArray());
        Assert.Equal(second, Assert.Single(RoundSources.Submissions(state)).SelfEvaluation);
    }

    [Fact]
    public void A_departments_new_set_replaces_its_own_earlier_set_for_that_unit_only()
    {
        var total = new FigureRef.OfUnit(FigureField.TotalInvestmentWan);
        var state = AllSelfEvaluated();
        state = Accept(state, new SubmitDepartmentFigures(HengshanCode, new DepartmentFigures(Department.StatisticsBureau, Seq1(new FigureValue(total, 800m))), Statistics, Day(2)));
        state = Accept(state, new SubmitDepartmentFigures(HengshanCode, new DepartmentFigures(Department.HousingAndConstructionBureau, Seq1(new FigureValue(Houses, 30m))), Statistics, Day(2)));
        state = Accept(state, new SubmitDepartmentFigures(HengshanCode, new DepartmentFigures(Department.StatisticsBureau, Seq1(new FigureValue(total, 810m))), Statistics, Day(3)));

        var unit = state.Unit(HengshanCode).IfNone(() => throw new InvalidOperationException());
        Assert.Equal(new[] { 1, 2 }, unit.DepartmentHistory(Department.StatisticsBureau).Map(v => v.Version).ToArray());
        var submission = RoundSources.Submissions(state).Find(s => s.SelfEvaluation.Unit == HengshanCode).IfNone(() => throw new InvalidOperationException());
        Assert.Equal(
            new[] { (Department.StatisticsBureau, 810m), (Department.HousingAndConstructionBureau, 30m) },
            submission.Departments.Map(d => (d.Department, d.Figures.Single().Value)).ToArray());
    }

    [Fact]
    public void A_year_approved_published_reopened_and_approved_again()
    {
        var found = Finding.Create(Houses, 20m, CheckKind.YearEnd, new DateOnly(2015, 12, 20), "入户核查").Accept();
        var state = Accept(AllSelfEvaluated(), new RecordFinding(new FindingId("F1"), HengshanCode, found, "王检查", Office, Day(3)));

        // The finding is in the evaluation: the round's evaluation is Evaluate on its sources.
        var correction = Assert.Single(Evaluate(state).Units.Find(u => u.Unit == HengshanCode).Map(u => u.Corrections).IfNone(Seq<Correction>()));
        Assert.Equal((Houses, 20m), (correction.Figure, correction.Evaluated));

        var firstDigest = RoundRun.Digest(state).IfNone("");
        state = Accept(state, new Approve(firstDigest, LeadingGroup, Day(4)));
        state = Accept(state, new PublishNotice(firstDigest, "衡贫发〔2016〕3号", Some(new DateOnly(2016, 3, 15)), LeadingGroup, Day(5)));
        Assert.Equal(RoundStatus.Published, state.Status);

        state = Accept(state, new Reopen("年终考核抽查有误", Office, Day(6)));
        Assert.Equal(RoundStatus.Open, state.Status);
        var reopening = Assert.Single(state.Reopenings);
        Assert.Equal((firstDigest, Some(firstDigest), "年终考核抽查有误", Office), (reopening.SetAside.EvaluationDigest, reopening.Publication.Map(p => p.EvaluationDigest), reopening.Reason, reopening.ReopenedBy));

        state = Accept(state, new WithdrawFinding(new FindingId("F1"), "复核后自评数据属实", Office, Day(7)));
        Assert.Empty(Evaluate(state).Units.Bind(u => u.Corrections));
        var withdrawn = Assert.Single(state.WithdrawnFindings);
        Assert.Equal(Some(("复核后自评数据属实", Office, Day(7))), withdrawn.Withdrawal.Map(w => (w.Reason, w.WithdrawnBy, w.WithdrawnAt)));
        Assert.Empty(state.ActiveFindings);

        var secondDigest = RoundRun.Digest(state).IfNone("");
        Assert.NotEqual(firstDigest, secondDigest);
        state = Accept(state, new Approve(secondDigest, LeadingGroup, Day(8)));
        Assert.Equal(Some((secondDigest, LeadingGroup, Day(8))), state.Approval.Map(a => (a.EvaluationDigest, a.ApprovedBy, a.ApprovedAt)));
        Assert.Equal(RoundStatus.Approved, state.Status);
    }
}
