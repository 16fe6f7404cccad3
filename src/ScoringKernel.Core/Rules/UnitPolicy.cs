namespace ScoringKernel.Core.Rules;

/// <summary>How "deduct D per S short" counts a partial step (specs/docs/readings.md, "Partial steps").</summary>
public enum UnitPolicy
{
    /// <summary>0.7 of a step deducts 0.7 × D.</summary>
    Proportional,
    /// <summary>Only complete steps count (floor).</summary>
    WholeUnits,
    /// <summary>Any started step counts (ceiling).</summary>
    StartedUnits,
}
