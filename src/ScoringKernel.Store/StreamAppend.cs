namespace ScoringKernel.Store;

/// <summary>Events for one stream, to land only if the stream is still at <paramref name="ExpectedVersion"/>
/// (0: the stream must not exist yet).</summary>
public sealed record StreamAppend(string Stream, long ExpectedVersion, IReadOnlyList<NewEvent> Events);
