namespace ScoringKernel.Core.Round;

/// <summary>The identifier an inspector's finding is recorded under; unique within a round.</summary>
public readonly record struct FindingId(string Value)
{
    public override string ToString() => Value;
}
