using System.Data.Common;

namespace ScoringKernel.Store;

/// <summary>What differs between the databases behind <see cref="SqlEventStore"/>: how a connection is opened, how an
/// append's transaction starts, how a unique violation is recognised, and how the schema is migrated. The SQL of
/// every read and write is shared.</summary>
internal abstract class EventDatabase : IAsyncDisposable
{
    public abstract string Provider { get; }

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>A transaction for an append to <paramref name="streams"/>: each stream's lock, then the append lock.
    /// Both databases let one append run at a time, so positions become visible in the order they were handed out and
    /// a reader of all events never sees a later one before an earlier.</summary>
    public abstract Task<DbTransaction> BeginAppendAsync(DbConnection connection, IReadOnlyList<string> streams, CancellationToken cancellationToken);

    /// <summary>A transaction holding <paramref name="stream"/>'s lock until it ends: no other append to that stream,
    /// from this process or another, lands meanwhile. Take <see cref="LockAppendsAsync"/> before inserting.</summary>
    public abstract Task<DbTransaction> BeginExclusiveAsync(DbConnection connection, string stream, CancellationToken cancellationToken);

    /// <summary>The append lock of <see cref="BeginAppendAsync"/>, taken late in an exclusive transaction.</summary>
    public abstract Task LockAppendsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Whether the failure is the (stream, version) constraint refusing a version that exists.</summary>
    public abstract bool IsStreamVersionTaken(DbException exception);

    public abstract SchemaState Migrate();

    public abstract ValueTask DisposeAsync();
}
