namespace ScoringKernel.Core.Ranking;

/// <summary>The grade of one unit in its group (specs/docs/readings.md, "Grades"). Every unit gets exactly one.</summary>
public enum Grade
{
    Class1,
    Class2,
    Unqualified,
    Disqualified,
}
