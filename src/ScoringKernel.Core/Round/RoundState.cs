using LanguageExt;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Round;

/// <summary>
/// The year's round as its events leave it: the opening, each unit's sources with every version, the findings
/// (active and withdrawn) in the order they were recorded, the current approval and publication, every reopening, and
/// whether submissions are closed.
/// </summary>
public sealed record RoundState(
    Option<RoundOpening> Opening,
    Seq<UnitSources> Units,
    Seq<RecordedFinding> Findings,
    Option<Approval> Approval,
    Option<Publication> Publication,
    Seq<Reopening> Reopenings)
{
    public static readonly RoundState Unopened =
        new(None, Seq<UnitSources>(), Seq<RecordedFinding>(), None, None, Seq<Reopening>());

    /// <summary>Set while submissions are closed (报送截止); cleared when the office reopens them or the round.</summary>
    public Option<SubmissionsClosing> SubmissionsClosing { get; init; }

    public RoundStatus Status =>
        Opening.IsNone ? RoundStatus.NotOpen
        : Publication.IsSome ? RoundStatus.Published
        : Approval.IsSome ? RoundStatus.Approved
        : SubmissionsClosing.IsSome ? RoundStatus.Closed
        : RoundStatus.Open;

    public Option<UnitSources> Unit(UnitCode unit) => Units.Find(u => u.Unit == unit);

    public Option<RecordedFinding> Finding(FindingId id) => Findings.Find(f => f.Id == id);

    public Seq<RecordedFinding> ActiveFindings => Findings.Filter(f => f.IsActive).Strict();

    public Seq<RecordedFinding> WithdrawnFindings => Findings.Filter(f => !f.IsActive).Strict();

    internal RoundState WithUnit(UnitCode unit, Func<UnitSources, UnitSources> change) =>
        this with { Units = Units.Map(u => u.Unit == unit ? change(u) : u).Strict() };
}
