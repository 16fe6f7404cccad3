using BenchmarkDotNet.Attributes;
using LanguageExt;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scenarios;
using ScoringKernel.Core.Scenarios.Thresholds;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;

namespace ScoringKernel.Benchmarks;

/// <summary>
/// One threshold question on the example (12 units) and on a national-scale base (2,800 units: the 12 repeated under new
/// codes): how high the county group's reduction-rate target can go with as many counties qualified as in the base
/// (counted), the pass lines leaving that many qualified (ranking parameter), and the county group's per-village
/// target band that keeps the first county in Class 1 (ranked with the kernel's ranker on every piece).
/// </summary>
[MemoryDiagnoser]
public class ThresholdQuestions
{
    [Params(12, 2_800)] public int Units;

    private ScenarioBase b = null!;
    private int qualified;
    private UnitCode county;

    [GlobalSetup]
    public void Setup()
    {
        b = BenchmarkData.Base(Units);
        var a = Assessor.Assess(b.Rules, b.Table, b.Figures).Match(x => x, _ => throw new InvalidOperationException());
        var counties = a.Groups.Find(g => g.Group == AssessmentGroup.CountiesAndCities).IfNone(() => throw new InvalidOperationException());
        qualified = counties.Units.Count(u => u.Grade is Grade.Class1 or Grade.Class2);
        county = counties.Units.Find(u => u.Grade == Grade.Class1).Map(u => u.Unit).IfNone(() => throw new InvalidOperationException());
    }

    private ThresholdAnswer Ask(Override template, ThresholdCondition condition, Option<decimal> to) =>
        Thresholds.Answer(b, new ThresholdQuestion(template, condition, None, to)).Match(x => x, ps => throw new InvalidOperationException(ps.Head.ToString()));

    [Benchmark]
    public ThresholdAnswer ReductionRateTarget() => Ask(
        new Override.Target(new TargetScope.OfGroup(AssessmentGroup.CountiesAndCities), TargetField.ReductionRatePercent, 0m),
        new ThresholdCondition.AtLeastQualified(qualified, Some(AssessmentGroup.CountiesAndCities)), None);

    [Benchmark]
    public ThresholdAnswer PassLine() => Ask(
        new Override.Parameter(RuleParameters.PassLine, 0m),
        new ThresholdCondition.AtLeastQualified(qualified - 1, Some(AssessmentGroup.CountiesAndCities)), None);

    [Benchmark]
    public ThresholdAnswer PerVillageTargetClass1() => Ask(
        new Override.Target(new TargetScope.OfGroup(AssessmentGroup.CountiesAndCities), TargetField.PerVillageInvestmentWan, 0m),
        new ThresholdCondition.UnitInClass1(county), Some(100m));
}
