using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Core.Attachment1;

/// <summary>三: per-capita disposable income of poor-village residents (元) and its growth (%, may be negative).</summary>
public sealed record VillageIncomeFigures
{
    public const decimal MinGrowthPercent = -100m, MaxGrowthPercent = 10_000m;

    internal VillageIncomeFigures(decimal incomeYuan, decimal growthPercent) => (IncomeYuan, GrowthPercent) = (incomeYuan, growthPercent);

    public decimal IncomeYuan { get; internal init; }
    public decimal GrowthPercent { get; internal init; }

    public static Validation<Problem, VillageIncomeFigures> Create(decimal incomeYuan, decimal growthPercent) =>
        (Valid.Amount(new Step.FigureOf(FigureField.IncomeYuan), incomeYuan), Valid.Between(new Step.FigureOf(FigureField.GrowthPercent), growthPercent, MinGrowthPercent, MaxGrowthPercent))
        .Apply((i, g) => new VillageIncomeFigures(i, g));
}
