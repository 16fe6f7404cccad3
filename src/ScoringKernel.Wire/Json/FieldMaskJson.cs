using System.Text;
using Google.Protobuf.WellKnownTypes;

namespace ScoringKernel.Wire.Json;

/// <summary>
/// A FieldMask in proto3 JSON: one string, its paths comma-separated in lowerCamelCase
/// (<c>"totalInvestment.totalInvestmentWan,ownBudget.ownBudgetWan"</c>). A village's key keeps its name as written
/// (<c>villageAssistance.villages[村002].residentTeam</c>): only the field names outside brackets change case.
/// </summary>
public static class FieldMaskJson
{
    public static FieldMask Read(string text)
    {
        var mask = new FieldMask();
        if (text.Length == 0) return mask;
        foreach (var path in text.Split(','))
            mask.Paths.Add(Convert(path.Trim(), toSnake: true));
        return mask;
    }

    public static string Write(FieldMask mask) => string.Join(",", mask.Paths.Select(p => Convert(p, toSnake: false)));

    private static string Convert(string path, bool toSnake)
    {
        var sb = new StringBuilder(path.Length + 8);
        var depth = 0;
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (c == '[') depth++;
            else if (c == ']' && depth > 0) depth--;
            if (depth > 0 || c == ']') { sb.Append(c); continue; }
            if (toSnake && char.IsAsciiLetterUpper(c)) sb.Append('_').Append(char.ToLowerInvariant(c));
            else if (!toSnake && c == '_' && i + 1 < path.Length && char.IsAsciiLetterLower(path[i + 1])) sb.Append(char.ToUpperInvariant(path[++i]));
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
