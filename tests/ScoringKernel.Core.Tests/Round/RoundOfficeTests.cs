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

/// <summary>
/// The decider as the office runs the round (issue 32): a department's figures figure by figure (update mask), identical
/// resubmissions that change nothing, a figure given twice, and submissions closed (报送截止) before approval.
/// </summary>
public class RoundOfficeTests
{
    private static readonly Actor Finance = new("市财政局");
    private static readonly Actor Office = new("考核办公室");
    private static readonly DateTimeOffset At = RoundGenerators.Start;
    private static readonly UnitCode Hengdong = UnitCode.Known("430424");
    private static readonly FigureRef Total = new FigureRef.OfUnit(FigureField.TotalInvestmentWan);
    private static readonly FigureRef OwnBudget = new FigureRef.OfUnit(FigureField.OwnBudgetWan);

    private static RoundState Run(RoundState state, params RoundCommand[] commands) => commands.Aggregate(state, (s, c) => RoundRun.Step(s, c).After);

    private static RoundState Opened => RoundRun.Final(Seq1<RoundCommand>(
        OpenRound.For(2015, RoundGenerators.RuleSetRef, RoundGenerators.TableDigest, RoundGenerators.Table, Office, At)));

    private static RoundState Complete => Run(Opened, RoundGenerators.Table.Units.Map(u => (RoundCommand)new SubmitSelfEvaluation(u.Code, FigureBuilder.Meeting(u), Office, At)).ToArray());

    private static SubmitDepartmentFigures Finance_(params (FigureRef Figure, decimal Value)[] figures) =>
        new(Hengdong, new DepartmentFigures(Department.FinanceBureau, toSeq(figures.Select(f => new FigureValue(f.Figure, f.Value)))), Finance, At);

    private static Seq<FigureValue> Latest(RoundState s) =>
        s.Unit(Hengdong).Bind(u => u.DepartmentHistory(Department.FinanceBureau).LastOrNone()).Map(v => v.Figures.Figures).IfNone(Seq<FigureValue>());

    private static Seq<RoundRefusal> Refusals(RoundState s, RoundCommand c) => RoundRun.Step(s, c).Refusals;

    [Fact]
    public void Figures_entered_one_by_one_under_a_mask_are_all_kept_and_one_named_but_not_given_is_removed()
    {
        // The finance bureau's form: 扶贫开发总投入 830 entered, then 本级财政预算安排 140; the 830 stays.
        var s = Run(Opened,
            Finance_((Total, 830m)) with { Mask = DepartmentFiguresMask.Of(Seq1(Total)) },
            Finance_((OwnBudget, 140m)) with { Mask = DepartmentFiguresMask.Of(Seq1(OwnBudget)) });
        Assert.Equal(Seq(new FigureValue(Total, 830m), new FigureValue(OwnBudget, 140m)), Latest(s));
        Assert.Equal(2, s.Unit(Hengdong).Map(u => u.DepartmentHistory(Department.FinanceBureau).Count).IfNone(0));

        // Named and given: set in place. Named and not given: removed. Not named: kept.
        var changed = Run(s, Finance_((Total, 835m)) with { Mask = DepartmentFiguresMask.Of(Seq1(Total)) });
        Assert.Equal(Seq(new FigureValue(Total, 835m), new FigureValue(OwnBudget, 140m)), Latest(changed));
        var cleared = Run(changed, Finance_() with { Mask = DepartmentFiguresMask.Of(Seq1(OwnBudget)) });
        Assert.Equal(Seq1(new FigureValue(Total, 835m)), Latest(cleared));
    }

    [Fact]
    public void Without_a_mask_a_submission_that_would_remove_figures_is_refused_naming_them_and_with_star_it_replaces()
    {
        var s = Run(Opened, Finance_((Total, 830m), (OwnBudget, 140m)));
        var r = Assert.Single(Refusals(s, Finance_((OwnBudget, 150m))));
        Assert.Equal(RoundRefusalReason.DepartmentFiguresWouldBeRemoved, r.Reason);
        Assert.Equal("DEPARTMENT_FIGURES_WOULD_BE_REMOVED", r.Code);
        Assert.Equal(new RoundRefusal.DepartmentFiguresWouldBeRemoved(Hengdong, Department.FinanceBureau, Seq1(Total)), r);

        var replaced = Run(s, Finance_((OwnBudget, 150m)) with { Mask = DepartmentFiguresMask.Replace });
        Assert.Equal(Seq1(new FigureValue(OwnBudget, 150m)), Latest(replaced));
    }

    [Fact]
    public void A_figure_given_but_not_named_by_the_mask_and_a_figure_given_twice_are_refused_at_submission()
    {
        var notNamed = Assert.Single(Refusals(Opened, Finance_((Total, 830m), (OwnBudget, 140m)) with { Mask = DepartmentFiguresMask.Of(Seq1(Total)) }));
        Assert.Equal(new RoundRefusal.FigureNotInMask(Hengdong, OwnBudget), notNamed);

        var twice = Assert.Single(Refusals(Opened, Finance_((Total, 830m), (Total, 821m))));
        Assert.Equal(new RoundRefusal.FigureGivenTwice(Hengdong, Total), twice);
    }

    [Fact]
    public void Identical_resubmissions_are_taken_with_no_version_and_no_event()
    {
        var s = Run(Complete, Finance_((Total, 830m), (OwnBudget, 140m)));
        var hengdong = RoundGenerators.Table.Find(Hengdong).IfNone(() => throw new InvalidOperationException());

        var self = RoundRun.Step(s, new SubmitSelfEvaluation(Hengdong, FigureBuilder.Meeting(hengdong), Office, At.AddDays(1)));
        Assert.True(self.Accepted);
        Assert.Empty(self.Events);
        Assert.Equal(s, self.After);

        // The same figures in another order, or named by a mask with the values they have: the same set.
        foreach (var again in new RoundCommand[]
                 {
                     Finance_((OwnBudget, 140m), (Total, 830m)),
                     Finance_((Total, 830.0m)) with { Mask = DepartmentFiguresMask.Of(Seq1(Total)) },
                 })
        {
            var step = RoundRun.Step(s, again);
            Assert.True(step.Accepted);
            Assert.Empty(step.Events);
        }

        // A changed figure is a new version.
        var changed = RoundRun.Step(s, Finance_((Total, 831m), (OwnBudget, 140m)));
        Assert.Equal(2, ((RoundEvent.DepartmentFiguresSubmitted)Assert.Single(changed.Events)).Version);
    }

    [Fact]
    public void Closed_submissions_refuse_every_source_change_approval_goes_through_and_reopening_the_round_opens_them()
    {
        var closed = Run(Complete, new CloseSubmissions("年度报送截止", Office, At));
        Assert.Equal(RoundStatus.Closed, closed.Status);
        Assert.Equal(Some(new SubmissionsClosing("年度报送截止", Office, At)), closed.SubmissionsClosing);
        var hengdong = RoundGenerators.Table.Find(Hengdong).IfNone(() => throw new InvalidOperationException());
        var changedSelf = FigureBuilder.Meeting(hengdong) with { FundsMisused = true };
        foreach (var source in new RoundCommand[]
                 {
                     new SubmitSelfEvaluation(Hengdong, changedSelf, Office, At),
                     Finance_((Total, 830m)),
                     new RecordFinding(new FindingId("F1"), Hengdong, Finding.Create(Total, 800m, CheckKind.YearEnd, new DateOnly(2015, 12, 20), "核查").Accept(), "王检查", Office, At),
                 })
            Assert.Equal(RoundRefusalReason.SubmissionsClosed, Assert.Single(Refusals(closed, source)).Reason);
        Assert.Equal(RoundRefusalReason.SubmissionsAlreadyClosed, Assert.Single(Refusals(closed, new CloseSubmissions("", Office, At))).Reason);
        Assert.Equal(RoundRefusalReason.SubmissionsNotClosed, Assert.Single(Refusals(Complete, new ReopenSubmissions("补报", Office, At))).Reason);
        Assert.Equal(RoundRefusalReason.ReasonRequired, Assert.Single(Refusals(closed, new ReopenSubmissions(" ", Office, At))).Reason);

        var digest = RoundRun.Digest(closed).IfNone(() => throw new InvalidOperationException());
        var approved = Run(closed, new Approve(digest, Office, At));
        Assert.Equal(RoundStatus.Approved, approved.Status);
        Assert.Equal(RoundRefusalReason.RoundApproved, Assert.Single(Refusals(approved, new ReopenSubmissions("补报", Office, At))).Reason);
        var reopened = Run(approved, new Reopen("财政局更正数据", Office, At));
        Assert.Equal(RoundStatus.Open, reopened.Status);
        Assert.True(RoundRun.Step(reopened, Finance_((Total, 830m))).Changed);

        var reopenedSubmissions = Run(closed, new ReopenSubmissions("财政局补报", Office, At));
        Assert.Equal(RoundStatus.Open, reopenedSubmissions.Status);
        Assert.True(RoundRun.Step(reopenedSubmissions, Finance_((Total, 830m))).Changed);
    }

    [Fact]
    public void A_notice_is_published_under_its_number_and_date_and_not_without_a_number()
    {
        var approved = Run(Complete, new Approve(RoundRun.Digest(Complete).IfNone(""), Office, At));
        var digest = approved.Approval.Map(a => a.EvaluationDigest).IfNone("");
        Assert.Equal(RoundRefusalReason.NoticeNumberRequired,
            Assert.Single(Refusals(approved, new PublishNotice(digest, " ", Some(new DateOnly(2016, 3, 15)), Office, At))).Reason);
        var published = Run(approved, new PublishNotice(digest, " 衡贫发〔2016〕3号 ", Some(new DateOnly(2016, 3, 15)), Office, At));
        Assert.Equal(Some(new Publication(digest, "衡贫发〔2016〕3号", Some(new DateOnly(2016, 3, 15)), Office, At)), published.Publication);
    }
}
