namespace ScoringKernel.Core.Problems;

/// <summary>Why a threshold question is refused rather than answered approximately.</summary>
public static class ThresholdReasons
{
    /// <summary>No args: the unit policy is a choice of three, not a number; compare the three scenarios instead.</summary>
    public static readonly Reason PolicyNotNumeric = new LegacyReason("THRESHOLD_UNIT_POLICY");
    /// <summary>Args: the figure. The figure has no better direction the regulation fixes, so its scores need not move one way and the exact analysis does not hold.</summary>
    public static readonly Reason FigureWithoutDirection = new LegacyReason("THRESHOLD_FIGURE_WITHOUT_DIRECTION");
    /// <summary>Args: the from, the to.</summary>
    public static readonly Reason RangeEmpty = new LegacyReason("THRESHOLD_RANGE_EMPTY");
    /// <summary>Args: the value, the grid the parameter's values lie on.</summary>
    public static readonly Reason OffGrid = new LegacyReason("THRESHOLD_OFF_GRID");
    /// <summary>Args: the score evaluations the question needs at least, the most allowed.</summary>
    public static readonly Reason TooManyEvaluations = new LegacyReason("THRESHOLD_TOO_MANY_EVALUATIONS");
}
