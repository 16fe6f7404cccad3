namespace ScoringKernel.Core.Round;

/// <summary>Submissions closed (报送截止): why (possibly empty), by whom and when.</summary>
public sealed record SubmissionsClosing(string Reason, Actor ClosedBy, DateTimeOffset ClosedAt);
