using LanguageExt;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Round;

/// <summary>
/// What a party asks of the year's round (specs/docs/readings.md, "The year's round"). Every command says who asks and when; the
/// decider never reads a clock.
/// </summary>
public abstract record RoundCommand(Actor Actor, DateTimeOffset At)
{
    public abstract R Match<R>(
        Func<OpenRound, R> open,
        Func<SubmitSelfEvaluation, R> selfEvaluation,
        Func<SubmitDepartmentFigures, R> departmentFigures,
        Func<RecordFinding, R> recordFinding,
        Func<WithdrawFinding, R> withdrawFinding,
        Func<Approve, R> approve,
        Func<Reopen, R> reopen,
        Func<PublishNotice, R> publish,
        Func<CloseSubmissions, R> close,
        Func<ReopenSubmissions, R> reopenSubmissions);

    /// <summary>Whether the command changes a source of the evaluation (refused while the round is approved).</summary>
    public bool ChangesSources => Match(_ => false, _ => true, _ => true, _ => true, _ => true, _ => false, _ => false, _ => false, _ => false, _ => false);

    /// <summary>The office opens the year's round over the units it assesses.</summary>
    public sealed record OpenRound(int Year, RuleSetRef RuleSet, string TargetTableDigest, Seq<UnitCode> Units, Actor Actor, DateTimeOffset At)
        : RoundCommand(Actor, At)
    {
        /// <summary>A round over every scored unit of <paramref name="table"/>, in the table's order.</summary>
        public static OpenRound For(int year, RuleSetRef ruleSet, string targetTableDigest, TargetTable table, Actor actor, DateTimeOffset at) =>
            new(year, ruleSet, targetTableDigest, table.Units.Map(u => u.Code).Strict(), actor, at);

        public override R Match<R>(Func<OpenRound, R> open, Func<SubmitSelfEvaluation, R> selfEvaluation, Func<SubmitDepartmentFigures, R> departmentFigures,
            Func<RecordFinding, R> recordFinding, Func<WithdrawFinding, R> withdrawFinding, Func<Approve, R> approve, Func<Reopen, R> reopen,
            Func<PublishNotice, R> publish, Func<CloseSubmissions, R> close, Func<ReopenSubmissions, R> reopenSubmissions) => open(this);
    }

    /// <summary>A unit submits its self-evaluation (自评), or replaces the one it submitted.</summary>
    public sealed record SubmitSelfEvaluation(UnitCode Unit, UnitFigures Figures, Actor Actor, DateTimeOffset At) : RoundCommand(Actor, At)
    {
        public override R Match<R>(Func<OpenRound, R> open, Func<SubmitSelfEvaluation, R> selfEvaluation, Func<SubmitDepartmentFigures, R> departmentFigures,
            Func<RecordFinding, R> recordFinding, Func<WithdrawFinding, R> withdrawFinding, Func<Approve, R> approve, Func<Reopen, R> reopen,
            Func<PublishNotice, R> publish, Func<CloseSubmissions, R> close, Func<ReopenSubmissions, R> reopenSubmissions) => selfEvaluation(this);
    }

    /// <summary>
    /// A department submits figures it provides for a unit: the whole set (<see cref="DepartmentFiguresMask.WholeSet"/>,
    /// refused if it would drop figures already given), or only the figures its <see cref="Mask"/> names.
    /// </summary>
    public sealed record SubmitDepartmentFigures(UnitCode Unit, DepartmentFigures Figures, Actor Actor, DateTimeOffset At) : RoundCommand(Actor, At)
    {
        public DepartmentFiguresMask Mask { get; init; } = DepartmentFiguresMask.WholeSet;

        public override R Match<R>(Func<OpenRound, R> open, Func<SubmitSelfEvaluation, R> selfEvaluation, Func<SubmitDepartmentFigures, R> departmentFigures,
            Func<RecordFinding, R> recordFinding, Func<WithdrawFinding, R> withdrawFinding, Func<Approve, R> approve, Func<Reopen, R> reopen,
            Func<PublishNotice, R> publish, Func<CloseSubmissions, R> close, Func<ReopenSubmissions, R> reopenSubmissions) => departmentFigures(this);
    }

    /// <summary>
    /// An inspector's finding from a routine check or the year-end review. The <see cref="Evaluation.Finding"/> comes
    /// through its smart constructor, so its note is already checked; <paramref name="Inspector"/> is who found it,
    /// <paramref name="Actor"/> who recorded it.
    /// </summary>
    public sealed record RecordFinding(FindingId Id, UnitCode Unit, Finding Finding, string Inspector, Actor Actor, DateTimeOffset At) : RoundCommand(Actor, At)
    {
        public override R Match<R>(Func<OpenRound, R> open, Func<SubmitSelfEvaluation, R> selfEvaluation, Func<SubmitDepartmentFigures, R> departmentFigures,
            Func<RecordFinding, R> recordFinding, Func<WithdrawFinding, R> withdrawFinding, Func<Approve, R> approve, Func<Reopen, R> reopen,
            Func<PublishNotice, R> publish, Func<CloseSubmissions, R> close, Func<ReopenSubmissions, R> reopenSubmissions) => recordFinding(this);
    }

    /// <summary>The office withdraws a finding, saying why; it stays in the round's history.</summary>
    public sealed record WithdrawFinding(FindingId Id, string Reason, Actor Actor, DateTimeOffset At) : RoundCommand(Actor, At)
    {
        public override R Match<R>(Func<OpenRound, R> open, Func<SubmitSelfEvaluation, R> selfEvaluation, Func<SubmitDepartmentFigures, R> departmentFigures,
            Func<RecordFinding, R> recordFinding, Func<WithdrawFinding, R> withdrawFinding, Func<Approve, R> approve, Func<Reopen, R> reopen,
            Func<PublishNotice, R> publish, Func<CloseSubmissions, R> close, Func<ReopenSubmissions, R> reopenSubmissions) => withdrawFinding(this);
    }

    /// <summary>The Leading Group approves (审定) the comprehensive evaluation it was shown, named by its digest.</summary>
    public sealed record Approve(string EvaluationDigest, Actor Actor, DateTimeOffset At) : RoundCommand(Actor, At)
    {
        public override R Match<R>(Func<OpenRound, R> open, Func<SubmitSelfEvaluation, R> selfEvaluation, Func<SubmitDepartmentFigures, R> departmentFigures,
            Func<RecordFinding, R> recordFinding, Func<WithdrawFinding, R> withdrawFinding, Func<Approve, R> approve, Func<Reopen, R> reopen,
            Func<PublishNotice, R> publish, Func<CloseSubmissions, R> close, Func<ReopenSubmissions, R> reopenSubmissions) => approve(this);
    }

    /// <summary>The office reopens an approved round, saying why, so that sources may change again.</summary>
    public sealed record Reopen(string Reason, Actor Actor, DateTimeOffset At) : RoundCommand(Actor, At)
    {
        public override R Match<R>(Func<OpenRound, R> open, Func<SubmitSelfEvaluation, R> selfEvaluation, Func<SubmitDepartmentFigures, R> departmentFigures,
            Func<RecordFinding, R> recordFinding, Func<WithdrawFinding, R> withdrawFinding, Func<Approve, R> approve, Func<Reopen, R> reopen,
            Func<PublishNotice, R> publish, Func<CloseSubmissions, R> close, Func<ReopenSubmissions, R> reopenSubmissions) => reopen(this);
    }

    /// <summary>
    /// The Leading Group publishes the notice (考核情况通报) of the approved evaluation, named by its digest, under the
    /// document number (文号, 衡贫发〔2016〕3号) and the date of issue (印发日期) it enters. A notice published before the
    /// round kept them has neither (an empty number, no date): only a history replayed gives such a command, the service
    /// requires the date of a new one.
    /// </summary>
    public sealed record PublishNotice(string EvaluationDigest, string NoticeNumber, Option<DateOnly> IssuedOn, Actor Actor, DateTimeOffset At) : RoundCommand(Actor, At)
    {
        public override R Match<R>(Func<OpenRound, R> open, Func<SubmitSelfEvaluation, R> selfEvaluation, Func<SubmitDepartmentFigures, R> departmentFigures,
            Func<RecordFinding, R> recordFinding, Func<WithdrawFinding, R> withdrawFinding, Func<Approve, R> approve, Func<Reopen, R> reopen,
            Func<PublishNotice, R> publish, Func<CloseSubmissions, R> close, Func<ReopenSubmissions, R> reopenSubmissions) => publish(this);
    }

    /// <summary>
    /// The office closes submissions (报送截止): no self-evaluation, department figure or finding changes until it
    /// reopens them, so the Leading Group can approve what it was shown. The reason is optional.
    /// </summary>
    public sealed record CloseSubmissions(string Reason, Actor Actor, DateTimeOffset At) : RoundCommand(Actor, At)
    {
        public override R Match<R>(Func<OpenRound, R> open, Func<SubmitSelfEvaluation, R> selfEvaluation, Func<SubmitDepartmentFigures, R> departmentFigures,
            Func<RecordFinding, R> recordFinding, Func<WithdrawFinding, R> withdrawFinding, Func<Approve, R> approve, Func<Reopen, R> reopen,
            Func<PublishNotice, R> publish, Func<CloseSubmissions, R> close, Func<ReopenSubmissions, R> reopenSubmissions) => close(this);
    }

    /// <summary>The office reopens submissions it closed, saying why.</summary>
    public sealed record ReopenSubmissions(string Reason, Actor Actor, DateTimeOffset At) : RoundCommand(Actor, At)
    {
        public override R Match<R>(Func<OpenRound, R> open, Func<SubmitSelfEvaluation, R> selfEvaluation, Func<SubmitDepartmentFigures, R> departmentFigures,
            Func<RecordFinding, R> recordFinding, Func<WithdrawFinding, R> withdrawFinding, Func<Approve, R> approve, Func<Reopen, R> reopen,
            Func<PublishNotice, R> publish, Func<CloseSubmissions, R> close, Func<ReopenSubmissions, R> reopenSubmissions) => reopenSubmissions(this);
    }
}
