using LanguageExt;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;
using static ScoringKernel.Core.Round.RoundCommand;
using static ScoringKernel.Core.Round.RoundEvent;

namespace ScoringKernel.Core.Round;

/// <summary>
/// The year's round as a decider: <see cref="Decide"/> turns a command and the current state into the events it causes
/// or the reasons it is refused, <see cref="Evolve"/> applies one event, <see cref="Fold"/> replays a history from
/// <see cref="Initial"/>. Pure: the command brings who and when, the caller stores the events.
/// <para>
/// Approval must name the digest of the evaluation as it stands. Core does not compute digests (the stamp belongs to
/// Application), so <see cref="Decide"/> takes <c>currentDigest</c>: the digest of the evaluation on a state's sources,
/// none when those sources give no evaluation. The caller passes
/// <c>s =&gt; Evaluator.Evaluate(rules, table, RoundSources.Submissions(s)).ToOption().Map(stamp digest)</c>; the
/// decider calls it only for <c>Approve</c>, and only once every unit has a self-evaluation. The command keeps only
/// what the approver saw, so a caller cannot pass a stale "current" digest along with it.
/// </para>
/// </summary>
public static class RoundDecider
{
    public static RoundState Initial => RoundState.Unopened;

    public static RoundState Fold(Seq<RoundEvent> events) => events.Fold(Initial, Evolve);

    public static Validation<RoundRefusal, Seq<RoundEvent>> Decide(RoundCommand command, RoundState state, Func<RoundState, Option<string>> currentDigest) =>
        string.IsNullOrWhiteSpace(command.Actor.Id) ? Refuse(Seq1<RoundRefusal>(new RoundRefusal.ActorRequired()))
        : command.Match(
            open => DecideOpen(open, state),
            self => Opened(state, DecideSelfEvaluation, self),
            department => Opened(state, DecideDepartmentFigures, department),
            record => Opened(state, DecideRecordFinding, record),
            withdraw => Opened(state, DecideWithdrawFinding, withdraw),
            approve => Opened(state, (c, s) => DecideApprove(c, s, currentDigest), approve),
            reopen => Opened(state, DecideReopen, reopen),
            publish => Opened(state, DecidePublish, publish),
            close => Opened(state, DecideCloseSubmissions, close),
            reopenSubmissions => Opened(state, DecideReopenSubmissions, reopenSubmissions));

    public static RoundState Evolve(RoundState state, RoundEvent @event) => @event.Match(
        opened => state with
        {
            Stage = new RoundStage.Open(new RoundOpening(opened.Year, opened.RuleSet, opened.TargetTableDigest, opened.Units, opened.Actor, opened.At)),
            Units = opened.Units.Map(UnitSources.None).Strict(),
        },
        self => state.WithUnit(self.Unit, u => u with
        {
            SelfEvaluations = u.SelfEvaluations.Add(new SelfEvaluationVersion(self.Version, self.Figures, self.Actor, self.At)),
        }),
        department => state.WithUnit(department.Unit, u => u with
        {
            Departments = u.Departments.AddOrUpdate(
                department.Figures.Department,
                u.DepartmentHistory(department.Figures.Department).Add(new DepartmentFiguresVersion(department.Version, department.Figures, department.Actor, department.At))),
        }),
        recorded => state with
        {
            Findings = state.Findings.Add(new RecordedFinding(recorded.Id, recorded.Unit, recorded.Finding, recorded.Inspector, recorded.Actor, recorded.At, None)),
        },
        withdrawn => state with
        {
            Findings = state.Findings.Map(f => f.Id == withdrawn.Id
                ? f with { Withdrawal = new FindingWithdrawal(withdrawn.Reason, withdrawn.Actor, withdrawn.At) }
                : f).Strict(),
        },
        approved => state with { Stage = Approve(state.Stage, new Approval(approved.EvaluationDigest, approved.Actor, approved.At)) },
        reopened => state with
        {
            Stage = state.Opening.Match(o => new RoundStage.Open(o), () => state.Stage),
            Reopenings = state.Approval
                .Map(a => state.Reopenings.Add(new Reopening(a, state.Publication, reopened.Reason, reopened.Actor, reopened.At)))
                .IfNone(state.Reopenings),
        },
        published => state with { Stage = Publish(state.Stage, new Publication(published.EvaluationDigest, published.NoticeNumber, published.IssuedOn, published.Actor, published.At)) },
        closed => state with { Stage = Close(state.Stage, new SubmissionsClosing(closed.Reason, closed.Actor, closed.At)) },
        _ => state with { Stage = ReopenSubmissions(state.Stage) });

    // The stage each event leaves. The decider gives an event only on the stage it is for (an approval on an open or
    // closed round, a publication on an approved one …); on any other, the stage is what the old fields gave, as far as
    // a stage can hold it: a publication without an approval, or anything before the opening, changes nothing.

    private static RoundStage Approve(RoundStage stage, Approval a) => stage.Match(
        () => stage,
        o => new RoundStage.Approved(o, None, a),
        (o, c) => new RoundStage.Approved(o, Some(c), a),
        (o, c, _) => new RoundStage.Approved(o, c, a),
        (o, c, _, p) => new RoundStage.Published(o, c, a, p));

    private static RoundStage Publish(RoundStage stage, Publication p) => stage.Match(
        () => stage,
        _ => stage,
        (_, _) => stage,
        (o, c, a) => new RoundStage.Published(o, c, a, p),
        (o, c, a, _) => new RoundStage.Published(o, c, a, p));

    private static RoundStage Close(RoundStage stage, SubmissionsClosing closing) => stage.Match(
        () => stage,
        o => new RoundStage.Closed(o, closing),
        (o, _) => new RoundStage.Closed(o, closing),
        (o, _, a) => new RoundStage.Approved(o, Some(closing), a),
        (o, _, a, p) => new RoundStage.Published(o, Some(closing), a, p));

    private static RoundStage ReopenSubmissions(RoundStage stage) => stage.Match(
        () => stage,
        _ => stage,
        (o, _) => new RoundStage.Open(o),
        (o, _, a) => new RoundStage.Approved(o, None, a),
        (o, _, a, p) => new RoundStage.Published(o, None, a, p));

    private static Validation<RoundRefusal, Seq<RoundEvent>> DecideOpen(OpenRound c, RoundState s) =>
        s.Opening.IsSome ? Refuse(Seq1<RoundRefusal>(new RoundRefusal.RoundAlreadyOpen()))
        : Decision(
            (c.Units.IsEmpty ? Seq1<RoundRefusal>(new RoundRefusal.NoUnits()) : Empty)
            + c.Units.GroupBy(u => u).Filter(g => g.Count() > 1).Map(g => (RoundRefusal)new RoundRefusal.UnitListedTwice(g.Key)).ToSeq(),
            () => new RoundOpened(c.Year, c.RuleSet, c.TargetTableDigest, c.Units, c.Actor, c.At));

    /// <summary>A self-evaluation identical to the unit's latest is taken and changes nothing: no version, no event.</summary>
    private static Validation<RoundRefusal, Seq<RoundEvent>> DecideSelfEvaluation(SubmitSelfEvaluation c, RoundState s) =>
        UnlessUnchanged(
            s.Unit(c.Unit).Bind(u => u.LatestSelfEvaluation).Exists(v => v.Figures == c.Figures),
            Unfrozen(s)
            + InRound(s, c.Unit)
            + (c.Figures.Unit == c.Unit ? Empty : Seq1<RoundRefusal>(new RoundRefusal.UnitMismatch(c.Unit, c.Figures.Unit))),
            () => new SelfEvaluationSubmitted(c.Unit, s.Unit(c.Unit).Map(u => u.SelfEvaluations.Count).IfNone(0) + 1, c.Figures, c.Actor, c.At));

    /// <summary>
    /// The department's set after the submission (<see cref="DepartmentSet.After"/>) becomes its next version, unless it
    /// is the set already there (no version, no event). A figure given twice, a figure given that the mask does not
    /// name, or (without a mask) a figure already given that the submission leaves out is refused.
    /// </summary>
    private static Validation<RoundRefusal, Seq<RoundEvent>> DecideDepartmentFigures(SubmitDepartmentFigures c, RoundState s)
    {
        var history = s.Unit(c.Unit).Map(u => u.DepartmentHistory(c.Figures.Department)).IfNone(Seq<DepartmentFiguresVersion>());
        var before = history.LastOrNone().Map(v => v.Figures.Figures).IfNone(Seq<FigureValue>());
        var after = DepartmentSet.After(before, c.Figures.Figures, c.Mask);
        return UnlessUnchanged(
            !history.IsEmpty && DepartmentSet.Same(before, after),
            Unfrozen(s)
            + InRound(s, c.Unit)
            + DepartmentSet.GivenTwice(c.Figures.Figures).Map(f => (RoundRefusal)new RoundRefusal.FigureGivenTwice(c.Unit, f))
            + DepartmentSet.NotInMask(c.Figures.Figures, c.Mask).Map(f => (RoundRefusal)new RoundRefusal.FigureNotInMask(c.Unit, f))
            + (DepartmentSet.Removed(before, c.Figures.Figures, c.Mask) is var removed && !removed.IsEmpty
                ? Seq1<RoundRefusal>(new RoundRefusal.DepartmentFiguresWouldBeRemoved(c.Unit, c.Figures.Department, removed)) : Empty)
            + c.Figures.Figures.Bind(v => FigureChecks(s, c.Unit, v.Figure, v.Value)),
            () => new DepartmentFiguresSubmitted(c.Unit, history.Count + 1, c.Figures with { Figures = after }, c.Actor, c.At));
    }

    private static Validation<RoundRefusal, Seq<RoundEvent>> DecideRecordFinding(RecordFinding c, RoundState s) =>
        Decision(
            Unfrozen(s)
            + (string.IsNullOrWhiteSpace(c.Id.Value) ? Seq1<RoundRefusal>(new RoundRefusal.FindingIdRequired())
                : s.Finding(c.Id).IsSome ? Seq1<RoundRefusal>(new RoundRefusal.FindingExists(c.Id))
                : Empty)
            + InRound(s, c.Unit)
            + FigureChecks(s, c.Unit, c.Finding.Figure, c.Finding.Value)
            + (string.IsNullOrWhiteSpace(c.Inspector) ? Seq1<RoundRefusal>(new RoundRefusal.InspectorRequired()) : Empty),
            () => new FindingRecorded(c.Id, c.Unit, c.Finding, c.Inspector, c.Actor, c.At));

    private static Validation<RoundRefusal, Seq<RoundEvent>> DecideWithdrawFinding(WithdrawFinding c, RoundState s) =>
        Decision(
            Unfrozen(s)
            + s.Finding(c.Id).Match(
                f => f.IsActive ? Empty : Seq1<RoundRefusal>(new RoundRefusal.FindingWithdrawn(c.Id)),
                () => Seq1<RoundRefusal>(new RoundRefusal.FindingUnknown(c.Id)))
            + Reason(c.Reason),
            () => new FindingWithdrawn(c.Id, c.Reason, c.Actor, c.At));

    private static Validation<RoundRefusal, Seq<RoundEvent>> DecideApprove(Approve c, RoundState s, Func<RoundState, Option<string>> currentDigest) =>
        s.Approval.Match(
            approval => Refuse(Seq1<RoundRefusal>(new RoundRefusal.AlreadyApproved(approval.EvaluationDigest))),
            () => RoundSources.Missing(s) is var missing && !missing.IsEmpty
                ? Refuse(Seq1<RoundRefusal>(new RoundRefusal.SelfEvaluationsMissing(missing)))
                : currentDigest(s).Match(
                    current => Decision(
                        current == c.EvaluationDigest ? Empty : Seq1<RoundRefusal>(new RoundRefusal.StaleDigest(c.EvaluationDigest, current)),
                        () => new EvaluationApproved(c.EvaluationDigest, c.Actor, c.At)),
                    () => Refuse(Seq1<RoundRefusal>(new RoundRefusal.EvaluationUnavailable()))));

    private static Validation<RoundRefusal, Seq<RoundEvent>> DecideReopen(Reopen c, RoundState s) =>
        Decision(
            (s.Approval.IsNone ? Seq1<RoundRefusal>(new RoundRefusal.NotApproved()) : Empty) + Reason(c.Reason),
            () => new RoundReopened(c.Reason, c.Actor, c.At));

    private static Validation<RoundRefusal, Seq<RoundEvent>> DecidePublish(PublishNotice c, RoundState s) =>
        s.Approval.Match(
            approval => Decision(
                s.Publication.Match(
                    p => Seq1<RoundRefusal>(new RoundRefusal.AlreadyPublished(p.EvaluationDigest)),
                    () => approval.EvaluationDigest == c.EvaluationDigest ? Empty : Seq1<RoundRefusal>(new RoundRefusal.DigestNotApproved(c.EvaluationDigest, approval.EvaluationDigest)))
                + (string.IsNullOrWhiteSpace(c.NoticeNumber) && !IsLegacy(c) ? Seq1<RoundRefusal>(new RoundRefusal.NoticeNumberRequired()) : Empty),
                () => new NoticePublished(c.EvaluationDigest, c.NoticeNumber.Trim(), c.IssuedOn, c.Actor, c.At)),
            () => Refuse(Seq1<RoundRefusal>(new RoundRefusal.NotApproved())));

    /// <summary>A publication from before the round kept 文号 and 印发日期: neither given (a replayed history's).</summary>
    private static bool IsLegacy(PublishNotice c) => c.NoticeNumber.Length == 0 && c.IssuedOn.IsNone;

    /// <summary>Submissions close on an open round (not yet approved); the reason is optional.</summary>
    private static Validation<RoundRefusal, Seq<RoundEvent>> DecideCloseSubmissions(CloseSubmissions c, RoundState s) =>
        Decision(
            s.Approval.Map(a => Seq1<RoundRefusal>(new RoundRefusal.RoundApproved(a.EvaluationDigest))).IfNone(Empty)
            + (s.SubmissionsClosing.IsSome ? Seq1<RoundRefusal>(new RoundRefusal.SubmissionsAlreadyClosed()) : Empty),
            () => new SubmissionsClosed(c.Reason.Trim(), c.Actor, c.At));

    /// <summary>Submissions reopen, with a reason, while they are closed and the round is not approved (an approved round is reopened as a whole).</summary>
    private static Validation<RoundRefusal, Seq<RoundEvent>> DecideReopenSubmissions(ReopenSubmissions c, RoundState s) =>
        Decision(
            s.Approval.Map(a => Seq1<RoundRefusal>(new RoundRefusal.RoundApproved(a.EvaluationDigest))).IfNone(Empty)
            + (s.Approval.IsNone && s.SubmissionsClosing.IsNone ? Seq1<RoundRefusal>(new RoundRefusal.SubmissionsNotClosed()) : Empty)
            + Reason(c.Reason),
            () => new SubmissionsReopened(c.Reason, c.Actor, c.At));

    /// <summary>Every command but the opening needs an open round.</summary>
    private static Validation<RoundRefusal, Seq<RoundEvent>> Opened<C>(RoundState s, Func<C, RoundState, Validation<RoundRefusal, Seq<RoundEvent>>> decide, C command) =>
        s.Opening.IsSome ? decide(command, s) : Refuse(Seq1<RoundRefusal>(new RoundRefusal.RoundNotOpen()));

    /// <summary>While the round is approved, or its submissions are closed (报送截止), no source changes.</summary>
    private static Seq<RoundRefusal> Unfrozen(RoundState s) =>
        s.Approval.Map(a => Seq1<RoundRefusal>(new RoundRefusal.RoundApproved(a.EvaluationDigest)))
            .IfNone(() => s.SubmissionsClosing.IsSome ? Seq1<RoundRefusal>(new RoundRefusal.SubmissionsClosed()) : Empty);

    private static Seq<RoundRefusal> InRound(RoundState s, UnitCode unit) =>
        s.Unit(unit).IsSome ? Empty : Seq1<RoundRefusal>(new RoundRefusal.UnitNotInRound(unit));

    /// <summary>
    /// A figure a department or a finding gives must be one the unit has, with a value the figure may take. Both are
    /// judged against the latest self-evaluation, so before the unit has submitted one nothing is judged here; a later
    /// self-evaluation that drops a village leaves it to the evaluation to report the sources that name it.
    /// </summary>
    private static Seq<RoundRefusal> FigureChecks(RoundState s, UnitCode unit, FigureRef figure, decimal value) =>
        s.Unit(unit).Bind(u => u.LatestSelfEvaluation).Match(
            self => figure.Get(self.Figures).IsNone ? Seq1<RoundRefusal>(new RoundRefusal.VillageNotListed(unit, figure))
                : figure.Set(self.Figures, value).IsFail ? Seq1<RoundRefusal>(new RoundRefusal.ValueInvalid(unit, figure, value))
                : Empty,
            () => Empty);

    private static Seq<RoundRefusal> Reason(string reason) =>
        string.IsNullOrWhiteSpace(reason) ? Seq1<RoundRefusal>(new RoundRefusal.ReasonRequired()) : Empty;

    private static readonly Seq<RoundRefusal> Empty = Seq<RoundRefusal>();

    private static Validation<RoundRefusal, Seq<RoundEvent>> Decision(Seq<RoundRefusal> refusals, Func<RoundEvent> accepted) =>
        refusals.IsEmpty ? Success<RoundRefusal, Seq<RoundEvent>>(Seq1(accepted())) : Refuse(refusals);

    /// <summary>Refused as <paramref name="refusals"/> say; else, when nothing would change, taken with no event.</summary>
    private static Validation<RoundRefusal, Seq<RoundEvent>> UnlessUnchanged(bool unchanged, Seq<RoundRefusal> refusals, Func<RoundEvent> accepted) =>
        refusals.IsEmpty && unchanged ? Success<RoundRefusal, Seq<RoundEvent>>(Seq<RoundEvent>()) : Decision(refusals, accepted);

    private static Validation<RoundRefusal, Seq<RoundEvent>> Refuse(Seq<RoundRefusal> refusals) => Fail<RoundRefusal, Seq<RoundEvent>>(refusals);
}
