using System.Data.Common;
using Microsoft.Data.Sqlite;
using Xunit;

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

    [Fact]
    public async Task The_file_is_in_WAL_mode_in_the_folder_it_names()
    {
        var setting = NewDatabase();
        await using (EventStores.Open(setting)) { }

        Assert.True(File.Exists(Path.Combine(folder, "nested", "events.db")));
        await using var raw = OpenRaw(setting);
        await using var command = raw.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
