using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Core.Attachment1;

/// <summary>二: persons and households reached by targeted assistance.</summary>
public sealed record TargetedAssistanceFigures
{
    internal TargetedAssistanceFigures(int personsReached, int householdsReached) =>
        (PersonsReached, HouseholdsReached) = (personsReached, householdsReached);

    public int PersonsReached { get; internal init; }
    public int HouseholdsReached { get; internal init; }

    public static Validation<Problem, TargetedAssistanceFigures> Create(int personsReached, int householdsReached) =>
        (Valid.Count(new Step.FigureOf(FigureField.PersonsReached), personsReached), Valid.Count(new Step.FigureOf(FigureField.HouseholdsReached), householdsReached))
        .Apply((p, h) => new TargetedAssistanceFigures(p, h));
}
