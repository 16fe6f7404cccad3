namespace ScoringKernel.Core.Round;

/// <summary>Where the round stands: sources change only while it is <see cref="Open"/>.</summary>
public enum RoundStatus
{
    NotOpen,
    Open,
    Approved,
    Published,
    /// <summary>报送截止: submissions closed by the office; the evaluation may be approved, sources do not change until reopened.</summary>
    Closed,
}
