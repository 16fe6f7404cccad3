using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ScoringKernel.Store;
using ScoringKernel.TestSupport;

namespace ScoringKernel.Benchmarks;

/// <summary>
/// Appends per second on each database, durable as in production: a SQLite file (WAL, synchronous FULL) in a
/// temporary folder, and a PostgreSQL server started for the run with fsync on. One writer appends to one stream,
/// expecting the version its last append left; one event per append, or a batch of ten in one transaction.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class EventStoreAppends
{
    private static readonly NewEvent OneEvent =
        new("FigureSubmitted", """{"unit":"430423","field":"households_renovated","value":"1250"}""", "430423");
    private static readonly IReadOnlyList<NewEvent> One = [OneEvent];
    private static readonly IReadOnlyList<NewEvent> Ten = Enumerable.Repeat(OneEvent, 10).ToList();

    private BenchmarkStore database = null!;
    private SqlEventStore store = null!;
    private long version;

    [Params(BenchmarkStore.Sqlite, BenchmarkStore.Postgres)]
    public string Database { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        database = new BenchmarkStore(Database);
        store = database.Store;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        database.Dispose();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("append")]
    public async Task<long> AppendOne() => version = Landed(await store.AppendAsync("round-2015", version, One));

    [Benchmark, BenchmarkCategory("append")]
    public async Task<long> AppendTen() => version = Landed(await store.AppendAsync("round-2015", version, Ten));

    private static long Landed(AppendResult result) =>
        result.Match(appended => appended.Version, conflict => throw new InvalidOperationException($"one writer met {conflict}"));
}
