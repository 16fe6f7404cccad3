using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Core.Attachment1;

/// <summary>八: total poverty-alleviation investment (万元), national, provincial and city funds included at their actual amounts.</summary>
public sealed record TotalInvestmentFigures
{
    internal TotalInvestmentFigures(decimal totalInvestmentWan) => TotalInvestmentWan = totalInvestmentWan;

    public decimal TotalInvestmentWan { get; internal init; }

    public static Validation<Problem, TotalInvestmentFigures> Create(decimal totalInvestmentWan) =>
        Valid.Amount(new Step.FigureOf(FigureField.TotalInvestmentWan), totalInvestmentWan).Map(t => new TotalInvestmentFigures(t));
}
