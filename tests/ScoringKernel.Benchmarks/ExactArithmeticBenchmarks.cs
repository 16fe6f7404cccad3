using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Scenarios;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;
using ScoringKernel.TestSupport;

namespace ScoringKernel.Benchmarks;

/// <summary>
/// Scoring with exact arithmetic beside the previous kernel's 28-digit decimal path and the (exact) imperative
/// reference, same inputs, same run: one unit (衡山县), all 12, and 12,000 (the 12 repeated). Scoring only: the
/// ranking after it is the same code for all three.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByParams)]
public class ExactKernelVsPrevious
{
    [Params(1, 12, 12_000)] public int Units;

    private ScenarioBase b = null!;
    private UnitTargets[] units = null!;
    private UnitFigures[] figures = null!;
    private readonly decimal[] scores = new decimal[10];

    [GlobalSetup]
    public void Setup()
    {
        b = BenchmarkData.Base(Units == 1 ? 12 : Units);
        var byCode = b.Figures.ToDictionary(f => f.Unit);
        units = Units == 1 ? b.Table.Units.Filter(u => u.Code.Value == "430423").ToArray() : b.Table.Units.ToArray();
        figures = units.Select(u => byCode[u.Code]).ToArray();
        // The three paths run alike for a moment first, so that the short job's one warmup iteration measures code the JIT
        // has finished tiering (the kernel has more methods to tier than the reference; its first iterations came out slower).
        for (var clock = System.Diagnostics.Stopwatch.StartNew(); clock.ElapsedMilliseconds < 500;)
        {
            Reference();
            ExactKernel();
            PreviousKernel();
        }
    }

    [Benchmark(Baseline = true)]
    public decimal Reference()
    {
        var total = 0m;
        for (var i = 0; i < units.Length; i++) total += ImperativeScorer.Score(b.Rules, units[i], figures[i], scores);
        return total;
    }

    [Benchmark]
    public decimal ExactKernel()
    {
        var total = 0m;
        for (var i = 0; i < units.Length; i++) total += Scorer.Score(b.Rules, units[i], figures[i]).Total;
        return total;
    }

    [Benchmark]
    public decimal PreviousKernel()
    {
        var total = 0m;
        for (var i = 0; i < units.Length; i++) total += PreviousDecimalKernel.ScoreUnit(b.Rules, units[i], figures[i]).Total;
        return total;
    }
}
