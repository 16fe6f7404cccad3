namespace ScoringKernel.Store;

/// <summary>An event to append: what happened (<paramref name="Type"/>, <paramref name="Payload"/> as JSON text)
/// and who did it. The store stamps the time, unless <paramref name="RecordedAt"/> brings one (a signed export
/// restored as it was recorded).</summary>
public sealed record NewEvent(string Type, string Payload, string Actor, DateTimeOffset? RecordedAt = null);
