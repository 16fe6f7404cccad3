using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;
using static ScoringKernel.Core.Rules.Wording;

namespace ScoringKernel.Core.Attachment1;

/// <summary>三: income per 100 元 short plus growth per point short; the targets here apply where Attachment 2 leaves them empty.</summary>
public sealed record VillageIncomeRule(decimal Standard, decimal IncomeTargetYuan, decimal GrowthTargetPercent, StepRate IncomeShort, StepRate GrowthShort)
{
    public static readonly Component Income = new(Indicator.VillageIncome, "income", (r, _) =>
        $"收入每减少{N(r.VillageIncome.IncomeShort.Step)}元扣{N(r.VillageIncome.IncomeShort.Deduction)}分");

    public static readonly Component Growth = new(Indicator.VillageIncome, "growth", (r, _) =>
        $"增长每减少{Per(r.VillageIncome.GrowthShort.Step, "个百分点")}扣{N(r.VillageIncome.GrowthShort.Deduction)}分");

    internal static readonly Seq<RuleParameterDef> Parameters =
        new ParameterRows<VillageIncomeRule>(Indicator.VillageIncome, r => r.VillageIncome, (r, x) => r with { VillageIncome = x })
            .Value("standard", ParameterKind.Points, x => x.Standard, (x, v) => x with { Standard = v })
            .WhereTableEmpty("income_target_yuan", ParameterKind.Amount, TargetField.IncomeYuan, x => x.IncomeTargetYuan, (x, v) => x with { IncomeTargetYuan = v })
            .WhereTableEmpty("growth_target_percent", ParameterKind.Percent, TargetField.IncomeGrowthPercent, x => x.GrowthTargetPercent, (x, v) => x with { GrowthTargetPercent = v })
            .Rate("income_short", x => x.IncomeShort, (x, v) => x with { IncomeShort = v })
            .Rate("growth_short", x => x.GrowthShort, (x, v) => x with { GrowthShort = v })
            .Rows;

    public static void Apply<TSink>(ref TSink sink, RuleSet rules, UnitTargets targets, UnitFigures figures) where TSink : ILineSink
    {
        var rule = rules.VillageIncome;
        var f = figures.VillageIncome;
        sink.Short(Income, Measure.Yuan, targets.Work.IncomeYuan.IfNone(rule.IncomeTargetYuan), f.IncomeYuan, rule.IncomeShort, rules.Policy);
        sink.Short(Growth, Measure.Percent, targets.Work.IncomeGrowthPercent.IfNone(rule.GrowthTargetPercent), f.GrowthPercent, rule.GrowthShort, rules.Policy);
    }
}
