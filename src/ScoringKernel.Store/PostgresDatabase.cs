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
    public override async Task<DbTransaction> BeginAppendAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@AppendLock)",
            new { AppendLock }, transaction, cancellationToken: cancellationToken));
        return transaction;
    }

    public override bool IsStreamVersionTaken(DbException exception) =>
        exception is PostgresException { SqlState: UniqueViolation, ConstraintName: "events_stream_version" };

    public override SchemaState Migrate() => Migrations.Apply(DeployChanges.To.PostgresqlDatabase(connectionString), "Postgres");

    public override ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
