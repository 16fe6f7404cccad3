namespace ScoringKernel.Store;

/// <summary>
/// An append-only log of events in streams. Appends are optimistic: each names the version it expects the stream
/// to be at, and lands whole or not at all. Nothing is ever changed or removed.
/// </summary>
public interface IEventStore : IAsyncDisposable
{
    /// <summary>Appends <paramref name="events"/> (at least one) to <paramref name="stream"/> if it is at
    /// <paramref name="expectedVersion"/> (0 for a new stream); otherwise writes nothing and says where it is.</summary>
    Task<AppendResult> AppendAsync(string stream, long expectedVersion, IReadOnlyList<NewEvent> events,
        CancellationToken cancellationToken = default);

    /// <summary>Appends to several distinct streams in one transaction: all of them, or, if any stream is not at
    /// its expected version, none.</summary>
    Task<AppendManyResult> AppendManyAsync(IReadOnlyList<StreamAppend> appends,
        CancellationToken cancellationToken = default);

    /// <summary>Decides on the stream as it is and appends what was decided, with no other append to it in between:
    /// <paramref name="decide"/> gets the recorded head and the events after <paramref name="knownVersion"/> and returns
    /// the events to append (none: nothing is written). Returns the events appended, hashed.</summary>
    Task<IReadOnlyList<StoredEvent>> AppendExclusiveAsync(string stream, long knownVersion,
        Func<StreamHead, IReadOnlyList<StoredEvent>, IReadOnlyList<NewEvent>> decide, CancellationToken cancellationToken = default);

    /// <summary>The stream's last version and hash as the appends recorded them (<see cref="StreamHead.None"/> if none).</summary>
    Task<StreamHead> ReadHeadAsync(string stream, CancellationToken cancellationToken = default);

    /// <summary>The stream's events from <paramref name="fromVersion"/> on, in version order.</summary>
    Task<IReadOnlyList<StoredEvent>> ReadStreamAsync(string stream, long fromVersion = 1,
        CancellationToken cancellationToken = default);

    /// <summary>The stream's version: the number of its events, 0 if it has none.</summary>
    Task<long> CurrentVersionAsync(string stream, CancellationToken cancellationToken = default);

    /// <summary>The names of the streams that start with <paramref name="prefix"/>, in the byte order of their UTF-8.</summary>
    Task<IReadOnlyList<string>> ListStreamsAsync(string prefix = "", CancellationToken cancellationToken = default);

    /// <summary>Every event with a position of at least <paramref name="fromPosition"/>, in position order, at most
    /// <paramref name="maxCount"/> of them (to read in pages: go on from the last position + 1).</summary>
    Task<IReadOnlyList<StoredEvent>> ReadAllAsync(long fromPosition = 1, int maxCount = int.MaxValue,
        CancellationToken cancellationToken = default);
}
