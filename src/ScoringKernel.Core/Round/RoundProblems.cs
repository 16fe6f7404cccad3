using LanguageExt;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Problems;

namespace ScoringKernel.Core.Round;

/// <summary>
/// A refusal as a <see cref="Problem"/>: its reason (the decider's code) and its typed values, no words; placed in what
/// the command carries, or at the round's request field it is about.
/// </summary>
public static class RoundProblems
{
    public static Problem Of(RoundRefusal r) => Problem.Of(r.Accept(Reasons.Instance));

    public static Seq<Problem> Of(Seq<RoundRefusal> refusals) => refusals.Map(Of).Strict();

    /// <summary>What a round cannot do while self-evaluations are missing: the words name the command refused.</summary>
    public const string Evaluate = "evaluate", Approve = "approve";

    /// <summary>The units whose self-evaluation is missing (each named by the words), and the command (<see cref="Evaluate"/>, <see cref="Approve"/>) it stops.</summary>
    public static Problem SelfEvaluationsMissing(Seq<Units.UnitCode> units, string command) =>
        Problem.Of(new RoundReason.SelfEvaluationsMissing(units.Count, units, command));

    /// <summary>
    /// A refusal of <paramref name="command"/> as a problem placed in what the command carries: in a department's
    /// figures, the entry (<c>figures[2]</c>) and its value, or its village when the unit does not list it; in a
    /// finding, its value or village; in a self-evaluation, the figures' unit. Any other refusal has no place there.
    /// </summary>
    public static Seq<Problem> Of(RoundCommand command, Seq<RoundRefusal> refusals) =>
        refusals.Map(r => Of(r).Under(r.Accept(new Places(command)).Carried)).Strict();

    /// <summary>
    /// The refusals of a command sent as a round's request, each at the request's field: in what the command carries,
    /// under the field that carries it (<c>figures.figures[2].value</c>, <c>finding.figure.village.name</c>,
    /// <c>figures.unit_code</c>); else at the request's own field it is about (<c>unit_code</c>, <c>finding_id</c>,
    /// <c>inspector</c>, <c>reason</c>, <c>notice_number</c>, <c>evaluation_digest</c>), or at none.
    /// </summary>
    public static Seq<Problem> InRequest(RoundCommand command, Seq<RoundRefusal> refusals) =>
        refusals.Map(r =>
        {
            var (carried, field) = r.Accept(new Places(command));
            return Of(r).Under(carried.Length > 0 ? [.. Carried(command).Carrier, .. carried] : field);
        }).Strict();

    /// <summary>
    /// What <paramref name="command"/> carries that a refusal may stand in: the request field that carries it (the
    /// figures, the finding), the figures a department gives, and whether it is a finding.
    /// </summary>
    private static (Step[] Carrier, Seq<FigureValue> Given, bool Finding) Carried(RoundCommand command) => command.Match<(Step[], Seq<FigureValue>, bool)>(
        open => ([], Seq<FigureValue>.Empty, false),
        self => ([RoundSteps.Figures], Seq<FigureValue>.Empty, false),
        department => ([RoundSteps.Figures], department.Figures.Figures, false),
        record => ([RoundSteps.Finding], Seq<FigureValue>.Empty, true),
        withdraw => ([], Seq<FigureValue>.Empty, false),
        approve => ([], Seq<FigureValue>.Empty, false),
        reopen => ([], Seq<FigureValue>.Empty, false),
        publish => ([], Seq<FigureValue>.Empty, false),
        close => ([], Seq<FigureValue>.Empty, false),
        reopenSubmissions => ([], Seq<FigureValue>.Empty, false));

    /// <summary>Each refusal's reason: one method per case.</summary>
    private sealed class Reasons : IRoundRefusalVisitor<Reason>
    {
        public static readonly Reasons Instance = new();

        public Reason Visit(RoundRefusal.ActorRequired r) => new RoundReason.ActorRequired();
        public Reason Visit(RoundRefusal.RoundNotOpen r) => new RoundReason.RoundNotOpen();
        public Reason Visit(RoundRefusal.RoundAlreadyOpen r) => new RoundReason.RoundAlreadyOpen();
        public Reason Visit(RoundRefusal.NoUnits r) => new RoundReason.NoUnits();
        public Reason Visit(RoundRefusal.UnitListedTwice r) => new RoundReason.UnitListedTwice(r.Unit);
        public Reason Visit(RoundRefusal.RoundApproved r) => new RoundReason.RoundApproved(r.ApprovedDigest);
        public Reason Visit(RoundRefusal.UnitNotInRound r) => new RoundReason.UnitNotInRound(r.Unit);
        public Reason Visit(RoundRefusal.UnitMismatch r) => new RoundReason.UnitMismatch(r.Unit, r.FiguresUnit);
        public Reason Visit(RoundRefusal.VillageNotListed r) => new UnitReason.VillageNotListed(r.Unit, r.Figure.Match(u => u.Field.ToString(), v => v.Village));
        public Reason Visit(RoundRefusal.ValueInvalid r) => new RoundReason.ValueInvalid(r.Unit, r.Figure, r.Value);
        public Reason Visit(RoundRefusal.FindingIdRequired r) => new RoundReason.FindingIdRequired();
        public Reason Visit(RoundRefusal.FindingExists r) => new RoundReason.FindingExists(r.Finding.Value);
        public Reason Visit(RoundRefusal.FindingUnknown r) => new RoundReason.FindingUnknown(r.Finding.Value);
        public Reason Visit(RoundRefusal.FindingWithdrawn r) => new RoundReason.FindingWithdrawn(r.Finding.Value);
        public Reason Visit(RoundRefusal.InspectorRequired r) => new RoundReason.InspectorRequired();
        public Reason Visit(RoundRefusal.ReasonRequired r) => new RoundReason.ReasonRequired();
        public Reason Visit(RoundRefusal.SelfEvaluationsMissing r) => SelfEvaluationsMissing(r.Units, Approve).Reason;
        public Reason Visit(RoundRefusal.EvaluationUnavailable r) => new RoundReason.EvaluationUnavailable();
        public Reason Visit(RoundRefusal.StaleDigest r) => new RoundReason.StaleDigest(r.GivenDigest, r.CurrentDigest);
        public Reason Visit(RoundRefusal.NotApproved r) => new RoundReason.NotApproved();
        public Reason Visit(RoundRefusal.AlreadyApproved r) => new RoundReason.AlreadyApproved(r.ApprovedDigest);
        public Reason Visit(RoundRefusal.DigestNotApproved r) => new RoundReason.DigestNotApproved(r.GivenDigest, r.ApprovedDigest);
        public Reason Visit(RoundRefusal.AlreadyPublished r) => new RoundReason.AlreadyPublished(r.PublishedDigest);
        public Reason Visit(RoundRefusal.FigureGivenTwice r) => new RoundReason.FigureGivenTwice(r.Unit, r.Figure);
        public Reason Visit(RoundRefusal.DepartmentFiguresWouldBeRemoved r) => new RoundReason.DepartmentFiguresWouldBeRemoved(r.Unit, r.Department, r.Figures.Count, r.Figures);
        public Reason Visit(RoundRefusal.FigureNotInMask r) => new RoundReason.FigureNotInMask(r.Unit, r.Figure);
        public Reason Visit(RoundRefusal.SubmissionsClosed r) => new RoundReason.SubmissionsClosed();
        public Reason Visit(RoundRefusal.SubmissionsAlreadyClosed r) => new RoundReason.SubmissionsAlreadyClosed();
        public Reason Visit(RoundRefusal.SubmissionsNotClosed r) => new RoundReason.SubmissionsNotClosed();
        public Reason Visit(RoundRefusal.NoticeNumberRequired r) => new RoundReason.NoticeNumberRequired();
    }

    /// <summary>Where each refusal of <paramref name="command"/> stands: in what the command carries, or at the request's own field.</summary>
    private sealed class Places(RoundCommand command) : IRoundRefusalVisitor<(Step[] Carried, Step[] Field)>
    {
        private static readonly (Step[], Step[]) Nowhere = ([], []);

        private static (Step[], Step[]) AtField(Step field) => ([], [field]);

        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.ActorRequired r) => Nowhere;
        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.RoundNotOpen r) => Nowhere;
        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.RoundAlreadyOpen r) => Nowhere;
        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.NoUnits r) => Nowhere;
        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.UnitListedTwice r) => Nowhere;
        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.RoundApproved r) => Nowhere;
        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.UnitNotInRound r) => AtField(RoundSteps.UnitCode);
        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.UnitMismatch r) => ([Step.UnitCodeOf.Instance], []);
        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.VillageNotListed r) => (FigurePlace(r.Figure, ClaimItem.Village, v => v.Figure == r.Figure), []);
        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.ValueInvalid r) => (FigurePlace(r.Figure, ClaimItem.Value, v => v.Figure == r.Figure && v.Value == r.Value), []);
        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.FindingIdRequired r) => AtField(RoundSteps.FindingId);
        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.FindingExists r) => AtField(RoundSteps.FindingId);
        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.FindingUnknown r) => AtField(RoundSteps.FindingId);
        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.FindingWithdrawn r) => AtField(RoundSteps.FindingId);
        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.InspectorRequired r) => AtField(RoundSteps.Inspector);
        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.ReasonRequired r) => AtField(RoundSteps.Reason);
        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.SelfEvaluationsMissing r) => Nowhere;
        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.EvaluationUnavailable r) => Nowhere;
        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.StaleDigest r) => AtField(RoundSteps.EvaluationDigest);
        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.NotApproved r) => Nowhere;
        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.AlreadyApproved r) => Nowhere;
        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.DigestNotApproved r) => AtField(RoundSteps.EvaluationDigest);
        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.AlreadyPublished r) => Nowhere;
        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.FigureGivenTwice r) => (FigurePlace(r.Figure, ClaimItem.Figure, v => v.Figure == r.Figure), []);
        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.DepartmentFiguresWouldBeRemoved r) => Nowhere;
        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.FigureNotInMask r) => (FigurePlace(r.Figure, ClaimItem.Figure, v => v.Figure == r.Figure), []);
        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.SubmissionsClosed r) => Nowhere;
        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.SubmissionsAlreadyClosed r) => Nowhere;
        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.SubmissionsNotClosed r) => Nowhere;
        public (Step[] Carried, Step[] Field) Visit(RoundRefusal.NoticeNumberRequired r) => AtField(RoundSteps.NoticeNumber);

        /// <summary>
        /// A figure in what the command carries: a department's entry that <paramref name="given"/> picks out, then the
        /// part (its village when it names one, else the figure; the value when the value is refused); in a finding, the part.
        /// </summary>
        private Step[] FigurePlace(FigureRef figure, ClaimItem item, Func<FigureValue, bool> given)
        {
            var part = new Step.ClaimPart(figure is FigureRef.OfVillage || item == ClaimItem.Value ? item : ClaimItem.Figure);
            var (_, figures, finding) = Carried(command);
            if (finding) return [part];
            return figures.ToList().FindIndex(v => given(v)) is var i and >= 0 ? [new Step.GivenFigure(i, figures[i].Figure), part] : [];
        }
    }
}
