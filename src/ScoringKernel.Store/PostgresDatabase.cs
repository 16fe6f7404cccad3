using System.Data.Common;
using Dapper;
using DbUp;
using Npgsql;

namespace ScoringKernel.Store;

/// <summary>A PostgreSQL database through one pooled data source.</summary>
internal sealed class PostgresDatabase(string connectionString) : EventDatabase
{
    // The key of the transaction-scoped advisory lock every append takes (any fixed number; this one spells "SKEVENTS").
    private const long AppendLock = 0x534B_4556_454E_5453;

    private const string UniqueViolation = "23505";

    private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connectionString);

    public override string Provider => "postgres";

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    // Identity values are handed out when a row is inserted but seen when its transaction commits; two appends
    // committing out of order would let a reader of all events pass a position that appears later. One append at a
    // time (the lock is released at commit or rollback) keeps positions visible in order; the round's write rate is
    // far below what that costs. The (stream, version) constraint is still what refuses a stale append.
    public override async Task<DbTransaction> BeginAppendAsync(DbConnection connection, IReadOnlyList<string> streams, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Stream locks in one order (by key), so two appends to the same streams never wait on each other crosswise.
        foreach (var key in streams.Select(StreamLock).Order())
            await Lock(connection, transaction, key, cancellationToken);
        await LockAppendsAsync(connection, transaction, cancellationToken);
        return transaction;
    }

    // An exclusive append (decide on the stream as it is, then append) holds the stream's lock while it reads and
    // decides and takes the append lock only to insert: writers of other streams are not held up by its deciding.
    public override async Task<DbTransaction> BeginExclusiveAsync(DbConnection connection, string stream, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await Lock(connection, transaction, StreamLock(stream), cancellationToken);
        return transaction;
    }

    public override Task LockAppendsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Lock(connection, transaction, AppendLock, cancellationToken);

    private static Task Lock(DbConnection connection, DbTransaction transaction, long key, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@key)", new { key }, transaction, cancellationToken: cancellationToken));

    /// <summary>A stream's advisory-lock key: the first 8 bytes of the SHA-256 of its name.</summary>
    private static long StreamLock(string stream) =>
        BitConverter.ToInt64(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("stream:" + stream)), 0);

    public override bool IsStreamVersionTaken(DbException exception) =>
        exception is PostgresException { SqlState: UniqueViolation, ConstraintName: "events_stream_version" };

    public override SchemaState Migrate() => Migrations.Apply(DeployChanges.To.PostgresqlDatabase(connectionString), "Postgres");

    public override ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
