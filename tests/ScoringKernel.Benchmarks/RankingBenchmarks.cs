using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Scenarios;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Units;
using ScoringKernel.TestSupport;

namespace ScoringKernel.Benchmarks;

/// <summary>
/// The kernel's pooled flat-array ranker beside the readable one of the test support (order, then one fold), on the same scored cards,
/// in one run: both groups ranked, at 12 units and at 12,000 (the synthetic table repeats the 12 units, so it is full of ties).
/// </summary>
[MemoryDiagnoser]
[ShortRunJob(RuntimeMoniker.Net10_0)]
public class RankingReadableVsPooled
{
    private ScenarioBase b = null!;
    private ScoreCard[] cards = null!;

    [Params(12, 12_000)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        b = BenchmarkData.Base(Units);
        cards = Assessor.Assess(b.Rules, b.Table, b.Figures).Match(a => a.Cards.ToArray(), _ => throw new InvalidOperationException());
        // Both must rank alike before either is measured.
        foreach (var group in Enum.GetValues<AssessmentGroup>())
            if (!ReadableRanker.Rank(b.Rules, group, cards).Units.SequenceEqual(Ranker.Rank(b.Rules, group, cards).Units))
                throw new InvalidOperationException($"the rankers disagree on {group} at {Units} units");
    }

    [Benchmark(Baseline = true)]
    public int Pooled() => Enum.GetValues<AssessmentGroup>().Sum(g => Ranker.Rank(b.Rules, g, cards).Units.Count);

    [Benchmark]
    public int Readable() => Enum.GetValues<AssessmentGroup>().Sum(g => ReadableRanker.Rank(b.Rules, g, cards).Units.Count);
}
