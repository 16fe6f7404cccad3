using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Core.Attachment1;

/// <summary>一: persons lifted out of poverty in the year, and whether registered-household dynamic management is in place.</summary>
public sealed record PovertyReductionFigures
{
    internal PovertyReductionFigures(int personsLifted, bool dynamicManagement) =>
        (PersonsLifted, DynamicManagement) = (personsLifted, dynamicManagement);

    public int PersonsLifted { get; internal init; }
    public bool DynamicManagement { get; init; }

    public static Validation<Problem, PovertyReductionFigures> Create(int personsLifted, bool dynamicManagement) =>
        Valid.Count(new Step.FigureOf(FigureField.PersonsLifted), personsLifted).Map(p => new PovertyReductionFigures(p, dynamicManagement));
}
