using System.Text.RegularExpressions;

namespace ScoringKernel.Contracts.Tests.Json;

/// <summary>A JSON text cut into its tokens (strings, numbers, literals, punctuation), each with its offset, for mutating one at a time.</summary>
public static partial class JsonTokens
{
    public readonly record struct Token(int Start, string Text);

    public static IReadOnlyList<Token> Of(string json) =>
        TokenPattern().Matches(json).Select(m => new Token(m.Index, m.Value)).ToList();

    [GeneratedRegex("""("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|true|false|null|[{}\[\]:,]""")]
    private static partial Regex TokenPattern();
}
