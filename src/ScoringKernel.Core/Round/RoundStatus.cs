namespace ScoringKernel.Core.Round;

/// <summary>Where the round stands: sources change only while it is <see cref="Open"/>.</summary>
public enum RoundStatus
{
    NotOpen,
    Open,
    Approved,
    Published,
}
