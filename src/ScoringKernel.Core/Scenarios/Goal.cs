namespace ScoringKernel.Core.Scenarios;

/// <summary>What a margin asks for: the pass line (合格), or a Class 1 place in the unit's group.</summary>
public enum Goal
{
    PassLine,
    Class1,
}
