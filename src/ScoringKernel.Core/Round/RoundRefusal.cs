using LanguageExt;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Round;

/// <summary>
/// A refusal: its reason and the typed values the reason speaks of (the unit, the finding, the digests …); every
/// argument a reason does not use stays empty. Built only through the factories below, one per reason, so each reason
/// always carries the same arguments. No words here: the words module renders them.
/// </summary>
public sealed record RoundRefusal
{
    private RoundRefusal(RoundRefusalReason reason) => Reason = reason;

    public RoundRefusalReason Reason { get; }
    public string Code => Reason.Code();

    public Option<UnitCode> Unit { get; private init; }
    /// <summary>The unit the submitted figures belong to (<see cref="RoundRefusalReason.UnitMismatch"/>).</summary>
    public Option<UnitCode> FiguresUnit { get; private init; }
    public Seq<UnitCode> Units { get; private init; }
    public Option<FindingId> Finding { get; private init; }
    public Option<FigureRef> Figure { get; private init; }
    /// <summary>The figures a submission would remove (<see cref="RoundRefusalReason.DepartmentFiguresWouldBeRemoved"/>).</summary>
    public Seq<FigureRef> Figures { get; private init; }
    public Option<Attachment1.Department> Department { get; private init; }
    public Option<decimal> Value { get; private init; }
    /// <summary>The digest the command names.</summary>
    public Option<string> GivenDigest { get; private init; }
    /// <summary>The digest of the evaluation on the round's current sources.</summary>
    public Option<string> CurrentDigest { get; private init; }
    /// <summary>The digest the round's approval names.</summary>
    public Option<string> ApprovedDigest { get; private init; }

    public static RoundRefusal ActorRequired() => new(RoundRefusalReason.ActorRequired);
    public static RoundRefusal RoundNotOpen() => new(RoundRefusalReason.RoundNotOpen);
    public static RoundRefusal RoundAlreadyOpen() => new(RoundRefusalReason.RoundAlreadyOpen);
    public static RoundRefusal NoUnits() => new(RoundRefusalReason.NoUnits);
    public static RoundRefusal UnitListedTwice(UnitCode unit) => new(RoundRefusalReason.UnitListedTwice) { Unit = unit };
    public static RoundRefusal RoundApproved(string approved) => new(RoundRefusalReason.RoundApproved) { ApprovedDigest = approved };
    public static RoundRefusal UnitNotInRound(UnitCode unit) => new(RoundRefusalReason.UnitNotInRound) { Unit = unit };
    public static RoundRefusal UnitMismatch(UnitCode unit, UnitCode figuresUnit) =>
        new(RoundRefusalReason.UnitMismatch) { Unit = unit, FiguresUnit = figuresUnit };
    public static RoundRefusal VillageNotListed(UnitCode unit, FigureRef figure) =>
        new(RoundRefusalReason.VillageNotListed) { Unit = unit, Figure = figure };
    public static RoundRefusal ValueInvalid(UnitCode unit, FigureRef figure, decimal value) =>
        new(RoundRefusalReason.ValueInvalid) { Unit = unit, Figure = figure, Value = value };
    public static RoundRefusal FindingIdRequired() => new(RoundRefusalReason.FindingIdRequired);
    public static RoundRefusal FindingExists(FindingId id) => new(RoundRefusalReason.FindingExists) { Finding = id };
    public static RoundRefusal FindingUnknown(FindingId id) => new(RoundRefusalReason.FindingUnknown) { Finding = id };
    public static RoundRefusal FindingWithdrawn(FindingId id) => new(RoundRefusalReason.FindingWithdrawn) { Finding = id };
    public static RoundRefusal InspectorRequired() => new(RoundRefusalReason.InspectorRequired);
    public static RoundRefusal ReasonRequired() => new(RoundRefusalReason.ReasonRequired);
    public static RoundRefusal SelfEvaluationsMissing(Seq<UnitCode> units) => new(RoundRefusalReason.SelfEvaluationsMissing) { Units = units };
    public static RoundRefusal EvaluationUnavailable() => new(RoundRefusalReason.EvaluationUnavailable);
    public static RoundRefusal StaleDigest(string given, string current) =>
        new(RoundRefusalReason.StaleDigest) { GivenDigest = given, CurrentDigest = current };
    public static RoundRefusal NotApproved() => new(RoundRefusalReason.NotApproved);
    public static RoundRefusal AlreadyApproved(string approved) => new(RoundRefusalReason.AlreadyApproved) { ApprovedDigest = approved };
    public static RoundRefusal DigestNotApproved(string given, string approved) =>
        new(RoundRefusalReason.DigestNotApproved) { GivenDigest = given, ApprovedDigest = approved };
    public static RoundRefusal AlreadyPublished(string published) => new(RoundRefusalReason.AlreadyPublished) { ApprovedDigest = published };
    public static RoundRefusal FigureGivenTwice(UnitCode unit, FigureRef figure) => new(RoundRefusalReason.FigureGivenTwice) { Unit = unit, Figure = figure };
    public static RoundRefusal DepartmentFiguresWouldBeRemoved(UnitCode unit, Attachment1.Department department, Seq<FigureRef> figures) =>
        new(RoundRefusalReason.DepartmentFiguresWouldBeRemoved) { Unit = unit, Department = department, Figures = figures };
    public static RoundRefusal FigureNotInMask(UnitCode unit, FigureRef figure) => new(RoundRefusalReason.FigureNotInMask) { Unit = unit, Figure = figure };
    public static RoundRefusal SubmissionsClosed() => new(RoundRefusalReason.SubmissionsClosed);
    public static RoundRefusal SubmissionsAlreadyClosed() => new(RoundRefusalReason.SubmissionsAlreadyClosed);
    public static RoundRefusal SubmissionsNotClosed() => new(RoundRefusalReason.SubmissionsNotClosed);
    public static RoundRefusal NoticeNumberRequired() => new(RoundRefusalReason.NoticeNumberRequired);

    /// <summary>For debugging only: the code and the arguments it carries.</summary>
    public override string ToString()
    {
        var arguments = Seq(
                Unit.Map(u => $"unit={u}"),
                FiguresUnit.Map(u => $"figuresUnit={u}"),
                Units.IsEmpty ? None : Some($"units=[{string.Join(",", Units)}]"),
                Finding.Map(f => $"finding={f}"),
                Figure.Map(f => $"figure={f}"),
                Figures.IsEmpty ? None : Some($"figures=[{string.Join(",", Figures)}]"),
                Department.Map(d => $"department={d}"),
                Value.Map(v => $"value={v}"),
                GivenDigest.Map(d => $"given={d}"),
                CurrentDigest.Map(d => $"current={d}"),
                ApprovedDigest.Map(d => $"approved={d}"))
            .Somes();
        return arguments.IsEmpty ? Code : $"{Code}({string.Join(", ", arguments)})";
    }
}
