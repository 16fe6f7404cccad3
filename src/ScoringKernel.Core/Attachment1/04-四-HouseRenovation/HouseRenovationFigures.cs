using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Core.Attachment1;

/// <summary>四: rural poor households' dilapidated houses renovated.</summary>
public sealed record HouseRenovationFigures
{
    internal HouseRenovationFigures(int householdsRenovated) => HouseholdsRenovated = householdsRenovated;

    public int HouseholdsRenovated { get; internal init; }

    public static Validation<Problem, HouseRenovationFigures> Create(int householdsRenovated) =>
        Valid.Count(new Step.FigureOf(FigureField.HouseholdsRenovated), householdsRenovated).Map(h => new HouseRenovationFigures(h));
}
