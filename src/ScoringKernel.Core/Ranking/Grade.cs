namespace ScoringKernel.Core.Ranking;

/// <summary>The grade of one unit in its group (PRODUCT.md, "Grades"). Every unit gets exactly one.</summary>
public enum Grade
{
    Class1,
    Class2,
    Unqualified,
    Disqualified,
}

public static class Grades
{
    public static string Word(this Grade grade) => grade switch
    {
        Grade.Class1 => "class_1",
        Grade.Class2 => "class_2",
        Grade.Unqualified => "unqualified",
        Grade.Disqualified => "disqualified",
    };
}
