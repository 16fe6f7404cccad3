namespace ScoringKernel.Wire.Json;

/// <summary>
/// One thing wrong with a JSON body: the proto field path it concerns (<c>units[0].village_income.income_yuan</c>;
/// empty for the body as a whole), what is wrong and what was expected, and where it stands (line and column from 1,
/// columns in characters). <see cref="TooLarge"/> marks a size limit (RESOURCE_EXHAUSTED rather than INVALID_ARGUMENT).
/// </summary>
public sealed record JsonProblem(string Field, string Problem, int Line, int Column, bool TooLarge = false)
{
    /// <summary>The words every way in shows: the problem and its place in the body.</summary>
    public string Description => $"{Problem} (line {Line}, column {Column})";
}
