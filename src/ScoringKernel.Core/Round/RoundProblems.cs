using LanguageExt;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Problems;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Round;

/// <summary>A refusal as a <see cref="Problem"/>: its reason (the decider's code) and its typed arguments, no words.</summary>
public static class RoundProblems
{
    public static Problem Of(RoundRefusal r) => r.Reason switch
    {
        RoundRefusalReason.ActorRequired => Problem.Of(RoundReasons.ActorRequired),
        RoundRefusalReason.RoundNotOpen => Problem.Of(RoundReasons.RoundNotOpen),
        RoundRefusalReason.RoundAlreadyOpen => Problem.Of(RoundReasons.RoundAlreadyOpen),
        RoundRefusalReason.NoUnits => Problem.Of(RoundReasons.NoUnits),
        RoundRefusalReason.UnitListedTwice => Problem.Of(RoundReasons.UnitListedTwice, Unit(r)),
        RoundRefusalReason.RoundApproved => Problem.Of(RoundReasons.RoundApproved, Code(r.ApprovedDigest)),
        RoundRefusalReason.UnitNotInRound => Problem.Of(RoundReasons.UnitNotInRound, Unit(r)),
        RoundRefusalReason.UnitMismatch => Problem.Of(RoundReasons.UnitMismatch, Unit(r), r.FiguresUnit.Map(u => (Arg)u).IfNone(new Arg.Code(""))),
        RoundRefusalReason.VillageNotListed => Problem.Of(new UnitReason.VillageNotListed(r.Unit.IfNone(default(Units.UnitCode)), r.Figure.Map(f => f.Match(u => u.Field.ToString(), v => v.Village)).IfNone(""))),
        RoundRefusalReason.ValueInvalid => Problem.Of(RoundReasons.ValueInvalid, Unit(r),
            r.Figure.Map(f => (Arg)new Arg.OfFigureRef(f)).IfNone(new Arg.Code("")), r.Value.IfNone(0m)),
        RoundRefusalReason.FindingIdRequired => Problem.Of(RoundReasons.FindingIdRequired),
        RoundRefusalReason.FindingExists => Problem.Of(RoundReasons.FindingExists, FindingArg(r)),
        RoundRefusalReason.FindingUnknown => Problem.Of(RoundReasons.FindingUnknown, FindingArg(r)),
        RoundRefusalReason.FindingWithdrawn => Problem.Of(RoundReasons.FindingWithdrawn, FindingArg(r)),
        RoundRefusalReason.InspectorRequired => Problem.Of(RoundReasons.InspectorRequired),
        RoundRefusalReason.ReasonRequired => Problem.Of(RoundReasons.ReasonRequired),
        RoundRefusalReason.SelfEvaluationsMissing => SelfEvaluationsMissing(r.Units, Approve),
        RoundRefusalReason.EvaluationUnavailable => Problem.Of(RoundReasons.EvaluationUnavailable),
        RoundRefusalReason.StaleDigest => Problem.Of(RoundReasons.StaleDigest, Code(r.GivenDigest), Code(r.CurrentDigest)),
        RoundRefusalReason.NotApproved => Problem.Of(RoundReasons.NotApproved),
        RoundRefusalReason.AlreadyApproved => Problem.Of(RoundReasons.AlreadyApproved, Code(r.ApprovedDigest)),
        RoundRefusalReason.DigestNotApproved => Problem.Of(RoundReasons.DigestNotApproved, Code(r.GivenDigest), Code(r.ApprovedDigest)),
        RoundRefusalReason.AlreadyPublished => Problem.Of(RoundReasons.AlreadyPublished, Code(r.ApprovedDigest)),
        RoundRefusalReason.FigureGivenTwice => Problem.Of(RoundReasons.FigureGivenTwice, Unit(r), FigureArg(r)),
        RoundRefusalReason.DepartmentFiguresWouldBeRemoved => new Problem(RoundReasons.DepartmentFiguresWouldBeRemoved, Place.Whole,
            Seq(Unit(r), r.Department.Map(d => (Arg)d).IfNone(new Arg.Code("")), (Arg)r.Figures.Count)
                + r.Figures.Map(f => (Arg)new Arg.OfFigureRef(f))),
        RoundRefusalReason.FigureNotInMask => Problem.Of(RoundReasons.FigureNotInMask, Unit(r), FigureArg(r)),
        RoundRefusalReason.SubmissionsClosed => Problem.Of(RoundReasons.SubmissionsClosed),
        RoundRefusalReason.SubmissionsAlreadyClosed => Problem.Of(RoundReasons.SubmissionsAlreadyClosed),
        RoundRefusalReason.SubmissionsNotClosed => Problem.Of(RoundReasons.SubmissionsNotClosed),
        RoundRefusalReason.NoticeNumberRequired => Problem.Of(RoundReasons.NoticeNumberRequired),
    };

    private static Arg FigureArg(RoundRefusal r) => r.Figure.Map(f => (Arg)new Arg.OfFigureRef(f)).IfNone(new Arg.Code(""));

    /// <summary>What a round cannot do while self-evaluations are missing: the words name the command refused.</summary>
    public const string Evaluate = "evaluate", Approve = "approve";

    /// <summary>The units whose self-evaluation is missing (each named by the words), and the command (<see cref="Evaluate"/>, <see cref="Approve"/>) it stops.</summary>
    public static Problem SelfEvaluationsMissing(Seq<Units.UnitCode> units, string command) =>
        Problem.Of(RoundReasons.SelfEvaluationsMissing, units.Count, new Arg.Units(units), new Arg.Code(command));

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

    private static Arg Unit(RoundRefusal r) => r.Unit.Map(u => (Arg)u).IfNone(new Arg.Code(""));

    private static Arg FindingArg(RoundRefusal r) => new Arg.Code(r.Finding.Map(f => f.Value).IfNone(""));

    private static Arg Code(Option<string> digest) => new Arg.Code(digest.IfNone(""));
}
