using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Core.Attachment1;

/// <summary>十: implementation rate (%) of the four work systems.</summary>
public sealed record WorkSystemsFigures
{
    internal WorkSystemsFigures(decimal implementationPercent) => ImplementationPercent = implementationPercent;

    public decimal ImplementationPercent { get; internal init; }

    public static Validation<Problem, WorkSystemsFigures> Create(decimal implementationPercent) =>
        Valid.Percent(new Step.FigureOf(FigureField.ImplementationPercent), implementationPercent).Map(p => new WorkSystemsFigures(p));
}
