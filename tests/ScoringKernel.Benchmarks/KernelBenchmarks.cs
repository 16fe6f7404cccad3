using ScoringKernel.TestSupport;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using LanguageExt;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Scenarios;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;

namespace ScoringKernel.Benchmarks;

/// <summary>The kernel beside the imperative reference, same inputs, same run: one unit, and all 12.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class KernelVsReference
{
    private readonly ScenarioBase b = BenchmarkData.Base(12);
    private UnitTargets hengshan = null!;
    private UnitFigures hengshanFigures = null!;
    private UnitTargets[] units = null!;
    private UnitFigures[] figuresInUnitOrder = null!;
    private readonly decimal[] scores = new decimal[10];

    [GlobalSetup]
    public void Setup()
    {
        hengshan = b.Table.Units.Find(u => u.Code.Value == "430423").IfNone(() => throw new InvalidOperationException());
        hengshanFigures = b.Figures.Find(f => f.Unit == hengshan.Code).IfNone(() => throw new InvalidOperationException());
        units = b.Table.Units.ToArray();
        var byCode = b.Figures.ToDictionary(f => f.Unit);
        figuresInUnitOrder = units.Select(u => byCode[u.Code]).ToArray();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("one unit")]
    public decimal ReferenceScoreOne() => ImperativeScorer.Score(b.Rules, hengshan, hengshanFigures, scores);

    [Benchmark, BenchmarkCategory("one unit")]
    public ScoreCard KernelScoreOne() => Scorer.Score(b.Rules, hengshan, hengshanFigures);

    [Benchmark(Baseline = true), BenchmarkCategory("all 12")]
    public ImperativeAssessor.Result[] ReferenceAssess12() => ImperativeAssessor.Assess(b.Rules, units, figuresInUnitOrder);

    [Benchmark, BenchmarkCategory("all 12")]
    public Validation<Core.Problems.Problem, Assessment> KernelAssess12() => Assessor.Assess(b.Rules, b.Table, b.Figures);
}

/// <summary>A 10,000-point sweep over the 12 units, ranking included.</summary>
[MemoryDiagnoser]
public class SweepBenchmarks
{
    private readonly ScenarioBase b = BenchmarkData.Base(12);
    private readonly SweepSpec byFigure = new(new Override.Figure(Core.Units.UnitCode.Known("430424"), FigureField.TotalInvestmentWan, 0m), 0m, 9999m, 1m);

    private readonly SweepSpec byScoringParameter = new(new Override.Parameter(RuleParameters.Find("total_investment.investment_short.county.deduction").IfNone(() => throw new InvalidOperationException("no parameter")), 0m), 0m, 9.999m, 0.001m);

    /// <summary>One unit's figure: each point re-scores that unit and re-ranks all 12.</summary>
    [Benchmark]
    public int Sweep10000PointsOfOneFigure() => Run(byFigure);

    /// <summary>A scoring parameter: each point re-scores all 12 units (120,000 unit scorings) and ranks them.</summary>
    [Benchmark]
    public int Sweep10000PointsOfAScoringParameter() => Run(byScoringParameter);

    private int Run(SweepSpec spec)
    {
        var n = 0;
        foreach (var _ in Sweeper.Points(b, spec).Match(p => p, ps => throw new InvalidOperationException(ps.Head.ToString()))) n++;
        return n;
    }
}

/// <summary>How assessing grows with the number of units: 12, 120, 1,200 and 12,000.</summary>
[MemoryDiagnoser]
public class ScaleBenchmarks
{
    private ScenarioBase b = null!;

    [Params(12, 120, 1_200, 12_000)]
    public int Units { get; set; }

    [GlobalSetup(Target = nameof(Assess))]
    public void Setup() => b = BenchmarkData.Base(Units);

    private ScoreCard[] cards = null!;

    [GlobalSetup(Target = nameof(RankOnly))]
    public void SetupRank()
    {
        Setup();
        cards = Assessor.Assess(b.Rules, b.Table, b.Figures).Match(a => a.Cards.ToArray(), _ => []);
    }

    [Benchmark]
    public Validation<Core.Problems.Problem, Assessment> Assess() => Assessor.Assess(b.Rules, b.Table, b.Figures);

    /// <summary>Ranking and grading alone, on cards already scored: the part that must stay O(n log n).</summary>
    [Benchmark]
    public Assessment RankOnly() => Assessor.Rank(b.Rules, b.Table, cards);
}
