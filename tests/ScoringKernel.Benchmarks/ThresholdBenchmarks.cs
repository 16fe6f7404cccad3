using BenchmarkDotNet.Attributes;
using LanguageExt;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scenarios;
using ScoringKernel.Core.Scenarios.Thresholds;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;

namespace ScoringKernel.Benchmarks;

/// <summary>The bases a threshold question is asked on.</summary>
public enum ThresholdBase
{
    /// <summary>The example: the 12 units of 2015.</summary>
    Example,
    /// <summary>2,800 units: the 12 repeated under new codes (1,633 counties), as issue 27 sets the national scale.</summary>
    Repeated2800,
    /// <summary>
    /// The same 2,800 with no two alike: copy k of a unit lifts k fewer persons out of poverty (一) and invests k × 0.01
    /// 万元 more in each village (六), so every unit is walked on its own and the villages' kinks fall apart.
    /// </summary>
    Distinct2800,
}

/// <summary>
/// One threshold question on the example (12 units) and on national-scale bases (2,800 units: the 12 repeated under new
/// codes, and the same with no two units alike): how high the county group's reduction-rate target can go with as many
/// counties qualified as in the base (counted), the pass lines leaving one fewer qualified (ranking parameter), and the
/// county group's per-village target band that keeps the first county in Class 1 (ranked with the kernel's ranker).
/// </summary>
[MemoryDiagnoser]
public class ThresholdQuestions
{
    [Params(ThresholdBase.Example, ThresholdBase.Repeated2800, ThresholdBase.Distinct2800)] public ThresholdBase Base;

    private ScenarioBase b = null!;
    private int qualified;
    private UnitCode county;

    [GlobalSetup]
    public void Setup()
    {
        b = Base switch
        {
            ThresholdBase.Example => BenchmarkData.Base(12),
            ThresholdBase.Repeated2800 => BenchmarkData.Base(2_800),
            ThresholdBase.Distinct2800 => Distinct(BenchmarkData.Base(2_800)),
        };
        var a = Assessor.Assess(b.Rules, b.Table, b.Figures).Match(x => x, _ => throw new InvalidOperationException());
        var counties = a.Groups.Find(g => g.Group == AssessmentGroup.CountiesAndCities).IfNone(() => throw new InvalidOperationException());
        qualified = counties.Units.Count(u => u.Grade is Grade.Class1 or Grade.Class2);
        county = counties.Units.Find(u => u.Grade == Grade.Class1).Map(u => u.Unit).IfNone(() => throw new InvalidOperationException());
    }

    /// <summary>Copy k (unit i of the repeated base, k = i / 12) lifts k fewer persons and invests k × 0.01 万元 more per village.</summary>
    private static ScenarioBase Distinct(ScenarioBase repeated)
    {
        var lifted = FigureField.PersonsLifted.Def();
        var figures = repeated.Figures.Select((f, i) =>
        {
            var k = i / 12;
            var lessLifted = lifted.Set(f, Math.Max(0m, lifted.Get(f) - k)).Match(x => x, ps => throw new InvalidOperationException(ps.Head.ToString()));
            var va = f.VillageAssistance;
            var villages = va.Villages.Map(v => VillageFigures.Create(v.Name, v.ResidentTeam, v.ProjectInvestmentWan + k * 0.01m).Match(x => x, ps => throw new InvalidOperationException(ps.Head.ToString()))).Strict();
            var more = VillageAssistanceFigures.Create(villages, va.FundsPledgedWan, va.FundsDeliveredWan).Match(x => x, ps => throw new InvalidOperationException(ps.Head.ToString()));
            return lessLifted with { VillageAssistance = more };
        }).ToSeq().Strict();
        return repeated with { Figures = figures };
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
