using System.Data.Common;
using Dapper;
using DbUp;
using Microsoft.Data.Sqlite;

namespace ScoringKernel.Store;

/// <summary>A SQLite file in WAL mode (readers never wait for the writer). A writer that finds the file locked waits
/// up to <see cref="BusyTimeoutSeconds"/> instead of failing.</summary>
internal sealed class SqliteDatabase : EventDatabase
{
    public const int BusyTimeoutSeconds = 30;

    // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY.
    private const int UniqueViolation = 2067, PrimaryKeyViolation = 1555;

    /// <summary>The path that names a private in-memory database (<c>sqlite::memory:</c>): for tests, gone when the store is disposed.</summary>
    public const string InMemory = ":memory:";

    private readonly string connectionString;

    // An in-memory database lives while a connection to it is open: this one, from creation to disposal.
    private readonly SqliteConnection? keeper;

    public SqliteDatabase(string path)
    {
        if (path == InMemory)
        {
            Path = InMemory;
            connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = $"scoring-{Guid.NewGuid():N}",
                Mode = SqliteOpenMode.Memory,
                Cache = SqliteCacheMode.Shared,
                Pooling = false,
                DefaultTimeout = BusyTimeoutSeconds,
            }.ToString();
            keeper = new SqliteConnection(connectionString);
            keeper.Open();
            return;
        }
        var fullPath = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        Path = fullPath;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = BusyTimeoutSeconds,
        }.ToString();
    }

    public string Path { get; }

    public override string Provider => "sqlite";

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // Per connection, not per file: a pooled connection keeps it, a new one needs it.
        await connection.ExecuteAsync($"PRAGMA busy_timeout = {BusyTimeoutSeconds * 1000};");
        return connection;
    }

    // BEGIN IMMEDIATE takes the write lock at the start (waiting out the busy timeout if another append holds it):
    // a deferred transaction that reads and then writes could fail on the upgrade to a write lock without waiting.
    // Microsoft.Data.Sqlite does its work synchronously (its async methods too), so a waiting writer holds a thread.
    // One writer at a time per file (from any process) is already a lock on every stream.
    public override Task<DbTransaction> BeginAppendAsync(DbConnection connection, IReadOnlyList<string> streams, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    public override Task<DbTransaction> BeginExclusiveAsync(DbConnection connection, string stream, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    public override Task LockAppendsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    public override bool IsStreamVersionTaken(DbException exception) =>
        exception is SqliteException { SqliteExtendedErrorCode: UniqueViolation or PrimaryKeyViolation };

    public override SchemaState Migrate()
    {
        if (keeper is not null) return Migrations.Apply(DeployChanges.To.SqliteDatabase(connectionString), "Sqlite");
        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            // WAL is a property of the file: set once, it stays.
            var mode = connection.ExecuteScalar<string>("PRAGMA journal_mode = WAL;");
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException($"event store: SQLite file {Path} refused WAL mode (journal_mode is {mode})");
        }
        return Migrations.Apply(DeployChanges.To.SqliteDatabase(connectionString), "Sqlite");
    }

    public override ValueTask DisposeAsync()
    {
        keeper?.Dispose();
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }
}
