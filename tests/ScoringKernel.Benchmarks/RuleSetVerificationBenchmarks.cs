using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using ScoringKernel.Application.RuleSets;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;
using ScoringKernel.Files.RuleSets;

namespace ScoringKernel.Benchmarks;

/// <summary>
/// Verification of a proposed rule set, as `scoring rules verify` and VerifyRuleSet run it: the file read, the checks at
/// load, then every invariant. <c>Proposed2015</c> proves five invariants and runs FsCheck for three table invariants
/// (cases/4 generated assessments of the 12 units each); <c>NegativeRate</c> proves none of the score ones, so FsCheck
/// searches and shrinks a counterexample (score bounds, total and monotonicity on `cases` units each).
/// </summary>
[ShortRunJob(RuntimeMoniker.Net10_0)]
[MemoryDiagnoser]
public class RuleSetVerification
{
    private string proposed = "";
    private string negative = "";

    [Params(300, 1000)]
    public int Cases { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        proposed = System.Text.Encoding.UTF8.GetString(RuleSetLoader.EmbeddedBytes).Replace("pass_line: 80 ", "pass_line: 75 ");
        negative = proposed.Replace("  no_dynamic_management: 3", "  no_dynamic_management: -3");
    }

    private int Run(string yaml)
    {
        var loaded = RuleSetLoader.FromText(yaml, _ => EmbeddedTargets.Table2015).Match(l => l, ps => throw new InvalidOperationException(string.Join("; ", ps)));
        return RuleSetVerifier.Verify(loaded.File.Rules, loaded.File.MaximumTotal, loaded.Targets, Cases, 20150420).Count(v => v.Verdict.IsFailed);
    }

    [Benchmark(Baseline = true)]
    public int Proposed2015() => Run(proposed);

    [Benchmark]
    public int NegativeRate() => Run(negative);
}
