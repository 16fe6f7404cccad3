using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ScoringKernel.Server.OpenApi;

/// <summary>
/// A JSON tree as block-style YAML: every key and string double-quoted with JSON's escapes (YAML reads them the same),
/// so no value is ever taken for a number, a date or a boolean.
/// </summary>
internal static class YamlText
{
    public static string Of(JsonNode node)
    {
        var text = new StringBuilder();
        Write(node, 0, text);
        return text.ToString();
    }

    private static void Write(JsonNode? node, int indent, StringBuilder text)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    text.Append(' ', indent).Append(Quoted(key)).Append(':');
                    Value(value, indent, text);
                }
                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    text.Append(' ', indent).Append('-');
                    if (item is JsonObject { Count: > 0 } inner)
                    {
                        // The first key on the dash's line, the others under it.
                        var first = true;
                        foreach (var (key, value) in inner)
                        {
                            if (first) text.Append(' ');
                            else text.Append(' ', indent + 2);
                            first = false;
                            text.Append(Quoted(key)).Append(':');
                            Value(value, indent + 2, text);
                        }
                    }
                    else Value(item, indent, text);
                }
                break;
            default:
                text.Append(' ', indent).Append(Scalar(node)).Append('\n');
                break;
        }
    }

    private static void Value(JsonNode? value, int indent, StringBuilder text)
    {
        switch (value)
        {
            case JsonObject { Count: 0 }: text.Append(" {}\n"); break;
            case JsonArray { Count: 0 }: text.Append(" []\n"); break;
            case JsonObject or JsonArray:
                text.Append('\n');
                Write(value, indent + 2, text);
                break;
            default: text.Append(' ').Append(Scalar(value)).Append('\n'); break;
        }
    }

    private static string Scalar(JsonNode? node) => node is null ? "null" : node.GetValueKind() switch
    {
        JsonValueKind.String => Quoted(node.GetValue<string>()),
        _ => node.ToJsonString(),
    };

    private static string Quoted(string s) => JsonSerializer.Serialize(s, Options);

    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
