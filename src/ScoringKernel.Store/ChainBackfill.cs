using Dapper;

namespace ScoringKernel.Store;

/// <summary>
/// At start-up, the hashes of the events written before the chain existed (migration 0002): each such stream's chain
/// computed from its first event, the hashes filled (the one update the triggers allow) and its head recorded, in one
/// transaction per stream. From then on the chain vouches for those rows as they were at the upgrade.
/// </summary>
internal static class ChainBackfill
{
    public static void Run(EventDatabase database)
    {
        using var connection = database.OpenAsync(CancellationToken.None).GetAwaiter().GetResult();
        var streams = connection.Query<string>("SELECT DISTINCT stream FROM events WHERE hash IS NULL").AsList();
        foreach (var stream in streams)
        {
            using var transaction = database.BeginAppendAsync(connection, [stream], CancellationToken.None).GetAwaiter().GetResult();
            var rows = connection.Query<Row>(
                "SELECT position AS Position, version AS Version, type AS Type, payload AS Payload, recorded_at AS RecordedAt, actor AS Actor, hash AS Hash " +
                "FROM events WHERE stream = @stream ORDER BY version", new { stream }, transaction).AsList();
            var hash = "";
            var version = 0L;
            foreach (var r in rows)
            {
                hash = EventChain.Hash(hash, stream, r.Version, r.Type, r.Actor, SqlEventStore.RecordedTime(r.RecordedAt), r.Payload);
                version = r.Version;
                if (r.Hash is null)
                    connection.Execute("UPDATE events SET hash = @hash WHERE position = @Position", new { hash, r.Position }, transaction);
            }
            connection.Execute(
                "INSERT INTO stream_heads (stream, version, hash) VALUES (@stream, @version, @hash) " +
                "ON CONFLICT (stream) DO UPDATE SET version = excluded.version, hash = excluded.hash",
                new { stream, version, hash }, transaction);
            transaction.Commit();
        }
    }

    private sealed class Row
    {
        public long Position { get; init; }
        public long Version { get; init; }
        public string Type { get; init; } = "";
        public string Payload { get; init; } = "";
        public object RecordedAt { get; init; } = "";
        public string Actor { get; init; } = "";
        public string? Hash { get; init; }
    }
}
