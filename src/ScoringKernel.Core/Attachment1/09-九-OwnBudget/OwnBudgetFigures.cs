using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Core.Attachment1;

/// <summary>九: own-level fiscal budget for poverty alleviation (万元); whether other poverty funds were used as policy requires.</summary>
public sealed record OwnBudgetFigures
{
    internal OwnBudgetFigures(decimal ownBudgetWan, bool otherFundsCompliant) =>
        (OwnBudgetWan, OtherFundsCompliant) = (ownBudgetWan, otherFundsCompliant);

    public decimal OwnBudgetWan { get; internal init; }
    public bool OtherFundsCompliant { get; init; }

    public static Validation<Problem, OwnBudgetFigures> Create(decimal ownBudgetWan, bool otherFundsCompliant) =>
        Valid.Amount(new Step.FigureOf(FigureField.OwnBudgetWan), ownBudgetWan).Map(o => new OwnBudgetFigures(o, otherFundsCompliant));
}
