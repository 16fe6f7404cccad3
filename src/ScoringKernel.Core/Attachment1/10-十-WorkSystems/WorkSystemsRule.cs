using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;
using static ScoringKernel.Core.Rules.Wording;

namespace ScoringKernel.Core.Attachment1;

/// <summary>十: the implementation rate per 5 points short of the target (100 %).</summary>
public sealed record WorkSystemsRule(decimal Standard, decimal TargetPercent, StepRate ImplementationShort)
{
    public static readonly Component Implementation = new(Indicator.WorkSystems, "implementation", (r, _) =>
        $"扶贫工作制度落实情况每减少{N(r.WorkSystems.ImplementationShort.Step)}%扣{N(r.WorkSystems.ImplementationShort.Deduction)}分");

    internal static readonly Seq<RuleParameterDef> Parameters =
        new ParameterRows<WorkSystemsRule>(Indicator.WorkSystems, r => r.WorkSystems, (r, x) => r with { WorkSystems = x })
            .Value("standard", ParameterKind.Points, x => x.Standard, (x, v) => x with { Standard = v })
            .Value("target_percent", ParameterKind.Percent, x => x.TargetPercent, (x, v) => x with { TargetPercent = v })
            .Rate("implementation_short", x => x.ImplementationShort, (x, v) => x with { ImplementationShort = v })
            .Rows;

    public static void Apply<TSink>(ref TSink sink, RuleSet rules, UnitTargets targets, UnitFigures figures) where TSink : ILineSink =>
        sink.Short(Implementation, Measure.Percent, rules.WorkSystems.TargetPercent, figures.WorkSystems.ImplementationPercent,
            rules.WorkSystems.ImplementationShort, rules.Policy);
}
