using LanguageExt;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Problems;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Round;

/// <summary>A refusal as a <see cref="Problem"/>: its reason (the decider's code) and its typed arguments, no words.</summary>
public static class RoundProblems
{
    public static Problem Of(RoundRefusal r) => Problem.Of(ReasonOf(r));

    private static Reason ReasonOf(RoundRefusal r) => r.Reason switch
    {
        RoundRefusalReason.ActorRequired => new RoundReason.ActorRequired(),
        RoundRefusalReason.RoundNotOpen => new RoundReason.RoundNotOpen(),
        RoundRefusalReason.RoundAlreadyOpen => new RoundReason.RoundAlreadyOpen(),
        RoundRefusalReason.NoUnits => new RoundReason.NoUnits(),
        RoundRefusalReason.UnitListedTwice => new RoundReason.UnitListedTwice(r.Unit),
        RoundRefusalReason.RoundApproved => new RoundReason.RoundApproved(r.ApprovedDigest.IfNone("")),
        RoundRefusalReason.UnitNotInRound => new RoundReason.UnitNotInRound(r.Unit),
        RoundRefusalReason.UnitMismatch => new RoundReason.UnitMismatch(r.Unit, r.FiguresUnit),
        // The decider names the unit and the figure of every such refusal (RoundRefusal.VillageNotListed).
        RoundRefusalReason.VillageNotListed => new UnitReason.VillageNotListed(r.Unit.IfNone(default(Units.UnitCode)), r.Figure.Map(f => f.Match(u => u.Field.ToString(), v => v.Village)).IfNone("")),
        RoundRefusalReason.ValueInvalid => new RoundReason.ValueInvalid(r.Unit, r.Figure, r.Value.IfNone(0m)),
        RoundRefusalReason.FindingIdRequired => new RoundReason.FindingIdRequired(),
        RoundRefusalReason.FindingExists => new RoundReason.FindingExists(FindingId(r)),
        RoundRefusalReason.FindingUnknown => new RoundReason.FindingUnknown(FindingId(r)),
        RoundRefusalReason.FindingWithdrawn => new RoundReason.FindingWithdrawn(FindingId(r)),
        RoundRefusalReason.InspectorRequired => new RoundReason.InspectorRequired(),
        RoundRefusalReason.ReasonRequired => new RoundReason.ReasonRequired(),
        RoundRefusalReason.SelfEvaluationsMissing => SelfEvaluationsMissing(r.Units, Approve).Reason,
        RoundRefusalReason.EvaluationUnavailable => new RoundReason.EvaluationUnavailable(),
        RoundRefusalReason.StaleDigest => new RoundReason.StaleDigest(r.GivenDigest.IfNone(""), r.CurrentDigest.IfNone("")),
        RoundRefusalReason.NotApproved => new RoundReason.NotApproved(),
        RoundRefusalReason.AlreadyApproved => new RoundReason.AlreadyApproved(r.ApprovedDigest.IfNone("")),
        RoundRefusalReason.DigestNotApproved => new RoundReason.DigestNotApproved(r.GivenDigest.IfNone(""), r.ApprovedDigest.IfNone("")),
        RoundRefusalReason.AlreadyPublished => new RoundReason.AlreadyPublished(r.ApprovedDigest.IfNone("")),
        RoundRefusalReason.FigureGivenTwice => new RoundReason.FigureGivenTwice(r.Unit, r.Figure),
        RoundRefusalReason.DepartmentFiguresWouldBeRemoved => new RoundReason.DepartmentFiguresWouldBeRemoved(r.Unit, r.Department, r.Figures.Count, r.Figures),
        RoundRefusalReason.FigureNotInMask => new RoundReason.FigureNotInMask(r.Unit, r.Figure),
        RoundRefusalReason.SubmissionsClosed => new RoundReason.SubmissionsClosed(),
        RoundRefusalReason.SubmissionsAlreadyClosed => new RoundReason.SubmissionsAlreadyClosed(),
        RoundRefusalReason.SubmissionsNotClosed => new RoundReason.SubmissionsNotClosed(),
        RoundRefusalReason.NoticeNumberRequired => new RoundReason.NoticeNumberRequired(),
    };

    /// <summary>What a round cannot do while self-evaluations are missing: the words name the command refused.</summary>
    public const string Evaluate = "evaluate", Approve = "approve";

    /// <summary>The units whose self-evaluation is missing (each named by the words), and the command (<see cref="Evaluate"/>, <see cref="Approve"/>) it stops.</summary>
    public static Problem SelfEvaluationsMissing(Seq<Units.UnitCode> units, string command) =>
        Problem.Of(new RoundReason.SelfEvaluationsMissing(units.Count, units, command));

    public static Seq<Problem> Of(Seq<RoundRefusal> refusals) => refusals.Map(Of).Strict();

    /// <summary>
    /// A refusal of <paramref name="command"/> as a problem placed in what the command carries: in a department's
    /// figures, the entry (<c>figures[2]</c>) and its value, or its village when the unit does not list it; in a
    /// finding, its value or village; in a self-evaluation, the figures' unit. Any other refusal has no place there.
    /// </summary>
    public static Seq<Problem> Of(RoundCommand command, Seq<RoundRefusal> refusals) =>
        refusals.Map(r => Of(r).Under(PlaceIn(command, r))).Strict();

    private static Step[] PlaceIn(RoundCommand command, RoundRefusal r) => r.Reason switch
    {
        RoundRefusalReason.UnitMismatch => [Step.UnitCodeOf.Instance],
        RoundRefusalReason.VillageNotListed or RoundRefusalReason.ValueInvalid =>
            FigurePlace(command, r, r.Reason == RoundRefusalReason.VillageNotListed ? ClaimItem.Village : ClaimItem.Value),
        RoundRefusalReason.FigureGivenTwice or RoundRefusalReason.FigureNotInMask => FigurePlace(command, r, ClaimItem.Figure),
        _ => [],
    };

    private static Step[] FigurePlace(RoundCommand command, RoundRefusal r, ClaimItem item)
    {
        var part = new Step.ClaimPart(r.Figure.Exists(f => f is FigureRef.OfVillage) || item == ClaimItem.Value ? item : ClaimItem.Figure);
        return command switch
        {
            RoundCommand.SubmitDepartmentFigures d => d.Figures.Figures.ToList()
                .FindIndex(v => r.Figure.Exists(f => f == v.Figure) && (item != ClaimItem.Value || r.Value.Exists(x => x == v.Value))) is var i and >= 0
                ? [new Step.GivenFigure(i, d.Figures.Figures[i].Figure), part]
                : [],
            RoundCommand.RecordFinding => [part],
            _ => [],
        };
    }

    private static string FindingId(RoundRefusal r) => r.Finding.Map(f => f.Value).IfNone("");
}
