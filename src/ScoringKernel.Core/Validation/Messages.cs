using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Validation;

/// <summary>The one wording of each problem that several ways in report, so a unit unknown to the table reads the same everywhere.</summary>
public static class Messages
{
    /// <summary>Why a unit code is not a scored unit of <paramref name="table"/>: not in it at all, or a row that belongs to no group.</summary>
    public static string NotScored(TargetTable table, UnitCode code) =>
        table.Rows.Find(r => r.Code == code).Match(
            r => $"{r.Name} ({code}) is in the target table but not scored: it belongs to no assessment group",
            () => $"unit {code} is not in the target table");

    public static string NoFigures(UnitCode code) => $"no figures for unit {code}";

    public static string NoFigures(UnitTargets unit) => $"no figures for {unit.Name} ({unit.Code})";

    public static string GivenTwice(UnitCode code) => $"unit {code} is given more than once";

    public static string NoParameter(string path) => $"no rule-set parameter '{path}'; GetRuleSet lists them";
}
