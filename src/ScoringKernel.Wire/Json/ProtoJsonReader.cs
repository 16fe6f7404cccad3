using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text.Json;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using LanguageExt;

namespace ScoringKernel.Wire.Json;

/// <summary>A message read from JSON, with the line and column of each field when asked for.</summary>
public sealed record JsonRead<T>(T Message, IReadOnlyDictionary<string, (int Line, int Column)> Positions);

/// <summary>
/// The one reader of proto3 JSON for every way in (the HTTP/JSON routes, the command line, uploads). It reads what
/// Google.Protobuf's <see cref="JsonParser"/> reads (its reference: lowerCamel and original field names, int32 as a
/// number or a string, enums by name or number, <c>null</c> as the default) and builds the same message, but it
/// names every mistake by proto field path, with what was expected and the line and column, and goes on after a
/// mistake where it can, so that all of them are reported at once. Where it departs from that parser it is
/// stricter, as the proto3 JSON parsers of C++ and Java are: an unknown name is refused (unless
/// <see cref="JsonReading.IgnoreUnknownFields"/>), and so is a key given twice in one object.
/// </summary>
public static class ProtoJsonReader
{
    public const int MaxDepth = 64;

    /// <summary>Field names up to this many bytes are looked up from a stack buffer.</summary>
    private const int ShortName = 64;

    public static Either<Seq<JsonProblem>, JsonRead<T>> Read<T>(ReadOnlyMemory<byte> utf8, JsonReading reading) where T : IMessage<T>, new() =>
        Read(utf8, new T().Descriptor, reading).Map(r => new JsonRead<T>((T)r.Message, r.Positions));

    /// <summary>A message of the type <paramref name="type"/> describes, for callers that know it only at run time (the HTTP/JSON routes).</summary>
    public static Either<Seq<JsonProblem>, JsonRead<IMessage>> Read(ReadOnlyMemory<byte> utf8, MessageDescriptor type, JsonReading reading)
    {
        var walk = new Walk(utf8, reading);
        var message = MessageShape.Of(type).Create();
        walk.ReadBody(message);
        return walk.Problems.Count == 0
            ? new JsonRead<IMessage>(message, walk.Positions)
            : walk.Problems.ToSeq().Strict();
    }

    public static Either<Seq<JsonProblem>, JsonRead<T>> Read<T>(string text, JsonReading reading) where T : IMessage<T>, new() =>
        Read<T>(System.Text.Encoding.UTF8.GetBytes(text), reading);

    private sealed class Walk(ReadOnlyMemory<byte> utf8, JsonReading reading)
    {
        public readonly List<JsonProblem> Problems = [];
        public readonly Dictionary<string, (int, int)> Positions = new(StringComparer.Ordinal);
        private readonly TextPositions text = new(utf8);
        /// <summary>The field being read; a syntax error deep inside a value is reported at it. Its text is built only when needed.</summary>
        private readonly PathStack path = new();

        public void ReadBody(IMessage message)
        {
            var span = utf8.Span;
            if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                Problem("", "the body starts with a UTF-8 byte-order mark (EF BB BF): send the JSON without it", 0);
                return;
            }
            if (span.Trim((ReadOnlySpan<byte>)" \t\r\n"u8).IsEmpty)
            {
                Problem("", $"the body is empty: send one JSON object for {message.Descriptor.FullName} ({{}} for an empty request)", 0);
                return;
            }
            var reader = new Utf8JsonReader(span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = MaxDepth });
            try
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    Problem("", $"expected a JSON object for {message.Descriptor.FullName}, found {Found(ref reader)}", reader.TokenStartIndex);
                    return;
                }
                ReadMessage(ref reader, message);
                reader.Read(); // anything but white space after the object is a syntax error
            }
            catch (JsonException e)
            {
                var at = (int)reader.BytesConsumed;
                Problem(path.ToString(), $"malformed JSON: {Syntax(e.Message)}", at);
            }
        }

        private void ReadMessage(ref Utf8JsonReader reader, IMessage message)
        {
            var shape = MessageShape.Of(message.Descriptor);
            ulong seen = 0;
            System.Collections.Generic.HashSet<int>? seenMore = null;
            OneofDescriptor? oneofSet = null;
            Span<char> buffer = stackalloc char[ShortName];
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                // Names are looked up without allocating a string; the name as sent is spelt out only for a problem.
                var index = reader.ValueSpan.Length <= ShortName ? shape.IndexOf(buffer[..reader.CopyString(buffer)]) : shape.IndexOf(reader.GetString()!);
                var nameAt = reader.TokenStartIndex;
                if (index < 0)
                {
                    var name = reader.GetString()!;
                    var where = path.IsEmpty ? "the top level" : $"'{path}'";
                    var at = IsIdentifier(name) ? path.With(name) : path.ToString();
                    path.Push(name);
                    reader.Read();
                    if (!reading.IgnoreUnknownFields)
                    {
                        var near = NearestName.Among(name, shape.JsonNames);
                        Problem(at, $"Unknown name \"{name}\" at {where}: Cannot find field." + (near is null ? "" : $" Did you mean \"{near}\"?"), nameAt);
                    }
                    reader.Skip();
                    path.Pop();
                    continue;
                }
                var field = shape.Fields[index];
                var repeated = FirstTime(index, ref seen, ref seenMore) ? null : reader.GetString();
                path.Push(field.Name);
                if (reading.RecordPositions) Positions.TryAdd(path.ToString(), text.At(nameAt));
                reader.Read();
                if (repeated is not null)
                {
                    Problem(path.ToString(), $"\"{repeated}\" is given more than once in this object: send each field once", nameAt);
                    reader.Skip();
                }
                else if (field.ContainingOneof is { IsSynthetic: false } oneof && reader.TokenType != JsonTokenType.Null && oneofSet == oneof)
                {
                    Problem(path.ToString(), $"Multiple values specified for oneof {oneof.Name}: set only one of {string.Join(", ", oneof.Fields.Select(f => f.JsonName))}", nameAt);
                    reader.Skip();
                }
                else
                {
                    if (field.ContainingOneof is { IsSynthetic: false } chosen && reader.TokenType != JsonTokenType.Null) oneofSet ??= chosen;
                    ReadField(ref reader, message, field);
                }
                path.Pop();
            }
        }

        private static bool FirstTime(int index, ref ulong seen, ref System.Collections.Generic.HashSet<int>? seenMore)
        {
            if (index < 64)
            {
                var bit = 1UL << index;
                if ((seen & bit) != 0) return false;
                seen |= bit;
                return true;
            }
            return (seenMore ??= []).Add(index);
        }

        private void ReadField(ref Utf8JsonReader reader, IMessage message, FieldDescriptor field)
        {
            if (field.IsMap)
            {
                Problem(path.ToString(), "map fields are not read by this reader", reader.TokenStartIndex);
                reader.Skip();
                return;
            }
            if (reader.TokenType == JsonTokenType.Null)
            {
                field.Accessor.Clear(message);
                return;
            }
            if (!field.IsRepeated)
            {
                if (ReadValue(ref reader, field, out var value)) field.Accessor.SetValue(message, value);
                return;
            }
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                Problem(path.ToString(), $"expected a JSON array of {Expected(field)}, found {Found(ref reader)}", reader.TokenStartIndex);
                reader.Skip();
                return;
            }
            var list = (IList)field.Accessor.GetValue(message);
            var i = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                path.Push(i++);
                if (reading.RecordPositions) Positions.TryAdd(path.ToString(), text.At(reader.TokenStartIndex));
                if (reader.TokenType == JsonTokenType.Null)
                    Problem(path.ToString(), $"an array element cannot be null: expected {Expected(field)}", reader.TokenStartIndex);
                else if (ReadValue(ref reader, field, out var value))
                    list.Add(value);
                path.Pop();
            }
        }

        /// <summary>One value of the field's type; false (with the problem noted and the value skipped) if it is not one.</summary>
        private bool ReadValue(ref Utf8JsonReader reader, FieldDescriptor field, out object value)
        {
            value = null!;
            var at = reader.TokenStartIndex;
            var token = reader.TokenType;
            string? problem;
            switch (field.FieldType)
            {
                case FieldType.Message:
                    if (token != JsonTokenType.StartObject) { problem = $"expected a JSON object ({field.MessageType.Name})"; break; }
                    var child = MessageShape.Of(field.MessageType).Create();
                    ReadMessage(ref reader, child);
                    value = child;
                    return true;
                case FieldType.String:
                    if (token == JsonTokenType.String && reader.ValueSpan.Length > reading.MaxStringBytes)
                    {
                        Problems.Add(Locate(path.ToString(), $"a string of {reader.ValueSpan.Length} bytes is longer than the {reading.MaxStringBytes}-byte limit", at) with { TooLarge = true });
                        return false;
                    }
                    if (token == JsonTokenType.String) { value = reader.GetString()!; return true; }
                    problem = token == JsonTokenType.Number
                        ? $"expected a string, found the number {Raw(ref reader)}: decimals are sent as strings, \"{Raw(ref reader)}\""
                        : "expected a string";
                    break;
                case FieldType.Bool:
                    if (token is JsonTokenType.True or JsonTokenType.False) { value = token == JsonTokenType.True; return true; }
                    problem = "expected true or false (without quotes)";
                    break;
                case FieldType.Enum:
                    problem = Enum(ref reader, field.EnumType, out value);
                    break;
                case FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32:
                    problem = Integer(ref reader, int.MinValue, int.MaxValue, "a 32-bit integer", out var i32);
                    value = (int)i32;
                    break;
                case FieldType.UInt32 or FieldType.Fixed32:
                    problem = Integer(ref reader, uint.MinValue, uint.MaxValue, "an unsigned 32-bit integer", out var u32);
                    value = (uint)u32;
                    break;
                case FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64:
                    problem = Integer(ref reader, long.MinValue, long.MaxValue, "a 64-bit integer", out var i64);
                    value = (long)i64;
                    break;
                case FieldType.UInt64 or FieldType.Fixed64:
                    problem = Integer(ref reader, 0, ulong.MaxValue, "an unsigned 64-bit integer", out var u64);
                    value = (ulong)u64;
                    break;
                case FieldType.Double or FieldType.Float:
                    problem = Floating(ref reader, field.FieldType == FieldType.Float, out value);
                    break;
                case FieldType.Bytes:
                    if (token == JsonTokenType.String && TryBase64(reader.GetString()!, out var bytes)) { value = bytes; return true; }
                    problem = "expected a base64 string";
                    break;
                default:
                    problem = $"fields of type {field.FieldType} are not read by this reader";
                    break;
            }
            if (problem is null) return true;
            var saysWhatWasFound = problem.Contains(", found ", StringComparison.Ordinal) || problem.StartsWith("unknown value", StringComparison.Ordinal);
            Problem(path.ToString(), saysWhatWasFound ? problem : $"{problem}, found {Found(ref reader)}", at);
            reader.Skip();
            return false;
        }

        private static string? Enum(ref Utf8JsonReader reader, EnumDescriptor type, out object value)
        {
            value = null!;
            int number;
            if (reader.TokenType == JsonTokenType.String)
            {
                var name = reader.GetString()!;
                var known = type.FindValueByName(name);
                if (known is null)
                {
                    var near = type.Values.FirstOrDefault(v => v.Name.EndsWith("_" + name, StringComparison.Ordinal))?.Name
                        ?? NearestName.Among(name, type.Values.Select(v => v.Name));
                    return $"unknown value \"{name}\" for {type.FullName}: expected one of {string.Join(", ", type.Values.Select(v => v.Name))}"
                        + (near is null ? "" : $"; did you mean \"{near}\"?");
                }
                number = known.Number;
            }
            else if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var d) && d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue)
                number = (int)d;
            else
                return $"expected the name of a {type.FullName} value (a string such as \"{type.Values[^1].Name}\") or its number";
            value = System.Enum.ToObject(type.ClrType, number);
            return null;
        }

        /// <summary>As Google.Protobuf reads integers: a JSON number that is integral and in range, or a string holding one.</summary>
        private static string? Integer(ref Utf8JsonReader reader, decimal min, decimal max, string what, out decimal value)
        {
            value = 0;
            var expected = $"expected {what} (a JSON number or a string of digits)";
            if (reader.TokenType == JsonTokenType.Number)
            {
                var raw = Raw(ref reader);
                if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || double.IsInfinity(d))
                    return $"{expected}, found the number {raw}, which is out of range";
                if (d != Math.Floor(d)) return $"{expected}, found the number {raw}, which is not whole";
                if (d < (double)min || d > (double)max) return $"{expected}, found the number {raw}, which is out of range";
                value = (decimal)d;
                return null;
            }
            if (reader.TokenType != JsonTokenType.String) return expected;
            var s = reader.GetString()!;
            if (s.StartsWith('+') || (s.Length > 1 && s[0] == '0' && char.IsAsciiDigit(s[1])) || (s.Length > 2 && s.StartsWith("-0", StringComparison.Ordinal) && char.IsAsciiDigit(s[2])))
                return $"{expected}, found the string {Quote(s)}, which has a sign or leading zeros";
            if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var parsed))
                return $"{expected}, found the string {Quote(s)}";
            if (parsed != decimal.Truncate(parsed)) return $"{expected}, found the string {Quote(s)}, which is not whole";
            if (parsed < min || parsed > max) return $"{expected}, found the string {Quote(s)}, which is out of range";
            value = parsed;
            return null;
        }

        private static string? Floating(ref Utf8JsonReader reader, bool single, out object value)
        {
            value = null!;
            double d;
            if (reader.TokenType == JsonTokenType.Number) d = double.Parse(Raw(ref reader), CultureInfo.InvariantCulture);
            else if (reader.TokenType == JsonTokenType.String)
            {
                var s = reader.GetString()!;
                switch (s)
                {
                    case "NaN": d = double.NaN; break;
                    case "Infinity": d = double.PositiveInfinity; break;
                    case "-Infinity": d = double.NegativeInfinity; break;
                    default:
                        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out d)) return "expected a number";
                        break;
                }
            }
            else return "expected a number";
            value = single ? (float)d : d;
            return null;
        }

        private static bool TryBase64(string s, out ByteString bytes)
        {
            bytes = ByteString.Empty;
            var normal = s.Replace('-', '+').Replace('_', '/');
            normal = normal.PadRight(normal.Length + (4 - normal.Length % 4) % 4, '=');
            try { bytes = ByteString.FromBase64(normal); return true; }
            catch (FormatException) { return false; }
        }

        private static string Expected(FieldDescriptor field) => field.FieldType switch
        {
            FieldType.Message => $"{field.MessageType.Name} objects",
            FieldType.Enum => $"{field.EnumType.Name} values",
            FieldType.String => "strings",
            FieldType.Bool => "true/false",
            _ => "numbers",
        };

        private static string Found(ref Utf8JsonReader reader) => reader.TokenType switch
        {
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.String => $"the string {Quote(reader.GetString()!)}",
            JsonTokenType.Number => $"the number {Raw(ref reader)}",
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            JsonTokenType.Null => "null",
            _ => reader.TokenType.ToString(),
        };

        private static string Quote(string s) => s.Length > 40 ? $"\"{s[..40]}…\" ({s.Length} characters)" : $"\"{s}\"";

        private static string Raw(ref Utf8JsonReader reader) =>
            System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);

        private static bool IsIdentifier(string name) =>
            name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');


        private void Problem(string field, string problem, long offset) => Problems.Add(Locate(field, problem, offset));

        private JsonProblem Locate(string field, string problem, long offset)
        {
            var (line, column) = text.At(offset);
            return new JsonProblem(field, problem, line, column);
        }

        /// <summary>System.Text.Json's message in a JSON writer's words, without its byte positions (the problem carries line and column).</summary>
        private static string Syntax(string message)
        {
            if (message.Contains("trailing comma", StringComparison.Ordinal)) return "a comma before a closing '}' or ']' (trailing comma): remove it";
            if (message.Contains("maximum configured depth", StringComparison.Ordinal)) return $"the JSON is nested deeper than {MaxDepth} levels";
            if (message.StartsWith("'/' is invalid", StringComparison.Ordinal)) return "'/' where a value or ',' belongs: JSON has no comments";
            if (message.Contains("after a single JSON value", StringComparison.Ordinal)) return "more than one JSON value in the body: send exactly one object";
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            var text = (cut > 0 ? message[..cut] : message).Trim();
            return text.Length > 0 && char.IsUpper(text[0]) && !text.StartsWith("JSON", StringComparison.Ordinal) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
        }
    }
}
