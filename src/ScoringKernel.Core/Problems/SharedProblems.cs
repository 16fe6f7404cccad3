using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Problems;

/// <summary>The one problem each shared refusal is, so a unit unknown to the table is the same problem everywhere.</summary>
public static class SharedProblems
{
    /// <summary>Why a unit code is not a scored unit of <paramref name="table"/>: not in it at all, or a row that belongs to no group.</summary>
    public static Problem NotScored(TargetTable table, UnitCode code) =>
        Problem.Of(table.Rows.Exists(r => r.Code == code) ? new UnitReason.NotScored(code) : new UnitReason.NotInTable(code));

    public static Problem NoFigures(UnitCode code) => Problem.Of(new UnitReason.NoFigures(code));

    public static Problem GivenTwice(UnitCode code) => Problem.Of(new UnitReason.GivenTwice(code));

    public static Problem NoParameter(string path) => Problem.Of(new ScenarioReason.UnknownParameter(path));
}
