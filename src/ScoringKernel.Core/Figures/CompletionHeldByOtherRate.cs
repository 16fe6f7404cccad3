namespace ScoringKernel.Core.Figures;

/// <summary>The two rates of targeted assistance's completion (附件1-二): persons reached and households reached.</summary>
public enum CompletionRate
{
    Persons,
    Households,
}

/// <summary>
/// Why no value of one of the two rates gives the completion a margin needs: completion is the lower of the two, and the
/// <see cref="Other"/> rate (<see cref="OtherRate"/> %) already holds it below.
/// </summary>
public sealed record CompletionHeldByOtherRate(CompletionRate Other, decimal OtherRate);
