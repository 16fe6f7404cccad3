using LanguageExt;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Round;

/// <summary>
/// What happened in the year's round: plain records of domain values, each with who and when. The decider emits them;
/// <see cref="RoundDecider.Evolve"/> folds them into the state; nothing else is kept.
/// </summary>
public abstract record RoundEvent(Actor Actor, DateTimeOffset At)
{
    public abstract R Match<R>(
        Func<RoundOpened, R> opened,
        Func<SelfEvaluationSubmitted, R> selfEvaluation,
        Func<DepartmentFiguresSubmitted, R> departmentFigures,
        Func<FindingRecorded, R> findingRecorded,
        Func<FindingWithdrawn, R> findingWithdrawn,
        Func<EvaluationApproved, R> approved,
        Func<RoundReopened, R> reopened,
        Func<NoticePublished, R> published,
        Func<SubmissionsClosed, R> closed,
        Func<SubmissionsReopened, R> submissionsReopened);

    public sealed record RoundOpened(int Year, RuleSetRef RuleSet, string TargetTableDigest, Seq<UnitCode> Units, Actor Actor, DateTimeOffset At)
        : RoundEvent(Actor, At)
    {
        public override R Match<R>(Func<RoundOpened, R> opened, Func<SelfEvaluationSubmitted, R> selfEvaluation, Func<DepartmentFiguresSubmitted, R> departmentFigures,
            Func<FindingRecorded, R> findingRecorded, Func<FindingWithdrawn, R> findingWithdrawn, Func<EvaluationApproved, R> approved, Func<RoundReopened, R> reopened,
            Func<NoticePublished, R> published, Func<SubmissionsClosed, R> closed, Func<SubmissionsReopened, R> submissionsReopened) => opened(this);
    }

    /// <summary>The unit's self-evaluation, version 1, 2, … of that unit's.</summary>
    public sealed record SelfEvaluationSubmitted(UnitCode Unit, int Version, UnitFigures Figures, Actor Actor, DateTimeOffset At) : RoundEvent(Actor, At)
    {
        public override R Match<R>(Func<RoundOpened, R> opened, Func<SelfEvaluationSubmitted, R> selfEvaluation, Func<DepartmentFiguresSubmitted, R> departmentFigures,
            Func<FindingRecorded, R> findingRecorded, Func<FindingWithdrawn, R> findingWithdrawn, Func<EvaluationApproved, R> approved, Func<RoundReopened, R> reopened,
            Func<NoticePublished, R> published, Func<SubmissionsClosed, R> closed, Func<SubmissionsReopened, R> submissionsReopened) => selfEvaluation(this);
    }

    /// <summary>A department's set of figures for a unit, version 1, 2, … of that department's for that unit.</summary>
    public sealed record DepartmentFiguresSubmitted(UnitCode Unit, int Version, DepartmentFigures Figures, Actor Actor, DateTimeOffset At) : RoundEvent(Actor, At)
    {
        public override R Match<R>(Func<RoundOpened, R> opened, Func<SelfEvaluationSubmitted, R> selfEvaluation, Func<DepartmentFiguresSubmitted, R> departmentFigures,
            Func<FindingRecorded, R> findingRecorded, Func<FindingWithdrawn, R> findingWithdrawn, Func<EvaluationApproved, R> approved, Func<RoundReopened, R> reopened,
            Func<NoticePublished, R> published, Func<SubmissionsClosed, R> closed, Func<SubmissionsReopened, R> submissionsReopened) => departmentFigures(this);
    }

    public sealed record FindingRecorded(FindingId Id, UnitCode Unit, Finding Finding, string Inspector, Actor Actor, DateTimeOffset At) : RoundEvent(Actor, At)
    {
        public override R Match<R>(Func<RoundOpened, R> opened, Func<SelfEvaluationSubmitted, R> selfEvaluation, Func<DepartmentFiguresSubmitted, R> departmentFigures,
            Func<FindingRecorded, R> findingRecorded, Func<FindingWithdrawn, R> findingWithdrawn, Func<EvaluationApproved, R> approved, Func<RoundReopened, R> reopened,
            Func<NoticePublished, R> published, Func<SubmissionsClosed, R> closed, Func<SubmissionsReopened, R> submissionsReopened) => findingRecorded(this);
    }

    public sealed record FindingWithdrawn(FindingId Id, string Reason, Actor Actor, DateTimeOffset At) : RoundEvent(Actor, At)
    {
        public override R Match<R>(Func<RoundOpened, R> opened, Func<SelfEvaluationSubmitted, R> selfEvaluation, Func<DepartmentFiguresSubmitted, R> departmentFigures,
            Func<FindingRecorded, R> findingRecorded, Func<FindingWithdrawn, R> findingWithdrawn, Func<EvaluationApproved, R> approved, Func<RoundReopened, R> reopened,
            Func<NoticePublished, R> published, Func<SubmissionsClosed, R> closed, Func<SubmissionsReopened, R> submissionsReopened) => findingWithdrawn(this);
    }

    public sealed record EvaluationApproved(string EvaluationDigest, Actor Actor, DateTimeOffset At) : RoundEvent(Actor, At)
    {
        public override R Match<R>(Func<RoundOpened, R> opened, Func<SelfEvaluationSubmitted, R> selfEvaluation, Func<DepartmentFiguresSubmitted, R> departmentFigures,
            Func<FindingRecorded, R> findingRecorded, Func<FindingWithdrawn, R> findingWithdrawn, Func<EvaluationApproved, R> approved, Func<RoundReopened, R> reopened,
            Func<NoticePublished, R> published, Func<SubmissionsClosed, R> closed, Func<SubmissionsReopened, R> submissionsReopened) => approved(this);
    }

    public sealed record RoundReopened(string Reason, Actor Actor, DateTimeOffset At) : RoundEvent(Actor, At)
    {
        public override R Match<R>(Func<RoundOpened, R> opened, Func<SelfEvaluationSubmitted, R> selfEvaluation, Func<DepartmentFiguresSubmitted, R> departmentFigures,
            Func<FindingRecorded, R> findingRecorded, Func<FindingWithdrawn, R> findingWithdrawn, Func<EvaluationApproved, R> approved, Func<RoundReopened, R> reopened,
            Func<NoticePublished, R> published, Func<SubmissionsClosed, R> closed, Func<SubmissionsReopened, R> submissionsReopened) => reopened(this);
    }

    /// <summary>
    /// The notice published, with its document number (文号) and date of issue (印发日期); a notice published before the
    /// round kept them has neither (an empty number, no date).
    /// </summary>
    public sealed record NoticePublished(string EvaluationDigest, string NoticeNumber, Option<DateOnly> IssuedOn, Actor Actor, DateTimeOffset At) : RoundEvent(Actor, At)
    {
        public override R Match<R>(Func<RoundOpened, R> opened, Func<SelfEvaluationSubmitted, R> selfEvaluation, Func<DepartmentFiguresSubmitted, R> departmentFigures,
            Func<FindingRecorded, R> findingRecorded, Func<FindingWithdrawn, R> findingWithdrawn, Func<EvaluationApproved, R> approved, Func<RoundReopened, R> reopened,
            Func<NoticePublished, R> published, Func<SubmissionsClosed, R> closed, Func<SubmissionsReopened, R> submissionsReopened) => published(this);
    }

    /// <summary>Submissions closed (报送截止), with the office's reason if it gave one.</summary>
    public sealed record SubmissionsClosed(string Reason, Actor Actor, DateTimeOffset At) : RoundEvent(Actor, At)
    {
        public override R Match<R>(Func<RoundOpened, R> opened, Func<SelfEvaluationSubmitted, R> selfEvaluation, Func<DepartmentFiguresSubmitted, R> departmentFigures,
            Func<FindingRecorded, R> findingRecorded, Func<FindingWithdrawn, R> findingWithdrawn, Func<EvaluationApproved, R> approved, Func<RoundReopened, R> reopened,
            Func<NoticePublished, R> published, Func<SubmissionsClosed, R> closed, Func<SubmissionsReopened, R> submissionsReopened) => closed(this);
    }

    public sealed record SubmissionsReopened(string Reason, Actor Actor, DateTimeOffset At) : RoundEvent(Actor, At)
    {
        public override R Match<R>(Func<RoundOpened, R> opened, Func<SelfEvaluationSubmitted, R> selfEvaluation, Func<DepartmentFiguresSubmitted, R> departmentFigures,
            Func<FindingRecorded, R> findingRecorded, Func<FindingWithdrawn, R> findingWithdrawn, Func<EvaluationApproved, R> approved, Func<RoundReopened, R> reopened,
            Func<NoticePublished, R> published, Func<SubmissionsClosed, R> closed, Func<SubmissionsReopened, R> submissionsReopened) => submissionsReopened(this);
    }
}
