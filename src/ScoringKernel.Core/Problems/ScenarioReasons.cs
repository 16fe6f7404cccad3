namespace ScoringKernel.Core.Problems;

/// <summary>Why a scenario, a comparison or a sweep is refused.</summary>
public static class ScenarioReasons
{
    /// <summary>Args: the overrides given, the most allowed.</summary>
    public static readonly Reason TooManyOverrides = new LegacyReason("OVERRIDES_TOO_MANY");
    /// <summary>Args: the parameter path (code).</summary>
    public static readonly Reason UnknownParameter = new LegacyReason("PARAMETER_UNKNOWN");
    /// <summary>Args: the parameter path (code), the target column (code) that governs it.</summary>
    public static readonly Reason ParameterGovernedByTable = new LegacyReason("PARAMETER_GOVERNED_BY_TABLE");
    /// <summary>Args: the unit kind (code).</summary>
    public static readonly Reason NoUnitOfKind = new LegacyReason("SCOPE_NO_UNIT_OF_KIND");
    /// <summary>Args: the group (code).</summary>
    public static readonly Reason NoUnitInGroup = new LegacyReason("SCOPE_NO_UNIT_IN_GROUP");
    /// <summary>No args: a unit policy has no numeric value to sweep.</summary>
    public static readonly Reason SweepPolicy = new LegacyReason("SWEEP_UNIT_POLICY");
    /// <summary>Args: the start, the stop.</summary>
    public static readonly Reason SweepStopBelowStart = new LegacyReason("SWEEP_STOP_BELOW_START");
    /// <summary>Args: the points the range gives, the most allowed.</summary>
    public static readonly Reason SweepTooManyPoints = new LegacyReason("SWEEP_TOO_MANY_POINTS");
    /// <summary>Args: the scenarios given, the most allowed.</summary>
    public static readonly Reason TooManyScenarios = new LegacyReason("SCENARIOS_TOO_MANY");
}
