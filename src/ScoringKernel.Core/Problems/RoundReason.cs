using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Problems;

/// <summary>
/// Why the year's round refused a command (the decider's <see cref="Round.RoundRefusalReason"/> codes, reused), and why
/// the round's service refused a call (a round not found, a stale etag, a role missing, an import that cannot be read).
/// The figure a department or a finding names that the unit does not have is <see cref="UnitReason.VillageNotListed"/>.
/// </summary>
public abstract record RoundReason : Reason
{
    private RoundReason(string code) : base(code) { }

    public sealed record ActorRequired() : RoundReason(WireCode)
    {
        public const string WireCode = "ACTOR_REQUIRED";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Only opening is taken before the round is open.</summary>
    public sealed record RoundNotOpen() : RoundReason(WireCode)
    {
        public const string WireCode = "ROUND_NOT_OPEN";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    public sealed record RoundAlreadyOpen() : RoundReason(WireCode)
    {
        public const string WireCode = "ROUND_ALREADY_OPEN";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    public sealed record NoUnits() : RoundReason(WireCode)
    {
        public const string WireCode = "NO_UNITS";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Unit</c>: the unit.</summary>
    public sealed record UnitListedTwice(UnitCode Unit) : RoundReason(WireCode)
    {
        public const string WireCode = "UNIT_LISTED_TWICE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.OfUnit(Unit) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Digest</c>: the approved digest (code).</summary>
    public sealed record RoundApproved(string Digest) : RoundReason(WireCode)
    {
        public const string WireCode = "ROUND_APPROVED";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Digest) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Unit</c>: the unit.</summary>
    public sealed record UnitNotInRound(UnitCode Unit) : RoundReason(WireCode)
    {
        public const string WireCode = "UNIT_NOT_IN_ROUND";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.OfUnit(Unit) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>WrittenTo</c>: the unit written to; <c>FiguresOf</c>: the unit the figures belong to.</summary>
    public sealed record UnitMismatch(UnitCode WrittenTo, UnitCode FiguresOf) : RoundReason(WireCode)
    {
        public const string WireCode = "UNIT_MISMATCH";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.OfUnit(WrittenTo), new Arg.OfUnit(FiguresOf) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Unit</c>: the unit; <c>Figure</c>: the figure (a figure ref); <c>Value</c>: the value.</summary>
    public sealed record ValueInvalid(UnitCode Unit, FigureRef Figure, decimal Value) : RoundReason(WireCode)
    {
        public const string WireCode = "VALUE_INVALID";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.OfUnit(Unit), new Arg.OfFigureRef(Figure), new Arg.Number(Value) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    public sealed record FindingIdRequired() : RoundReason(WireCode)
    {
        public const string WireCode = "FINDING_ID_REQUIRED";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Id</c>: the finding's id (code).</summary>
    public sealed record FindingExists(string Id) : RoundReason(WireCode)
    {
        public const string WireCode = "FINDING_EXISTS";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Id) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Id</c>: the finding's id (code).</summary>
    public sealed record FindingUnknown(string Id) : RoundReason(WireCode)
    {
        public const string WireCode = "FINDING_UNKNOWN";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Id) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Id</c>: the finding's id (code).</summary>
    public sealed record FindingWithdrawn(string Id) : RoundReason(WireCode)
    {
        public const string WireCode = "FINDING_WITHDRAWN";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Id) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    public sealed record InspectorRequired() : RoundReason(WireCode)
    {
        public const string WireCode = "INSPECTOR_REQUIRED";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>A withdrawal or a reopening says why.</summary>
    public sealed record ReasonRequired() : RoundReason(WireCode)
    {
        public const string WireCode = "REASON_REQUIRED";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>The values: the number missing, the units missing (code, comma-separated).</summary>
    public sealed record SelfEvaluationsMissing(decimal Count, Seq<UnitCode> Units, string Command) : RoundReason(WireCode)
    {
        public const string WireCode = "SELF_EVALUATIONS_MISSING";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Count), new Arg.Units(Units), new Arg.Code(Command) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    public sealed record EvaluationUnavailable() : RoundReason(WireCode)
    {
        public const string WireCode = "EVALUATION_UNAVAILABLE";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Given</c>: the digest given (code); <c>Current</c>: the current digest (code).</summary>
    public sealed record StaleDigest(string Given, string Current) : RoundReason(WireCode)
    {
        public const string WireCode = "STALE_DIGEST";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Given), new Arg.Code(Current) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    public sealed record NotApproved() : RoundReason(WireCode)
    {
        public const string WireCode = "NOT_APPROVED";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Digest</c>: the approved digest (code).</summary>
    public sealed record AlreadyApproved(string Digest) : RoundReason(WireCode)
    {
        public const string WireCode = "ALREADY_APPROVED";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Digest) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Given</c>: the digest given (code); <c>Approved</c>: the approved digest (code).</summary>
    public sealed record DigestNotApproved(string Given, string Approved) : RoundReason(WireCode)
    {
        public const string WireCode = "DIGEST_NOT_APPROVED";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Given), new Arg.Code(Approved) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Digest</c>: the published digest (code).</summary>
    public sealed record AlreadyPublished(string Digest) : RoundReason(WireCode)
    {
        public const string WireCode = "ALREADY_PUBLISHED";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Digest) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Year</c>: the year (number). No round has been opened for it.</summary>
    public sealed record RoundNotFound(decimal Year) : RoundReason(WireCode)
    {
        public const string WireCode = "ROUND_NOT_FOUND";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Year) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Given</c>: the text given (typed); <c>Expected</c>: what was expected (code).</summary>
    public sealed record NameMalformed(string Given, string Expected) : RoundReason(WireCode)
    {
        public const string WireCode = "RESOURCE_NAME_MALFORMED";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Given), new Arg.Code(Expected) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Given</c>: the etag given (code); <c>Current</c>: the current etag (code).</summary>
    public sealed record EtagStale(string Given, string Current) : RoundReason(WireCode)
    {
        public const string WireCode = "ETAG_STALE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Given), new Arg.Code(Current) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Given</c>: the etag given (typed).</summary>
    public sealed record EtagMalformed(string Given) : RoundReason(WireCode)
    {
        public const string WireCode = "ETAG_MALFORMED";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Given) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Role</c>: the role needed (code); <c>Caller</c>: the caller (typed).</summary>
    public sealed record RoleRequired(string Role, string Caller) : RoundReason(WireCode)
    {
        public const string WireCode = "ROLE_REQUIRED";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Role), new Arg.Typed(Caller) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>An import names a workbook, an evaluation or a round export.</summary>
    public sealed record ImportEmpty() : RoundReason(WireCode)
    {
        public const string WireCode = "IMPORT_EMPTY";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Held</c>: the round the export holds (number); <c>Into</c>: the round imported into (number).</summary>
    public sealed record ExportOtherRound(decimal Held, decimal Into) : RoundReason(WireCode)
    {
        public const string WireCode = "EXPORT_OTHER_ROUND";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Held), new Arg.Number(Into) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Version</c>: the event's version (number); <c>Type</c>: the type (code).</summary>
    public sealed record ExportEventUnreadable(decimal Version, string Type) : RoundReason(WireCode)
    {
        public const string WireCode = "EXPORT_EVENT_UNREADABLE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Version), new Arg.Code(Type) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Unit</c>: the unit; <c>Figure</c>: the figure (a figure ref).</summary>
    public sealed record FigureGivenTwice(UnitCode Unit, FigureRef Figure) : RoundReason(WireCode)
    {
        public const string WireCode = "FIGURE_GIVEN_TWICE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.OfUnit(Unit), new Arg.OfFigureRef(Figure) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>The values: the unit, the department, how many (number), then each figure (a figure ref).</summary>
    public sealed record DepartmentFiguresWouldBeRemoved(UnitCode Unit, Department Department, decimal Count, Seq<FigureRef> Figures) : RoundReason(WireCode)
    {
        public const string WireCode = "DEPARTMENT_FIGURES_WOULD_BE_REMOVED";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.OfUnit(Unit), new Arg.OfDepartment(Department), new Arg.Number(Count) }) + Figures.Map(f => (Arg)new Arg.OfFigureRef(f));
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Unit</c>: the unit; <c>Figure</c>: the figure (a figure ref).</summary>
    public sealed record FigureNotInMask(UnitCode Unit, FigureRef Figure) : RoundReason(WireCode)
    {
        public const string WireCode = "FIGURE_NOT_IN_UPDATE_MASK";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.OfUnit(Unit), new Arg.OfFigureRef(Figure) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    public sealed record SubmissionsClosed() : RoundReason(WireCode)
    {
        public const string WireCode = "SUBMISSIONS_CLOSED";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    public sealed record SubmissionsAlreadyClosed() : RoundReason(WireCode)
    {
        public const string WireCode = "SUBMISSIONS_ALREADY_CLOSED";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    public sealed record SubmissionsNotClosed() : RoundReason(WireCode)
    {
        public const string WireCode = "SUBMISSIONS_NOT_CLOSED";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    public sealed record NoticeNumberRequired() : RoundReason(WireCode)
    {
        public const string WireCode = "NOTICE_NUMBER_REQUIRED";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Path</c>: the path given (typed); <c>Keys</c>: the figure keys it may name (code). An update mask names figures.</summary>
    public sealed record MaskPathUnknown(string Path, string Keys) : RoundReason(WireCode)
    {
        public const string WireCode = "UPDATE_MASK_PATH_UNKNOWN";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Path), new Arg.Code(Keys) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Given</c>: the text given (typed). A date of issue is YYYY-MM-DD.</summary>
    public sealed record IssuedOnInvalid(string Given) : RoundReason(WireCode)
    {
        public const string WireCode = "ISSUED_ON_INVALID";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Given) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Year</c>: the year (number); <c>Missing</c>: what is missing (code: round, evaluation). A document of a round needs its evaluation.</summary>
    public sealed record DocumentUnavailable(decimal Year, string Missing) : RoundReason(WireCode)
    {
        public const string WireCode = "ROUND_DOCUMENT_UNAVAILABLE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Year), new Arg.Code(Missing) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Year</c>: the year (number). A round export goes into a store that has no round for that year.</summary>
    public sealed record RoundExists(decimal Year) : RoundReason(WireCode)
    {
        public const string WireCode = "ROUND_EXISTS";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Year) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>RuleSet</c>: the rule set given (typed).</summary>
    public sealed record RuleSetOfRoundUnknown(string RuleSet) : RoundReason(WireCode)
    {
        public const string WireCode = "ROUND_RULE_SET_UNKNOWN";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(RuleSet) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>An evaluation file with no submission, nothing to import.</summary>
    public sealed record ImportNothing() : RoundReason(WireCode)
    {
        public const string WireCode = "IMPORT_NOTHING";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Year</c>: the year (number); <c>Version</c>: the first bad event's version (number); <c>Fault</c>: the fault (code: HASH_MISMATCH, MISSING, OUT_OF_ORDER, TRUNCATED, HEAD_MISMATCH); <c>Expected</c>: the hash expected there (code); <c>Found</c>: the hash found (code).</summary>
    public sealed record ChainBroken(decimal Year, decimal Version, string Fault, string Expected, string Found) : RoundReason(WireCode)
    {
        public const string WireCode = "ROUND_CHAIN_BROKEN";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Year), new Arg.Number(Version), new Arg.Code(Fault), new Arg.Code(Expected), new Arg.Code(Found) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Year</c>: the year (number); <c>Events</c>: the events (number); <c>Head</c>: the chain head (code). Not a refusal: the verdict of a verification.</summary>
    public sealed record ChainIntact(decimal Year, decimal Events, string Head) : RoundReason(WireCode)
    {
        public const string WireCode = "ROUND_CHAIN_INTACT";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Year), new Arg.Number(Events), new Arg.Code(Head) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>The values: the event's number in the export, from 1 (number), its type (code). The decider would not have given it on the events before it (its refusals follow, under the same event).</summary>
    public sealed record ExportEventRefused(decimal Number, string Type) : RoundReason(WireCode)
    {
        public const string WireCode = "EXPORT_EVENT_REFUSED";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Number), new Arg.Code(Type) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>The export is signed, but the signature does not match its chain head and key.</summary>
    public sealed record ExportSignatureInvalid() : RoundReason(WireCode)
    {
        public const string WireCode = "EXPORT_SIGNATURE_INVALID";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Year</c>: the year (number); <c>Loaded</c>: the rule sets loaded with their years (typed). A round opened without a rule set takes the one of its year.</summary>
    public sealed record RuleSetForYearMissing(decimal Year, string Loaded) : RoundReason(WireCode)
    {
        public const string WireCode = "RULE_SET_FOR_YEAR_MISSING";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Year), new Arg.Typed(Loaded) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Year</c>: the year (number); <c>RuleSets</c>: the rule sets of that year (code, comma-separated). The office names one.</summary>
    public sealed record RuleSetForYearAmbiguous(decimal Year, string RuleSets) : RoundReason(WireCode)
    {
        public const string WireCode = "RULE_SET_FOR_YEAR_AMBIGUOUS";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Year), new Arg.Code(RuleSets) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }
}

/// <summary>One method per case of <see cref="RoundReason"/>.</summary>
public interface IRoundReasonVisitor<out T>
{
    T Visit(RoundReason.ActorRequired reason);
    T Visit(RoundReason.RoundNotOpen reason);
    T Visit(RoundReason.RoundAlreadyOpen reason);
    T Visit(RoundReason.NoUnits reason);
    T Visit(RoundReason.UnitListedTwice reason);
    T Visit(RoundReason.RoundApproved reason);
    T Visit(RoundReason.UnitNotInRound reason);
    T Visit(RoundReason.UnitMismatch reason);
    T Visit(RoundReason.ValueInvalid reason);
    T Visit(RoundReason.FindingIdRequired reason);
    T Visit(RoundReason.FindingExists reason);
    T Visit(RoundReason.FindingUnknown reason);
    T Visit(RoundReason.FindingWithdrawn reason);
    T Visit(RoundReason.InspectorRequired reason);
    T Visit(RoundReason.ReasonRequired reason);
    T Visit(RoundReason.SelfEvaluationsMissing reason);
    T Visit(RoundReason.EvaluationUnavailable reason);
    T Visit(RoundReason.StaleDigest reason);
    T Visit(RoundReason.NotApproved reason);
    T Visit(RoundReason.AlreadyApproved reason);
    T Visit(RoundReason.DigestNotApproved reason);
    T Visit(RoundReason.AlreadyPublished reason);
    T Visit(RoundReason.RoundNotFound reason);
    T Visit(RoundReason.NameMalformed reason);
    T Visit(RoundReason.EtagStale reason);
    T Visit(RoundReason.EtagMalformed reason);
    T Visit(RoundReason.RoleRequired reason);
    T Visit(RoundReason.ImportEmpty reason);
    T Visit(RoundReason.ExportOtherRound reason);
    T Visit(RoundReason.ExportEventUnreadable reason);
    T Visit(RoundReason.FigureGivenTwice reason);
    T Visit(RoundReason.DepartmentFiguresWouldBeRemoved reason);
    T Visit(RoundReason.FigureNotInMask reason);
    T Visit(RoundReason.SubmissionsClosed reason);
    T Visit(RoundReason.SubmissionsAlreadyClosed reason);
    T Visit(RoundReason.SubmissionsNotClosed reason);
    T Visit(RoundReason.NoticeNumberRequired reason);
    T Visit(RoundReason.MaskPathUnknown reason);
    T Visit(RoundReason.IssuedOnInvalid reason);
    T Visit(RoundReason.DocumentUnavailable reason);
    T Visit(RoundReason.RoundExists reason);
    T Visit(RoundReason.RuleSetOfRoundUnknown reason);
    T Visit(RoundReason.ImportNothing reason);
    T Visit(RoundReason.ChainBroken reason);
    T Visit(RoundReason.ChainIntact reason);
    T Visit(RoundReason.ExportEventRefused reason);
    T Visit(RoundReason.ExportSignatureInvalid reason);
    T Visit(RoundReason.RuleSetForYearMissing reason);
    T Visit(RoundReason.RuleSetForYearAmbiguous reason);
}
