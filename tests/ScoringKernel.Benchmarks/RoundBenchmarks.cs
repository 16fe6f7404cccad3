using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Google.Protobuf;
using ScoringKernel.Application;
using ScoringKernel.Application.Rounds;
using ScoringKernel.Store;
using ScoringKernel.TestSupport;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Benchmarks;

/// <summary>
/// The round's evaluation from the store (issue 24, must-show 6): <see cref="RoundService.EvaluateRound"/> on a SQLite
/// store holding the evaluation example's 12 units and their sources (opened, then imported: the stream read and folded
/// on every call, then <c>Evaluate</c>) against the stateless <see cref="ScoringApi.Evaluate"/> of the same sources
/// (the baseline: the ratio is the cost of keeping the round).
/// </summary>
[MemoryDiagnoser]
public class RoundEvaluation
{
    private string folder = null!;
    private SqlEventStore store = null!;
    private RoundService rounds = null!;
    private readonly ScoringApi scoring = new(RuleSetCatalog.Embedded);
    private P.EvaluateRequest sources = null!;
    private static readonly RoundCaller Office = RoundCaller.Development("CN=office");

    [GlobalSetup]
    public void Setup()
    {
        folder = Directory.CreateTempSubdirectory("sk-round-bench-").FullName;
        store = EventStores.Open($"sqlite:{Path.Combine(folder, "rounds.db")}");
        rounds = new RoundService(store, scoring);
        var example = JsonParser.Default.Parse<P.EvaluateRequest>(File.ReadAllText(Path.Combine(BenchmarkData.Root, "specs", "examples", "evaluation-2015.json")));
        Ok(rounds.OpenRound(new P.OpenRoundRequest { Year = 2015 }, Office).GetAwaiter().GetResult());
        Ok(rounds.ImportRound(new P.ImportRoundRequest { Year = 2015, Evaluation = example }, Office).GetAwaiter().GetResult());
        // The same sources as the round holds them, for the stateless call; the two answers are checked equal once.
        sources = RoundService.EvaluateRequestOf(rounds.Load(2015).GetAwaiter().GetResult().State);
        var fromRound = Ok(rounds.EvaluateRound(new P.EvaluateRoundRequest { Year = 2015 }, Office).GetAwaiter().GetResult()).Evaluation;
        var stateless = scoring.Evaluate(sources).Match(r => r, f => throw new InvalidOperationException(f.ToString()));
        if (!fromRound.Equals(stateless)) throw new InvalidOperationException("the round's evaluation is not Evaluate of its sources");
        Console.WriteLine($"// {sources.Submissions.Count} units, {store.CurrentVersionAsync("round-2015").GetAwaiter().GetResult()} events in the stream");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public P.EvaluateResponse StatelessEvaluate() => scoring.Evaluate(sources).Match(r => r, f => throw new InvalidOperationException(f.ToString()));

    [Benchmark]
    public async Task<P.EvaluateRoundResponse> EvaluateRoundFromStore() => Ok(await rounds.EvaluateRound(new P.EvaluateRoundRequest { Year = 2015 }, Office));

    internal static T Ok<T>(LanguageExt.Either<RoundFailure, T> result) =>
        result.Match(r => r, f => throw new InvalidOperationException($"{f.GetType().Name}: {string.Join("; ", f.Problems)}"));
}

/// <summary>
/// Appends through <see cref="RoundService"/>: one unit's self-evaluation submitted (validated, the round loaded and
/// folded, decided, appended with its expected version), on a SQLite file (WAL, synchronous FULL) and on a PostgreSQL
/// server started for the run with fsync on. Each iteration writes to a new round (a new year's stream), so every
/// submission folds a stream of the same length: the round opened and the iteration's 200 submissions so far (a round
/// writes a few hundred events in a year), so the mean is over streams of 1 to 200 events.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(200)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RoundAppends
{
    private BenchmarkStore database = null!;
    private SqlEventStore store = null!;
    private RoundService rounds = null!;
    private P.UnitFigures[] figures = null!;
    private int year = 2000, next;
    private static readonly RoundCaller Office = RoundCaller.Development("CN=office");

    [Params(BenchmarkStore.Sqlite, BenchmarkStore.Postgres)]
    public string Database { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        database = new BenchmarkStore(Database);
        store = database.Store;
        rounds = new RoundService(store, new ScoringApi(RuleSetCatalog.Embedded));
        figures = JsonParser.Default.Parse<P.EvaluateRequest>(File.ReadAllText(Path.Combine(BenchmarkData.Root, "specs", "examples", "evaluation-2015.json")))
            .Submissions.Select(s => s.SelfEvaluation).ToArray();
    }

    /// <summary>A new round (a new year: the 2015 rule set and table, another stream) for each iteration.</summary>
    [IterationSetup]
    public void NewRound()
    {
        year++;
        next = 0;
        RoundEvaluation.Ok(rounds.OpenRound(new P.OpenRoundRequest { Year = year, RuleSetId = "hengyang-2015" }, Office).GetAwaiter().GetResult());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        database.Dispose();
    }

    [Benchmark, BenchmarkCategory("submit")]
    public async Task<P.SubmitSelfEvaluationResponse> SubmitSelfEvaluation()
    {
        // Each submission a correction (the same figures again would write nothing).
        var unit = figures[next % figures.Length].Clone();
        unit.HouseRenovation.HouseholdsRenovated = next++;
        return RoundEvaluation.Ok(await rounds.SubmitSelfEvaluation(new P.SubmitSelfEvaluationRequest { Year = year, UnitCode = unit.UnitCode, Figures = unit }, Office));
    }
}
