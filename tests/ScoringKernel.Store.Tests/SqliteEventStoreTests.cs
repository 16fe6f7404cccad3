using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ScoringKernel.Store.Tests;

/// <summary>The contract on a SQLite file in a temporary folder, one file per test.</summary>
public sealed class SqliteEventStoreTests : EventStoreContract, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sk-store-").FullName;
    private string? path;

    protected override string NewDatabase() => $"sqlite:{path ??= Path.Combine(folder, "nested", "events.db")}";

    protected override DbConnection OpenRaw(string setting)
    {
        var connection = new SqliteConnection($"Data Source={setting["sqlite:".Length..]};Pooling=false");
        connection.Open();
        return connection;
    }

    protected override string JournalTable => "SchemaVersions";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
