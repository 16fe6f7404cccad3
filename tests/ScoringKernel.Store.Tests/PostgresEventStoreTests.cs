using System.Data.Common;
using Npgsql;
using ScoringKernel.TestSupport;
using Xunit;

namespace ScoringKernel.Store.Tests;

/// <summary>One PostgreSQL server, started by the tests, for every PostgreSQL test.</summary>
public sealed class PostgresFixture : IDisposable
{
    public PostgresServer Server { get; } = new();

    public void Dispose() => Server.Dispose();
}

/// <summary>The contract on PostgreSQL, one new database per test.</summary>
public sealed class PostgresEventStoreTests(PostgresFixture postgres) : EventStoreContract, IClassFixture<PostgresFixture>
{
    private string? setting;

    protected override string NewDatabase() => setting ??= $"postgres:{postgres.Server.CreateDatabase()}";

    protected override DbConnection OpenRaw(string setting)
    {
        var connection = new NpgsqlConnection(setting["postgres:".Length..]);
        connection.Open();
        return connection;
    }

    protected override string JournalTable => "schemaversions";

    [Fact]
    public async Task Truncate_by_hand_is_refused()
    {
        var setting = NewDatabase();
        await using (var store = EventStores.Open(setting))
            await store.AppendAsync("s", 0, Events.Batch(2));

        await using (var raw = OpenRaw(setting))
        await using (var command = raw.CreateCommand())
        {
            command.CommandText = "TRUNCATE events";
            Assert.Contains("append-only", (await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync())).Message);
        }

        await using var reopened = EventStores.Open(setting);
        Assert.Equal(2, await reopened.CurrentVersionAsync("s"));
    }
}
