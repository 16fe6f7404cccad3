namespace ScoringKernel.Store;

/// <summary>An event to append: what happened (<paramref name="Type"/>, <paramref name="Payload"/> as JSON text)
/// and who did it. The store stamps the time.</summary>
public sealed record NewEvent(string Type, string Payload, string Actor);
