using LanguageExt;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Round;

/// <summary>
/// A refusal of the round's decider: one case per reason (<see cref="RoundRefusalReason"/>), each with exactly the
/// values it speaks of (the unit, the finding, the digests …). No words here: the words module renders them, through
/// the problem each becomes (<see cref="RoundProblems"/>).
/// </summary>
public abstract record RoundRefusal
{
    private RoundRefusal() { }

    public abstract RoundRefusalReason Reason { get; }

    public string Code => Reason.Code();

    public abstract T Accept<T>(IRoundRefusalVisitor<T> visitor);

    /// <summary>The command carries no actor; every event records who.</summary>
    public sealed record ActorRequired : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.ActorRequired;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Only <c>OpenRound</c> is taken before the round is open.</summary>
    public sealed record RoundNotOpen : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.RoundNotOpen;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }

    public sealed record RoundAlreadyOpen : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.RoundAlreadyOpen;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>A round assesses at least one unit.</summary>
    public sealed record NoUnits : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.NoUnits;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>The opening lists <paramref name="Unit"/> twice.</summary>
    public sealed record UnitListedTwice(UnitCode Unit) : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.UnitListedTwice;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>The round is approved (with <paramref name="ApprovedDigest"/>); no source changes until it is reopened.</summary>
    public sealed record RoundApproved(string ApprovedDigest) : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.RoundApproved;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><paramref name="Unit"/> is not assessed in this round.</summary>
    public sealed record UnitNotInRound(UnitCode Unit) : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.UnitNotInRound;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>The self-evaluation for <paramref name="Unit"/> holds the figures of <paramref name="FiguresUnit"/>.</summary>
    public sealed record UnitMismatch(UnitCode Unit, UnitCode FiguresUnit) : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.UnitMismatch;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>The figure names a village the unit's latest self-evaluation does not list.</summary>
    public sealed record VillageNotListed(UnitCode Unit, FigureRef Figure) : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.VillageNotListed;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>The value is not one the figure may take (the figure's smart constructor refuses it).</summary>
    public sealed record ValueInvalid(UnitCode Unit, FigureRef Figure, decimal Value) : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.ValueInvalid;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }

    public sealed record FindingIdRequired : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.FindingIdRequired;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }

    public sealed record FindingExists(FindingId Finding) : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.FindingExists;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }

    public sealed record FindingUnknown(FindingId Finding) : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.FindingUnknown;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }

    public sealed record FindingWithdrawn(FindingId Finding) : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.FindingWithdrawn;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }

    public sealed record InspectorRequired : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.InspectorRequired;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>A withdrawal or a reopening says why.</summary>
    public sealed record ReasonRequired : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.ReasonRequired;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>The evaluation needs every unit's self-evaluation; <paramref name="Units"/> lists those missing.</summary>
    public sealed record SelfEvaluationsMissing(Seq<UnitCode> Units) : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.SelfEvaluationsMissing;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>The current sources give no evaluation (the evaluation itself reports why), so there is nothing to approve.</summary>
    public sealed record EvaluationUnavailable : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.EvaluationUnavailable;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>The approver saw <paramref name="GivenDigest"/>; the evaluation on the round's current sources is <paramref name="CurrentDigest"/>.</summary>
    public sealed record StaleDigest(string GivenDigest, string CurrentDigest) : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.StaleDigest;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Reopen or publish on a round that is not approved.</summary>
    public sealed record NotApproved : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.NotApproved;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }

    public sealed record AlreadyApproved(string ApprovedDigest) : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.AlreadyApproved;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>The notice to publish names <paramref name="GivenDigest"/>, not the approved <paramref name="ApprovedDigest"/>.</summary>
    public sealed record DigestNotApproved(string GivenDigest, string ApprovedDigest) : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.DigestNotApproved;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>The round's notice is published, on <paramref name="PublishedDigest"/>.</summary>
    public sealed record AlreadyPublished(string PublishedDigest) : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.AlreadyPublished;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>A department's submission gives <paramref name="Figure"/> more than once.</summary>
    public sealed record FigureGivenTwice(UnitCode Unit, FigureRef Figure) : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.FigureGivenTwice;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>
    /// A department's submission without an update mask leaves out <paramref name="Figures"/>, which it gave before:
    /// taking it would remove them silently.
    /// </summary>
    public sealed record DepartmentFiguresWouldBeRemoved(UnitCode Unit, Attachment1.Department Department, Seq<FigureRef> Figures) : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.DepartmentFiguresWouldBeRemoved;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>The submission gives <paramref name="Figure"/>, which its update mask does not name.</summary>
    public sealed record FigureNotInMask(UnitCode Unit, FigureRef Figure) : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.FigureNotInMask;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Submissions are closed (报送截止): no source changes until the office reopens them.</summary>
    public sealed record SubmissionsClosed : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.SubmissionsClosed;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }

    public sealed record SubmissionsAlreadyClosed : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.SubmissionsAlreadyClosed;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Reopen submissions on a round whose submissions are not closed.</summary>
    public sealed record SubmissionsNotClosed : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.SubmissionsNotClosed;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>The notice is published under a document number (文号).</summary>
    public sealed record NoticeNumberRequired : RoundRefusal
    {
        public override RoundRefusalReason Reason => RoundRefusalReason.NoticeNumberRequired;
        public override T Accept<T>(IRoundRefusalVisitor<T> visitor) => visitor.Visit(this);
    }
}

/// <summary>One method per case of <see cref="RoundRefusal"/>.</summary>
public interface IRoundRefusalVisitor<out T>
{
    T Visit(RoundRefusal.ActorRequired refusal);
    T Visit(RoundRefusal.RoundNotOpen refusal);
    T Visit(RoundRefusal.RoundAlreadyOpen refusal);
    T Visit(RoundRefusal.NoUnits refusal);
    T Visit(RoundRefusal.UnitListedTwice refusal);
    T Visit(RoundRefusal.RoundApproved refusal);
    T Visit(RoundRefusal.UnitNotInRound refusal);
    T Visit(RoundRefusal.UnitMismatch refusal);
    T Visit(RoundRefusal.VillageNotListed refusal);
    T Visit(RoundRefusal.ValueInvalid refusal);
    T Visit(RoundRefusal.FindingIdRequired refusal);
    T Visit(RoundRefusal.FindingExists refusal);
    T Visit(RoundRefusal.FindingUnknown refusal);
    T Visit(RoundRefusal.FindingWithdrawn refusal);
    T Visit(RoundRefusal.InspectorRequired refusal);
    T Visit(RoundRefusal.ReasonRequired refusal);
    T Visit(RoundRefusal.SelfEvaluationsMissing refusal);
    T Visit(RoundRefusal.EvaluationUnavailable refusal);
    T Visit(RoundRefusal.StaleDigest refusal);
    T Visit(RoundRefusal.NotApproved refusal);
    T Visit(RoundRefusal.AlreadyApproved refusal);
    T Visit(RoundRefusal.DigestNotApproved refusal);
    T Visit(RoundRefusal.AlreadyPublished refusal);
    T Visit(RoundRefusal.FigureGivenTwice refusal);
    T Visit(RoundRefusal.DepartmentFiguresWouldBeRemoved refusal);
    T Visit(RoundRefusal.FigureNotInMask refusal);
    T Visit(RoundRefusal.SubmissionsClosed refusal);
    T Visit(RoundRefusal.SubmissionsAlreadyClosed refusal);
    T Visit(RoundRefusal.SubmissionsNotClosed refusal);
    T Visit(RoundRefusal.NoticeNumberRequired refusal);
}
