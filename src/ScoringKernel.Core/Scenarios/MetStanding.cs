namespace ScoringKernel.Core.Scenarios;

/// <summary>How a unit that needs no change stands against its goal.</summary>
public enum MetStanding
{
    /// <summary>Its total is at or above the pass line.</summary>
    AtOrAbovePassLine,
    /// <summary>It holds a Class 1 place already.</summary>
    HoldsClass1,
    /// <summary>Its total reaches the total the goal needs.</summary>
    TotalReachesThreshold,
}
