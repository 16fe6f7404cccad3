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

/// <summary>One example per refusal reason: the reason, its stable code and the arguments it carries.</summary>
public class RoundRefusalTests
{
    private static readonly Actor Office = new("考核办公室");
    private static readonly DateTimeOffset At = RoundGenerators.Start;
    private static readonly UnitCode Hengshan = UnitCode.Known("430423");
    private static readonly UnitCode Hengdong = UnitCode.Known("430424");
    private static readonly FigureRef Households = new FigureRef.OfUnit(FigureField.HouseholdsRenovated);

    private static UnitFigures Meeting(UnitCode unit) => FigureBuilder.Meeting(RoundGenerators.Table.Find(unit).IfNone(() => throw new InvalidOperationException()));

    private static Finding Found(FigureRef figure, decimal value) => Finding.Create(figure, value, CheckKind.YearEnd, new DateOnly(2015, 12, 20), "入户核查").Accept();

    private static OpenRound Open() => OpenRound.For(2015, RoundGenerators.RuleSetRef, RoundGenerators.TableDigest, RoundGenerators.Table, Office, At);

    private static RoundState Run(params RoundCommand[] commands) => RoundRun.Final(toSeq(commands));

    private static RoundState Opened => Run(Open());

    private static RoundState Complete => Run(Seq1<RoundCommand>(Open())
        .Concat(RoundGenerators.Table.Units.Map(u => new SubmitSelfEvaluation(u.Code, FigureBuilder.Meeting(u), Office, At)))
        .Add(new RecordFinding(new FindingId("F1"), Hengshan, Found(Households, 40m), "王检查", Office, At))
        .ToArray());

    private static string CurrentDigest(RoundState s) => RoundRun.Digest(s).IfNone(() => throw new InvalidOperationException("no digest"));

    private static RoundState Approved
    {
        get
        {
            var complete = Complete;
            return RoundRun.Step(complete, new Approve(CurrentDigest(complete), Office, At)).After;
        }
    }

    private static RoundRefusal Refused(RoundState state, RoundCommand command, Func<RoundState, Option<string>>? digest = null) =>
        Assert.Single(RoundDecider.Decide(command, state, digest ?? RoundRun.Digest).Match(
            es => throw new Xunit.Sdk.XunitException($"accepted: {string.Join(", ", es)}"),
            rs => rs));

    private static void Is(RoundRefusalReason reason, string code, RoundRefusal refusal)
    {
        Assert.Equal(reason, refusal.Reason);
        Assert.Equal(code, refusal.Code);
    }

    [Fact]
    public void Every_reason_has_its_own_upper_snake_code()
    {
        var codes = Enum.GetValues<RoundRefusalReason>().Select(r => r.Code()).ToArray();
        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^[A-Z]+(_[A-Z]+)*$", c));
    }

    [Fact]
    public void A_command_without_an_actor_is_refused()
    {
        var r = Refused(Opened, new Reopen("更正", new Actor(" "), At));
        Is(RoundRefusalReason.ActorRequired, "ACTOR_REQUIRED", r);
    }

    [Fact]
    public void A_source_before_the_round_is_opened_is_refused()
    {
        var r = Refused(RoundDecider.Initial, new SubmitSelfEvaluation(Hengshan, Meeting(Hengshan), Office, At));
        Is(RoundRefusalReason.RoundNotOpen, "ROUND_NOT_OPEN", r);
    }

    [Fact]
    public void A_round_is_opened_once()
    {
        Is(RoundRefusalReason.RoundAlreadyOpen, "ROUND_ALREADY_OPEN", Refused(Opened, Open()));
    }

    [Fact]
    public void A_round_over_no_units_is_refused()
    {
        Is(RoundRefusalReason.NoUnits, "NO_UNITS", Refused(RoundDecider.Initial, Open() with { Units = Seq<UnitCode>() }));
    }

    [Fact]
    public void A_round_listing_a_unit_twice_is_refused_naming_it()
    {
        var r = Refused(RoundDecider.Initial, Open() with { Units = Seq(Hengshan, Hengdong, Hengshan) });
        Is(RoundRefusalReason.UnitListedTwice, "UNIT_LISTED_TWICE", r);
        Assert.Equal(new RoundRefusal.UnitListedTwice(Hengshan), r);
    }

    [Fact]
    public void A_source_change_while_approved_is_refused_naming_the_approved_digest()
    {
        var approved = Approved;
        var r = Refused(approved, new SubmitDepartmentFigures(Hengshan, new DepartmentFigures(Department.StatisticsBureau, Seq1(new FigureValue(Households, 41m))), Office, At));
        Is(RoundRefusalReason.RoundApproved, "ROUND_APPROVED", r);
        Assert.Equal(approved.Approval.Map(a => a.EvaluationDigest), Some(Assert.IsType<RoundRefusal.RoundApproved>(r).ApprovedDigest));
    }

    [Fact]
    public void A_unit_not_in_the_round_is_refused()
    {
        var r = Refused(Opened, new SubmitDepartmentFigures(RoundGenerators.Outsider, new DepartmentFigures(Department.FinanceBureau, Seq<FigureValue>()), Office, At));
        Is(RoundRefusalReason.UnitNotInRound, "UNIT_NOT_IN_ROUND", r);
        Assert.Equal(new RoundRefusal.UnitNotInRound(RoundGenerators.Outsider), r);
    }

    [Fact]
    public void A_self_evaluation_holding_another_units_figures_is_refused_naming_both()
    {
        var r = Refused(Opened, new SubmitSelfEvaluation(Hengshan, Meeting(Hengdong), Office, At));
        Is(RoundRefusalReason.UnitMismatch, "UNIT_MISMATCH", r);
        Assert.Equal(new RoundRefusal.UnitMismatch(Hengshan, Hengdong), r);
    }

    [Fact]
    public void A_finding_on_a_village_the_self_evaluation_does_not_list_is_refused()
    {
        var village = new FigureRef.OfVillage("村999", VillageField.ProjectInvestmentWan);
        var r = Refused(Complete, new RecordFinding(new FindingId("F2"), Hengshan, Found(village, 10m), "王检查", Office, At));
        Is(RoundRefusalReason.VillageNotListed, "VILLAGE_NOT_LISTED", r);
        Assert.Equal(new RoundRefusal.VillageNotListed(Hengshan, village), r);
    }

    [Fact]
    public void Before_the_unit_has_a_self_evaluation_a_village_is_not_judged()
    {
        var village = new FigureRef.OfVillage("村999", VillageField.ProjectInvestmentWan);
        var decision = RoundDecider.Decide(new RecordFinding(new FindingId("F2"), Hengshan, Found(village, 10m), "王检查", Office, At), Opened, RoundRun.Digest);
        Assert.True(decision.IsSuccess);
    }

    [Fact]
    public void A_value_the_figure_cannot_take_is_refused_naming_figure_and_value()
    {
        var misused = new FigureRef.OfUnit(FigureField.FundsMisused);
        var r = Refused(Complete, new SubmitDepartmentFigures(Hengshan, new DepartmentFigures(Department.FinanceBureau, Seq1(new FigureValue(misused, 2m))), Office, At));
        Is(RoundRefusalReason.ValueInvalid, "VALUE_INVALID", r);
        Assert.Equal(new RoundRefusal.ValueInvalid(Hengshan, misused, 2m), r);
    }

    [Fact]
    public void A_finding_without_an_id_is_refused()
    {
        var r = Refused(Complete, new RecordFinding(new FindingId(""), Hengshan, Found(Households, 39m), "王检查", Office, At));
        Is(RoundRefusalReason.FindingIdRequired, "FINDING_ID_REQUIRED", r);
    }

    [Fact]
    public void A_finding_id_is_unique()
    {
        var r = Refused(Complete, new RecordFinding(new FindingId("F1"), Hengdong, Found(Households, 39m), "王检查", Office, At));
        Is(RoundRefusalReason.FindingExists, "FINDING_EXISTS", r);
        Assert.Equal(new RoundRefusal.FindingExists(new FindingId("F1")), r);
    }

    [Fact]
    public void Withdrawing_an_unknown_finding_is_refused()
    {
        var r = Refused(Complete, new WithdrawFinding(new FindingId("F9"), "重复录入", Office, At));
        Is(RoundRefusalReason.FindingUnknown, "FINDING_UNKNOWN", r);
        Assert.Equal(new RoundRefusal.FindingUnknown(new FindingId("F9")), r);
    }

    [Fact]
    public void Withdrawing_a_finding_twice_is_refused()
    {
        var withdrawn = RoundRun.Step(Complete, new WithdrawFinding(new FindingId("F1"), "重复录入", Office, At)).After;
        var r = Refused(withdrawn, new WithdrawFinding(new FindingId("F1"), "重复录入", Office, At));
        Is(RoundRefusalReason.FindingWithdrawn, "FINDING_WITHDRAWN", r);
        Assert.Equal(new RoundRefusal.FindingWithdrawn(new FindingId("F1")), r);
    }

    [Fact]
    public void A_finding_names_its_inspector()
    {
        var r = Refused(Complete, new RecordFinding(new FindingId("F2"), Hengshan, Found(Households, 39m), "", Office, At));
        Is(RoundRefusalReason.InspectorRequired, "INSPECTOR_REQUIRED", r);
    }

    [Fact]
    public void A_withdrawal_says_why()
    {
        Is(RoundRefusalReason.ReasonRequired, "REASON_REQUIRED", Refused(Complete, new WithdrawFinding(new FindingId("F1"), " ", Office, At)));
    }

    [Fact]
    public void A_reopening_says_why()
    {
        Is(RoundRefusalReason.ReasonRequired, "REASON_REQUIRED", Refused(Approved, new Reopen("", Office, At)));
    }

    [Fact]
    public void Approval_before_every_unit_has_a_self_evaluation_is_refused_listing_those_missing()
    {
        var state = Run(Open(), new SubmitSelfEvaluation(Hengshan, Meeting(Hengshan), Office, At));
        var r = Refused(state, new Approve("any", Office, At));
        Is(RoundRefusalReason.SelfEvaluationsMissing, "SELF_EVALUATIONS_MISSING", r);
        Assert.Equal(RoundGenerators.Table.Units.Map(u => u.Code).Filter(u => u != Hengshan).Strict(), Assert.IsType<RoundRefusal.SelfEvaluationsMissing>(r).Units);
    }

    [Fact]
    public void Approval_when_the_sources_give_no_evaluation_is_refused()
    {
        var r = Refused(Complete, new Approve("any", Office, At), _ => None);
        Is(RoundRefusalReason.EvaluationUnavailable, "EVALUATION_UNAVAILABLE", r);
    }

    [Fact]
    public void Approval_of_a_stale_digest_is_refused_naming_the_one_seen_and_the_current_one()
    {
        var seen = Complete;
        var changed = RoundRun.Step(seen, new WithdrawFinding(new FindingId("F1"), "复核有误", Office, At)).After;
        var r = Refused(changed, new Approve(CurrentDigest(seen), Office, At));
        Is(RoundRefusalReason.StaleDigest, "STALE_DIGEST", r);
        Assert.Equal(new RoundRefusal.StaleDigest(CurrentDigest(seen), CurrentDigest(changed)), r);
        Assert.NotEqual(CurrentDigest(seen), CurrentDigest(changed));
    }

    [Fact]
    public void Reopening_a_round_that_is_not_approved_is_refused()
    {
        Is(RoundRefusalReason.NotApproved, "NOT_APPROVED", Refused(Complete, new Reopen("更正", Office, At)));
    }

    [Fact]
    public void Publishing_before_approval_is_refused()
    {
        Is(RoundRefusalReason.NotApproved, "NOT_APPROVED", Refused(Complete, new PublishNotice(CurrentDigest(Complete), "衡贫发〔2016〕3号", Some(new DateOnly(2016, 3, 15)), Office, At)));
    }

    [Fact]
    public void Approving_twice_is_refused_naming_the_approved_digest()
    {
        var approved = Approved;
        var r = Refused(approved, new Approve(CurrentDigest(approved), Office, At));
        Is(RoundRefusalReason.AlreadyApproved, "ALREADY_APPROVED", r);
        Assert.Equal(new RoundRefusal.AlreadyApproved(CurrentDigest(approved)), r);
    }

    [Fact]
    public void Publishing_another_digest_than_the_approved_one_is_refused_naming_both()
    {
        var approved = Approved;
        var r = Refused(approved, new PublishNotice("other", "衡贫发〔2016〕3号", Some(new DateOnly(2016, 3, 15)), Office, At));
        Is(RoundRefusalReason.DigestNotApproved, "DIGEST_NOT_APPROVED", r);
        Assert.Equal(new RoundRefusal.DigestNotApproved("other", CurrentDigest(approved)), r);
    }

    [Fact]
    public void Publishing_twice_is_refused()
    {
        var approved = Approved;
        var digest = CurrentDigest(approved);
        var published = RoundRun.Step(approved, new PublishNotice(digest, "衡贫发〔2016〕3号", Some(new DateOnly(2016, 3, 15)), Office, At)).After;
        var r = Refused(published, new PublishNotice(digest, "衡贫发〔2016〕3号", Some(new DateOnly(2016, 3, 15)), Office, At));
        Is(RoundRefusalReason.AlreadyPublished, "ALREADY_PUBLISHED", r);
        Assert.Equal(new RoundRefusal.AlreadyPublished(digest), r);
    }

    [Fact]
    public void Independent_mistakes_are_all_reported()
    {
        var refusals = RoundDecider.Decide(new RecordFinding(new FindingId("F1"), RoundGenerators.Outsider, Found(Households, 1m), "", Office, At), Complete, RoundRun.Digest)
            .Match(_ => Seq<RoundRefusal>(), rs => rs);
        Assert.Equal(
            new[] { RoundRefusalReason.FindingExists, RoundRefusalReason.UnitNotInRound, RoundRefusalReason.InspectorRequired },
            refusals.Map(r => r.Reason).ToArray());
    }
}
