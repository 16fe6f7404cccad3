using ScoringKernel.Store;
using ScoringKernel.TestSupport;

namespace ScoringKernel.Benchmarks;

/// <summary>
/// A durable event store for one benchmark run, as in production: a SQLite file (WAL, synchronous FULL) in a temporary
/// folder, or a PostgreSQL server started for the run with fsync on. Disposing closes the store and removes what it made.
/// </summary>
public sealed class BenchmarkStore : IDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private readonly PostgresServer? postgres;
    private readonly string? sqliteFolder;

    public SqlEventStore Store { get; }

    public BenchmarkStore(string database)
    {
        string setting;
        if (database == Postgres)
        {
            postgres = new PostgresServer(durable: true);
            setting = $"postgres:{postgres.CreateDatabase("bench")}";
        }
        else
        {
            sqliteFolder = Directory.CreateTempSubdirectory("sk-bench-").FullName;
            setting = $"sqlite:{Path.Combine(sqliteFolder, "events.db")}";
        }
        Store = EventStores.Open(setting);
    }

    public void Dispose()
    {
        Store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        postgres?.Dispose();
        if (sqliteFolder is not null) Directory.Delete(sqliteFolder, recursive: true);
    }
}
