using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;
using static ScoringKernel.Core.Rules.Wording;

namespace ScoringKernel.Core.Attachment1;

/// <summary>一: the reduction rate against the unit's target rate, per point short; dynamic management, a yes/no penalty.</summary>
public sealed record PovertyReductionRule(decimal Standard, StepRate RateShort, decimal NoDynamicManagement)
{
    public static readonly Component ReductionRate = new(Indicator.PovertyReduction, "reduction_rate", (r, _) =>
        $"减贫率每减少{Per(r.PovertyReduction.RateShort.Step, "个百分点")}扣{N(r.PovertyReduction.RateShort.Deduction)}分");

    public static readonly Component DynamicManagement = new(Indicator.PovertyReduction, "dynamic_management", (r, _) =>
        $"未落实建档立卡贫困户动态化管理扣{N(r.PovertyReduction.NoDynamicManagement)}分");

    internal static readonly Seq<RuleParameterDef> Parameters =
        new ParameterRows<PovertyReductionRule>(Indicator.PovertyReduction, r => r.PovertyReduction, (r, x) => r with { PovertyReduction = x })
            .Value("standard", ParameterKind.Points, x => x.Standard, (x, v) => x with { Standard = v })
            .Rate("rate_short", x => x.RateShort, (x, v) => x with { RateShort = v })
            .Value("no_dynamic_management", ParameterKind.Points, x => x.NoDynamicManagement, (x, v) => x with { NoDynamicManagement = v })
            .Rows;

    public static void Apply<TSink>(ref TSink sink, RuleSet rules, UnitTargets targets, UnitFigures figures) where TSink : ILineSink
    {
        var rule = rules.PovertyReduction;
        var f = figures.PovertyReduction;
        sink.Short(ReductionRate, Measure.Percent, targets.Population.ReductionRatePercent, ActualRatePercent(targets.Population, f), rule.RateShort, rules.Policy);
        sink.Flag(DynamicManagement, f.DynamicManagement, rule.NoDynamicManagement);
    }

    /// <summary>Persons lifted ÷ the baseline poor population × 100; with no baseline population the target counts as fully met.</summary>
    public static Rational ActualRatePercent(PopulationTargets targets, PovertyReductionFigures figures) =>
        targets.BaselinePopulation == 0 ? 100 : Rational.Of(figures.PersonsLifted * 100L, targets.BaselinePopulation);
}
