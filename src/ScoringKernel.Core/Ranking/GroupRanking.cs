using LanguageExt;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Ranking;

/// <summary>
/// One unit's place in its group: competition rank (none when disqualified), grade, and whether it is tied
/// with another unit on the total and every tie-break score (<c>tie_unresolved</c>, for the Leading Group to decide).
/// </summary>
public sealed record RankedUnit(UnitCode Unit, string Name, decimal Total, Option<int> Rank, Grade Grade, bool TieUnresolved);

/// <summary>A group's units in ranking order (eligible units by rank, then disqualified units by code).</summary>
public sealed record GroupRanking(AssessmentGroup Group, int Class1Quota, Seq<RankedUnit> Units)
{
    public int Count(Grade grade) => Units.Count(u => u.Grade == grade);
}
