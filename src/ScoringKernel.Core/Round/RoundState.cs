using LanguageExt;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Round;

/// <summary>
/// The year's round as its events leave it: where it stands (<see cref="RoundStage"/>: its opening, and whether
/// submissions are closed, the evaluation approved, the notice published), each unit's sources with every version, the
/// findings (active and withdrawn) in the order they were recorded, and every reopening.
/// </summary>
public sealed record RoundState(
    RoundStage Stage,
    Seq<UnitSources> Units,
    Seq<RecordedFinding> Findings,
    Seq<Reopening> Reopenings)
{
    public static readonly RoundState Unopened =
        new(RoundStage.Unopened, Seq<UnitSources>(), Seq<RecordedFinding>(), Seq<Reopening>());

    public RoundStatus Status => Stage.Status;

    public Option<RoundOpening> Opening => Stage.Opening;

    /// <summary>Set while submissions are closed (报送截止); cleared when the office reopens them or the round.</summary>
    public Option<SubmissionsClosing> SubmissionsClosing => Stage.SubmissionsClosing;

    public Option<Approval> Approval => Stage.Approval;

    public Option<Publication> Publication => Stage.Publication;

    public Option<UnitSources> Unit(UnitCode unit) => Units.Find(u => u.Unit == unit);

    public Option<RecordedFinding> Finding(FindingId id) => Findings.Find(f => f.Id == id);

    public Seq<RecordedFinding> ActiveFindings => Findings.Filter(f => f.IsActive).Strict();

    public Seq<RecordedFinding> WithdrawnFindings => Findings.Filter(f => !f.IsActive).Strict();

    internal RoundState WithUnit(UnitCode unit, Func<UnitSources, UnitSources> change) =>
        this with { Units = Units.Map(u => u.Unit == unit ? change(u) : u).Strict() };
}
