namespace ScoringKernel.Core.Validation;

/// <summary>One thing wrong with an input: the field path (proto field names, e.g. <c>villages[2].project_investment_wan</c>) and what is wrong.</summary>
public sealed record Problem(string Field, string Message)
{
    public Problem Under(string prefix) =>
        this with { Field = Field.Length == 0 ? prefix : Field.StartsWith('[') ? prefix + Field : $"{prefix}.{Field}" };

    public override string ToString() => $"{Field}: {Message}";
}
