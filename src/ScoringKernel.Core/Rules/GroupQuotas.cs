using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Rules;

/// <summary>A group's Class 1 quota; the rest of the group's qualified units are Class 2.</summary>
public sealed record GroupQuotas(int CountiesAndCitiesClass1, int DistrictsClass1)
{
    public int Class1(AssessmentGroup group) => group switch
    {
        AssessmentGroup.CountiesAndCities => CountiesAndCitiesClass1,
        AssessmentGroup.Districts => DistrictsClass1,
    };
}
