using System.Text;
using System.Text.Json;

namespace ScoringKernel.Cli.Input;

/// <summary>
/// A JSON input file and where each field stands in it, so a problem named by its proto field path
/// (<c>units[3].house_renovation.households_renovated</c>) can be reported with the line and column it came from.
/// </summary>
public sealed class InputSource
{
    private readonly Dictionary<string, (int Line, int Column)> positions;

    public string Name { get; }
    public string Text { get; }

    private InputSource(string name, string text, Dictionary<string, (int, int)> positions)
    {
        Name = name;
        Text = text;
        this.positions = positions;
    }

    public static InputSource Read(string path)
    {
        string text;
        try { text = File.ReadAllText(path, Encoding.UTF8); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw CliFailure.Invalid($"{path}: cannot read the file: {e.Message}");
        }
        return Parse(path, text);
    }

    public static InputSource Parse(string name, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lines = new Lines(bytes);
        var positions = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 });
        try
        {
            if (!reader.Read()) throw CliFailure.Invalid($"{name}:1:1: malformed JSON: the file is empty");
            Walk(ref reader, "", lines, positions);
            if (reader.Read()) throw CliFailure.Invalid($"{name}: malformed JSON: more than one value in the file");
        }
        catch (JsonException e)
        {
            throw CliFailure.Invalid($"{name}:{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: malformed JSON: {FirstSentence(e.Message)}");
        }
        return new InputSource(name, text, positions);
    }

    private static void Walk(ref Utf8JsonReader reader, string path, Lines lines, Dictionary<string, (int, int)> positions)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = Snake(reader.GetString() ?? "");
                var child = path.Length == 0 ? name : $"{path}.{name}";
                positions.TryAdd(child, lines.At(reader.TokenStartIndex));
                reader.Read();
                Walk(ref reader, child, lines, positions);
            }
        }
        else if (reader.TokenType == JsonTokenType.StartArray)
        {
            var i = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var child = $"{path}[{i++}]";
                positions.TryAdd(child, lines.At(reader.TokenStartIndex));
                Walk(ref reader, child, lines, positions);
            }
        }
    }

    /// <summary>Line and column (in characters, from 1) of a byte offset.</summary>
    private sealed class Lines
    {
        private readonly byte[] bytes;
        private readonly List<int> starts = [0];

        public Lines(byte[] bytes)
        {
            this.bytes = bytes;
            for (var i = 0; i < bytes.Length; i++)
                if (bytes[i] == (byte)'\n') starts.Add(i + 1);
        }

        public (int, int) At(long offset)
        {
            var index = starts.BinarySearch((int)offset);
            var line = index >= 0 ? index : ~index - 1;
            return (line + 1, Encoding.UTF8.GetCharCount(bytes, starts[line], (int)offset - starts[line]) + 1);
        }
    }

    /// <summary>"FILE:LINE:COLUMN: field: message", at the field or the nearest enclosing field the file has.</summary>
    public string Describe(string field, string message)
    {
        var probe = field;
        while (probe.Length > 0)
        {
            if (positions.TryGetValue(probe, out var at))
                return $"{Name}:{at.Line}:{at.Column}: {field}: {message}";
            var cut = Math.Max(probe.LastIndexOf('.'), probe.LastIndexOf('['));
            probe = cut <= 0 ? "" : probe[..cut];
        }
        return $"{Name}: {field}: {message}";
    }

    /// <summary>Proto3 JSON names are the lowerCamelCase of the proto field names; both spellings are accepted.</summary>
    private static string Snake(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c)) { sb.Append('_').Append(char.ToLowerInvariant(c)); }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..(cut + 1)] : message;
    }
}
