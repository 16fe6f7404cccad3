namespace ScoringKernel.Store;

/// <summary>
/// One event as the store keeps it. <paramref name="Version"/> counts from 1 within its stream;
/// <paramref name="Position"/> orders every event of every stream (it increases, and may skip numbers).
/// <paramref name="Payload"/> is JSON text, returned exactly as it was appended. <see cref="Hash"/> chains it to the
/// event before it (<see cref="EventChain"/>).
/// </summary>
public sealed record StoredEvent(
    long Position,
    string Stream,
    long Version,
    string Type,
    string Payload,
    DateTimeOffset RecordedAt,
    string Actor)
{
    public string Hash { get; init; } = "";
}
