using System.Data.Common;
using System.Globalization;
using Dapper;

namespace ScoringKernel.Store;

// Dapper, not EF Core: plain SQL we can read, with parameters, and no change tracking, which an append-only log does
// not need; EF Core's migrations and tracking buy nothing here. One SQL text serves SQLite and PostgreSQL alike;
// EventDatabase holds the little that differs.

/// <summary>
/// The event store over a SQL database. An append inserts versions expected+1.. of its stream; the database's
/// UNIQUE (stream, version) constraint refuses it when another append took one of those versions first, and that
/// refusal comes back as a conflict. An expectation ahead of the stream (a version it has not reached) is a conflict
/// too. Triggers refuse every UPDATE and DELETE of an event.
/// </summary>
public sealed class SqlEventStore : IEventStore
{
    private const string Columns =
        "position AS Position, stream AS Stream, version AS Version, type AS Type, payload AS Payload, " +
        "recorded_at AS RecordedAt, actor AS Actor, hash AS Hash";

    private const string InsertSql =
        "INSERT INTO events (stream, version, type, payload, recorded_at, actor, hash) " +
        "VALUES (@Stream, @Version, @Type, @Payload, @RecordedAt, @Actor, @Hash) RETURNING position";

    private const string HeadSql = "SELECT version AS Version, hash AS Hash FROM stream_heads WHERE stream = @Stream";

    private const string SetHeadSql =
        "INSERT INTO stream_heads (stream, version, hash) VALUES (@Stream, @Version, @Hash) " +
        "ON CONFLICT (stream) DO UPDATE SET version = excluded.version, hash = excluded.hash";

    private const string CurrentVersionSql = "SELECT COALESCE(MAX(version), 0) FROM events WHERE stream = @Stream";

    private readonly EventDatabase database;
    private readonly TimeProvider time;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ExclusiveBatches> exclusive = new(StringComparer.Ordinal);

    internal SqlEventStore(EventDatabase database, TimeProvider time)
    {
        this.database = database;
        this.time = time;
        Schema = database.Migrate();
        ChainBackfill.Run(database);
    }

    /// <summary>"sqlite" or "postgres".</summary>
    public string Provider => database.Provider;

    /// <summary>The schema as this start-up found and left it.</summary>
    public SchemaState Schema { get; }

    /// <summary>
    /// For a readiness probe: the migration scripts this start-up left applied that the database's journal no longer
    /// holds (none while the store is as migrated). Throws the database's own exception when it does not answer.
    /// </summary>
    public async Task<IReadOnlyList<string>> MissingMigrationsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // DbUp's journal: SchemaVersions in SQLite, schemaversions in PostgreSQL (unquoted names match both).
        var journal = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT scriptname FROM schemaversions", cancellationToken: cancellationToken))).ToHashSet(StringComparer.Ordinal);
        return Schema.Applied.Where(s => !journal.Contains(s)).ToList();
    }

    public async Task<AppendResult> AppendAsync(string stream, long expectedVersion, IReadOnlyList<NewEvent> events,
        CancellationToken cancellationToken = default) =>
        (await AppendManyAsync([new StreamAppend(stream, expectedVersion, events)], cancellationToken))
            .Match<AppendResult>(appended => appended.Streams[0], conflict => conflict.Streams[0]);

    public async Task<AppendManyResult> AppendManyAsync(IReadOnlyList<StreamAppend> appends,
        CancellationToken cancellationToken = default)
    {
        Check(appends);
        // Both databases keep microseconds; cut the rest here so what is read back is what was stamped.
        var recordedAt = Now();

        await using var connection = await database.OpenAsync(cancellationToken);
        StreamAppend refused;
        await using (var transaction = await database.BeginAppendAsync(connection, appends.Select(a => a.Stream).ToList(), cancellationToken))
        {
            var appended = new List<AppendResult.Appended>(appends.Count);
            foreach (var append in appends)
            {
                var landed = await TryAppendAsync(connection, transaction, append, recordedAt, cancellationToken);
                if (landed is null) break;
                appended.Add(landed);
            }
            if (appended.Count == appends.Count)
            {
                await transaction.CommitAsync(cancellationToken);
                return new AppendManyResult.Appended(appended);
            }
            refused = appends[appended.Count];
            await transaction.RollbackAsync(cancellationToken);
        }
        return new AppendManyResult.Conflict(await ConflictsAsync(connection, appends, refused, cancellationToken));
    }

    /// <summary>Inserts one stream's events, chained to its head, or returns null when the stream is not at the expected version.</summary>
    private static async Task<AppendResult.Appended?> TryAppendAsync(DbConnection connection, DbTransaction transaction,
        StreamAppend append, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        var head = await HeadAsync(connection, transaction, append.Stream, cancellationToken);
        if (head.Version != append.ExpectedVersion) return null;
        var stored = await InsertAsync(connection, transaction, append.Stream, head, append.Events, recordedAt, cancellationToken);
        return new AppendResult.Appended(append.Stream, stored[^1].Version, stored[^1].Position);
    }

    /// <summary>The events after <paramref name="head"/>, each hashed onto the one before, and the stream's new head.</summary>
    private static async Task<IReadOnlyList<StoredEvent>> InsertAsync(DbConnection connection, DbTransaction transaction, string stream,
        StreamHead head, IReadOnlyList<NewEvent> events, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        var stored = new List<StoredEvent>(events.Count);
        var (version, hash) = (head.Version, head.Hash);
        foreach (var e in events)
        {
            version++;
            var at = e.RecordedAt is { } given ? Microseconds(given) : recordedAt;
            hash = EventChain.Hash(hash, stream, version, e.Type, e.Actor, at, e.Payload);
            var position = await connection.ExecuteScalarAsync<long>(new CommandDefinition(InsertSql,
                new { Stream = stream, Version = version, e.Type, e.Payload, RecordedAt = at, e.Actor, Hash = hash },
                transaction, cancellationToken: cancellationToken));
            stored.Add(new StoredEvent(position, stream, version, e.Type, e.Payload, at, e.Actor) { Hash = hash });
        }
        await connection.ExecuteAsync(new CommandDefinition(SetHeadSql, new { Stream = stream, Version = version, Hash = hash },
            transaction, cancellationToken: cancellationToken));
        return stored;
    }

    private static async Task<StreamHead> HeadAsync(DbConnection connection, DbTransaction? transaction, string stream, CancellationToken cancellationToken) =>
        (await connection.QuerySingleOrDefaultAsync<HeadRow>(new CommandDefinition(HeadSql, new { Stream = stream }, transaction,
            cancellationToken: cancellationToken)))?.ToHead() ?? StreamHead.None;

    /// <summary>
    /// Decides on a stream as it is and appends what was decided, with no other append to that stream in between (from
    /// this process or another): under the stream's lock, <paramref name="decide"/> gets the head the appends recorded
    /// and the events after <paramref name="knownVersion"/>, and returns the events to append (none: nothing is
    /// written). Returns the events appended, hashed, once they are committed. Writers never retry: they wait for the
    /// lock; the writers of this process that wait together are decided in turn and committed together
    /// (<see cref="ExclusiveBatches"/>).
    /// </summary>
    public Task<IReadOnlyList<StoredEvent>> AppendExclusiveAsync(string stream, long knownVersion,
        Func<StreamHead, IReadOnlyList<StoredEvent>, IReadOnlyList<NewEvent>> decide, CancellationToken cancellationToken = default)
    {
        EventText.CheckName(stream, nameof(stream));
        ArgumentNullException.ThrowIfNull(decide);
        return exclusive.GetOrAdd(stream, _ => new ExclusiveBatches())
            .Enqueue(new ExclusiveBatches.Waiting(knownVersion, decide, cancellationToken), batch => WriteBatchAsync(stream, batch));
    }

    /// <summary>One transaction for a batch of exclusive appends: each decided on the stream as the ones before it left
    /// it; one commit; then each told what it appended. An append whose decision throws is told so and the others go on.</summary>
    private async Task WriteBatchAsync(string stream, IReadOnlyList<ExclusiveBatches.Waiting> batch)
    {
        var live = batch.Where(w => !w.Cancellation.IsCancellationRequested).ToList();
        if (live.Count == 0) return;
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var transaction = await database.BeginExclusiveAsync(connection, stream, CancellationToken.None);
        StreamHead head;
        List<StoredEvent> known;
        var from = live.Min(w => w.KnownVersion);
        // The head and the newer events in one round trip.
        await using (var grid = await connection.QueryMultipleAsync(new CommandDefinition(
            $"{HeadSql}; SELECT {Columns} FROM events WHERE stream = @Stream AND version > @from ORDER BY version",
            new { Stream = stream, from }, transaction)))
        {
            head = (await grid.ReadSingleOrDefaultAsync<HeadRow>())?.ToHead() ?? StreamHead.None;
            known = (await grid.ReadAsync<EventRow>()).Select(r => r.ToStoredEvent()).ToList();
        }
        var appended = new IReadOnlyList<StoredEvent>?[live.Count];
        var locked = false;
        for (var i = 0; i < live.Count; i++)
        {
            var append = live[i];
            IReadOnlyList<NewEvent> events;
            try
            {
                events = append.Decide(head, known.Where(e => e.Version > append.KnownVersion).ToList());
                for (var j = 0; j < events.Count; j++) EventText.CheckEvent(events[j], $"events[{j}]");
            }
            catch (Exception e)
            {
                append.Answer.TrySetException(e);
                continue;
            }
            if (events.Count == 0)
            {
                appended[i] = [];
                continue;
            }
            if (!locked)
            {
                await database.LockAppendsAsync(connection, transaction, CancellationToken.None);
                locked = true;
            }
            var stored = await InsertAsync(connection, transaction, stream, head, events, Now(), CancellationToken.None);
            head = new StreamHead(stored[^1].Version, stored[^1].Hash);
            known.AddRange(stored);
            appended[i] = stored;
        }
        if (locked) await transaction.CommitAsync(CancellationToken.None);
        else await transaction.RollbackAsync(CancellationToken.None);
        for (var i = 0; i < live.Count; i++)
            if (appended[i] is { } stored) live[i].Answer.TrySetResult(stored);
    }

    /// <summary>The head the appends recorded for the stream (version 0 if none).</summary>
    public async Task<StreamHead> ReadHeadAsync(string stream, CancellationToken cancellationToken = default)
    {
        EventText.CheckName(stream, nameof(stream));
        await using var connection = await database.OpenAsync(cancellationToken);
        return await HeadAsync(connection, null, stream, cancellationToken);
    }

    /// <summary>Now, cut to the microseconds both databases keep, so what is read back is what was stamped (and hashed).</summary>
    private DateTimeOffset Now() => Microseconds(time.GetUtcNow());

    private static DateTimeOffset Microseconds(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % 10));
    }

    /// <summary>Every stream of a refused append that is not where it was expected, read after the rollback. The
    /// stream that was refused is always among them, even if it has since reached the expected version (then the
    /// conflict says so, and trying again may land).</summary>
    private static async Task<IReadOnlyList<AppendResult.Conflict>> ConflictsAsync(DbConnection connection,
        IReadOnlyList<StreamAppend> appends, StreamAppend refused, CancellationToken cancellationToken)
    {
        var conflicts = new List<AppendResult.Conflict>();
        foreach (var append in appends)
        {
            var current = await CurrentVersionAsync(connection, append.Stream, cancellationToken);
            if (current != append.ExpectedVersion || ReferenceEquals(append, refused))
                conflicts.Add(new AppendResult.Conflict(append.Stream, append.ExpectedVersion, current));
        }
        return conflicts;
    }

    public async Task<IReadOnlyList<StoredEvent>> ReadStreamAsync(string stream, long fromVersion = 1,
        CancellationToken cancellationToken = default)
    {
        EventText.CheckName(stream, nameof(stream));
        return await QueryAsync(
            $"SELECT {Columns} FROM events WHERE stream = @stream AND version >= @fromVersion ORDER BY version",
            new { stream, fromVersion }, cancellationToken);
    }

    public async Task<long> CurrentVersionAsync(string stream, CancellationToken cancellationToken = default)
    {
        EventText.CheckName(stream, nameof(stream));
        await using var connection = await database.OpenAsync(cancellationToken);
        return await CurrentVersionAsync(connection, stream, cancellationToken);
    }

    private static Task<long> CurrentVersionAsync(DbConnection connection, string stream, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition(CurrentVersionSql, new { Stream = stream },
            cancellationToken: cancellationToken));

    public async Task<IReadOnlyList<string>> ListStreamsAsync(string prefix = "", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        await using var connection = await database.OpenAsync(cancellationToken);
        // substr, not LIKE: SQLite's LIKE ignores ASCII case, and a prefix would need its % and _ escaped.
        var streams = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT stream FROM events WHERE substr(stream, 1, length(@prefix)) = @prefix ORDER BY stream",
            new { prefix }, cancellationToken: cancellationToken));
        return streams.AsList();
    }

    public async Task<IReadOnlyList<StoredEvent>> ReadAllAsync(long fromPosition = 1, int maxCount = int.MaxValue,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxCount);
        return await QueryAsync($"SELECT {Columns} FROM events WHERE position >= @fromPosition ORDER BY position LIMIT @maxCount",
            new { fromPosition, maxCount = (long)maxCount }, cancellationToken);
    }

    private async Task<IReadOnlyList<StoredEvent>> QueryAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<EventRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToStoredEvent()).ToList();
    }

    private static void Check(IReadOnlyList<StreamAppend> appends)
    {
        ArgumentNullException.ThrowIfNull(appends);
        if (appends.Count == 0) throw new ArgumentException("nothing to append", nameof(appends));
        var streams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < appends.Count; i++)
        {
            var append = appends[i] ?? throw new ArgumentNullException($"appends[{i}]");
            EventText.CheckName(append.Stream, $"appends[{i}].Stream");
            if (!streams.Add(append.Stream))
                throw new ArgumentException($"stream '{append.Stream}' is named twice; give its events in one StreamAppend", nameof(appends));
            ArgumentOutOfRangeException.ThrowIfNegative(append.ExpectedVersion, $"appends[{i}].ExpectedVersion");
            ArgumentNullException.ThrowIfNull(append.Events, $"appends[{i}].Events");
            if (append.Events.Count == 0) throw new ArgumentException($"appends[{i}] has no events", nameof(appends));
            for (var j = 0; j < append.Events.Count; j++) EventText.CheckEvent(append.Events[j], $"appends[{i}].Events[{j}]");
        }
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    private sealed class HeadRow
    {
        public long Version { get; init; }
        public string Hash { get; init; } = "";

        public StreamHead ToHead() => new(Version, Hash);
    }

    /// <summary>A row as Dapper reads it. recorded_at arrives as SQLite's text or PostgreSQL's UTC DateTime.</summary>
    private sealed class EventRow
    {
        public long Position { get; init; }
        public string Stream { get; init; } = "";
        public long Version { get; init; }
        public string Type { get; init; } = "";
        public string Payload { get; init; } = "";
        public object RecordedAt { get; init; } = "";
        public string Actor { get; init; } = "";
        public string? Hash { get; init; }

        public StoredEvent ToStoredEvent() => new(Position, Stream, Version, Type, Payload, Utc(RecordedAt), Actor) { Hash = Hash ?? "" };

        private static DateTimeOffset Utc(object value) => RecordedTime(value);
    }

    /// <summary>recorded_at as read: SQLite's text or PostgreSQL's UTC DateTime.</summary>
    internal static DateTimeOffset RecordedTime(object value) => value switch
    {
        DateTimeOffset o => o.ToUniversalTime(),
        DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        string s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime(),
        _ => throw new InvalidOperationException($"recorded_at read as {value.GetType()}"),
    };
}
