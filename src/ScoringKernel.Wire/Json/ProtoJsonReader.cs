using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text.Json;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using LanguageExt;
using ScoringKernel.Core.Problems;

namespace ScoringKernel.Wire.Json;

/// <summary>A message read from JSON, with the line and column of each field when asked for.</summary>
public sealed record JsonRead<T>(T Message, IReadOnlyDictionary<string, (int Line, int Column)> Positions);

/// <summary>
/// The one reader of proto3 JSON for every way in (the HTTP/JSON routes, the command line, uploads). It reads what
/// Google.Protobuf's <see cref="JsonParser"/> reads (its reference: lowerCamel and original field names, int32 as a
/// number or a string, enums by name or number, <c>null</c> as the default) and builds the same message, but it
/// names every mistake as a <see cref="Problem"/> of <see cref="JsonReason"/> at the field's wire path and its line and
/// column (<see cref="Step.JsonPosition"/>), with what was expected and what was found, and goes on after a
/// mistake where it can, so that all of them are reported at once. Where it departs from that parser it is
/// stricter, as the proto3 JSON parsers of C++ and Java are: an unknown name is refused (unless
/// <see cref="JsonReading.IgnoreUnknownFields"/>), and so is a key given twice in one object.
/// </summary>
public static class ProtoJsonReader
{
    public const int MaxDepth = 64;

    /// <summary>Field names up to this many bytes are looked up from a stack buffer.</summary>
    private const int ShortName = 64;

    public static Either<Seq<Problem>, JsonRead<T>> Read<T>(ReadOnlyMemory<byte> utf8, JsonReading reading) where T : IMessage<T>, new() =>
        Read(utf8, new T().Descriptor, reading).Map(r => new JsonRead<T>((T)r.Message, r.Positions));

    /// <summary>A message of the type <paramref name="type"/> describes, for callers that know it only at run time (the HTTP/JSON routes).</summary>
    public static Either<Seq<Problem>, JsonRead<IMessage>> Read(ReadOnlyMemory<byte> utf8, MessageDescriptor type, JsonReading reading)
    {
        var walk = new Walk(utf8, reading);
        var message = MessageShape.Of(type).Create();
        walk.ReadBody(message);
        return walk.Problems.Count == 0
            ? new JsonRead<IMessage>(message, walk.Positions)
            : walk.Problems.ToSeq().Strict();
    }

    public static Either<Seq<Problem>, JsonRead<T>> Read<T>(string text, JsonReading reading) where T : IMessage<T>, new() =>
        Read<T>(System.Text.Encoding.UTF8.GetBytes(text), reading);

    /// <summary>The line and column a problem of the reader stands at (null for a problem of another origin).</summary>
    public static (int Line, int Column)? PositionOf(Problem problem)
    {
        foreach (var step in problem.At.Steps)
            if (step is Step.JsonPosition p) return (p.Line, p.Column);
        return null;
    }

    /// <summary>The problem without its line and column (where the text it was read from is not the caller's: a GET's path values).</summary>
    public static Problem WithoutPosition(Problem problem) => problem.AtPlace(new Place(problem.At.Steps.Filter(s => s is not Step.JsonPosition)));

    private sealed class Walk(ReadOnlyMemory<byte> utf8, JsonReading reading)
    {
        public readonly List<Problem> Problems = [];
        public readonly Dictionary<string, (int, int)> Positions = new(StringComparer.Ordinal);
        private readonly TextPositions text = new(utf8);
        /// <summary>The field being read; a syntax error deep inside a value is reported at it. Its text is built only when needed.</summary>
        private readonly PathStack path = new();

        public void ReadBody(IMessage message)
        {
            var span = utf8.Span;
            if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                Report([], 0, new JsonReason.ByteOrderMark());
                return;
            }
            if (span.Trim((ReadOnlySpan<byte>)" \t\r\n"u8).IsEmpty)
            {
                Report([], 0, new JsonReason.Empty(message.Descriptor.FullName));
                return;
            }
            var reader = new Utf8JsonReader(span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = MaxDepth });
            try
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    var (foundKind, foundText) = Found(ref reader);
                    Report([], reader.TokenStartIndex, new JsonReason.NotAnObject(message.Descriptor.FullName, foundKind, foundText));
                    return;
                }
                ReadMessage(ref reader, message);
                reader.Read(); // anything but white space after the object is a syntax error
            }
            catch (JsonException e)
            {
                Report(path.Steps(), reader.BytesConsumed, Syntax(e.Message));
            }
            catch (InvalidOperationException e)
            {
                // A string System.Text.Json could tokenise but not decode: a lone surrogate escape (\ud834), bytes that are not UTF-8.
                Report(path.Steps(), reader.TokenStartIndex, new JsonReason.InvalidText(ParserWords(e.Message)));
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
                    var where = path.ToString();
                    var at = path.Steps();
                    if (IsIdentifier(name)) at.Add(new Step.Wire(name));
                    path.Push(name);
                    reader.Read();
                    if (!reading.IgnoreUnknownFields)
                    {
                        var near = NearestName.Among(name, shape.JsonNames);
                        Report(at, nameAt, new JsonReason.UnknownField(name, where, near ?? ""));
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
                    Report(path.Steps(), nameAt, new JsonReason.FieldRepeated(repeated));
                    reader.Skip();
                }
                else if (field.ContainingOneof is { IsSynthetic: false } oneof && reader.TokenType != JsonTokenType.Null && oneofSet == oneof)
                {
                    Report(path.Steps(), nameAt, new JsonReason.OneofSetTwice(oneof.Name, string.Join(", ", oneof.Fields.Select(f => f.JsonName))));
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
                Report(path.Steps(), reader.TokenStartIndex, new JsonReason.MapUnsupported());
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
                var (elementKind, elementType) = Expected(field);
                var (foundKind, foundText) = Found(ref reader);
                Report(path.Steps(), reader.TokenStartIndex, new JsonReason.ExpectedArray(elementKind, elementType, foundKind, foundText));
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
                    Report(path.Steps(), reader.TokenStartIndex, new JsonReason.NullElement(Expected(field).Kind, Expected(field).Type));
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
            Reason? problem;
            switch (field.FieldType)
            {
                // The well-known types in the contract, as JsonParser reads them: a Timestamp is an RFC 3339 string
                // ("2015-12-31T08:00:00Z"), a FieldMask its comma-separated lowerCamelCase paths ("ownBudget.ownBudgetWan").
                case FieldType.Message when field.MessageType.FullName == Google.Protobuf.WellKnownTypes.Timestamp.Descriptor.FullName:
                    if (token == JsonTokenType.String && WellKnown<Google.Protobuf.WellKnownTypes.Timestamp>(reader.GetString()!) is { } timestamp) { value = timestamp; return true; }
                    problem = Wrong("timestamp", "Timestamp", ref reader);
                    break;
                // An update mask: one string of comma-separated lowerCamelCase paths, as JsonParser reads it.
                case FieldType.Message when field.MessageType.FullName == Google.Protobuf.WellKnownTypes.FieldMask.Descriptor.FullName:
                    if (token == JsonTokenType.String) { value = FieldMaskJson.Read(reader.GetString()!); return true; }
                    problem = Wrong("string", "FieldMask", ref reader);
                    break;
                case FieldType.Message:
                    if (token != JsonTokenType.StartObject) { problem = Wrong("object", field.MessageType.Name, ref reader); break; }
                    var child = MessageShape.Of(field.MessageType).Create();
                    ReadMessage(ref reader, child);
                    value = child;
                    return true;
                case FieldType.String:
                    if (token == JsonTokenType.String && reader.ValueSpan.Length > reading.MaxStringBytes)
                    {
                        Report(path.Steps(), at, new JsonReason.StringTooLong(reader.ValueSpan.Length, reading.MaxStringBytes));
                        return false;
                    }
                    if (token == JsonTokenType.String) { value = reader.GetString()!; return true; }
                    problem = token == JsonTokenType.Number ? new JsonReason.DecimalAsNumber(Raw(ref reader)) : Wrong("string", "", ref reader);
                    break;
                case FieldType.Bool:
                    if (token is JsonTokenType.True or JsonTokenType.False) { value = token == JsonTokenType.True; return true; }
                    problem = Wrong("bool", "", ref reader);
                    break;
                case FieldType.Enum:
                    problem = Enum(ref reader, field.EnumType, out value);
                    break;
                case FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32:
                    problem = Integer(ref reader, int.MinValue, int.MaxValue, (kind, text, fault) => new JsonReason.NotAnInt32(kind, text, fault), out var i32);
                    value = (int)i32;
                    break;
                case FieldType.UInt32 or FieldType.Fixed32:
                    problem = Integer(ref reader, uint.MinValue, uint.MaxValue, (kind, text, fault) => new JsonReason.NotAnUInt32(kind, text, fault), out var u32);
                    value = (uint)u32;
                    break;
                case FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64:
                    problem = Integer(ref reader, long.MinValue, long.MaxValue, (kind, text, fault) => new JsonReason.NotAnInt64(kind, text, fault), out var i64);
                    value = (long)i64;
                    break;
                case FieldType.UInt64 or FieldType.Fixed64:
                    problem = Integer(ref reader, 0, ulong.MaxValue, (kind, text, fault) => new JsonReason.NotAnUInt64(kind, text, fault), out var u64);
                    value = (ulong)u64;
                    break;
                case FieldType.Double or FieldType.Float:
                    problem = Floating(ref reader, field.FieldType == FieldType.Float, out value);
                    break;
                case FieldType.Bytes:
                    if (token == JsonTokenType.String && TryBase64(reader.GetString()!, out var bytes)) { value = bytes; return true; }
                    problem = Wrong("base64", "", ref reader);
                    break;
                default:
                    var (foundKind, foundText) = Found(ref reader);
                    problem = new JsonReason.FieldTypeUnsupported(field.FieldType.ToString(), foundKind, foundText);
                    break;
            }
            if (problem is not { } p) return true;
            Report(path.Steps(), at, p);
            reader.Skip();
            return false;
        }

        private static T? WellKnown<T>(string text) where T : class, IMessage<T>, new()
        {
            try { return JsonParser.Default.Parse<T>(System.Text.Json.JsonSerializer.Serialize(text)); }
            catch (InvalidProtocolBufferException) { return null; }
        }

        private static Reason Wrong(string expected, string type, ref Utf8JsonReader reader)
        {
            var (foundKind, foundText) = Found(ref reader);
            return new JsonReason.WrongType(expected, type, foundKind, foundText);
        }

        private static Reason? Enum(ref Utf8JsonReader reader, EnumDescriptor type, out object value)
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
                    return new JsonReason.UnknownEnum(name, type.FullName, string.Join(", ", type.Values.Select(v => v.Name)), near ?? "");
                }
                number = known.Number;
            }
            else if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var d) && d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue)
                number = (int)d;
            else
            {
                var (foundKind, foundText) = Found(ref reader);
                return new JsonReason.NotAnEnum(type.FullName, type.Values[^1].Name, foundKind, foundText);
            }
            value = System.Enum.ToObject(type.ClrType, number);
            return null;
        }

        /// <summary>As Google.Protobuf reads integers: a JSON number that is integral and in range, or a string holding one.</summary>
        private static Reason? Integer(ref Utf8JsonReader reader, decimal min, decimal max, Func<string, string, string, Reason> reason, out decimal value)
        {
            value = 0;
            Reason Not(ref Utf8JsonReader r, string fault)
            {
                var (foundKind, foundText) = Found(ref r);
                return reason(foundKind, foundText, fault);
            }
            if (reader.TokenType == JsonTokenType.Number)
            {
                var raw = Raw(ref reader);
                // Exactly, as a decimal, where the number fits one: a 64-bit integer written as a JSON number keeps every
                // digit (9088304479699349726 stays itself; read through a double it would become …349504). Through a
                // double only for an exponent beyond decimal's range, which no 64-bit integer reaches anyway.
                if (decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
                {
                    if (exact != decimal.Truncate(exact)) return Not(ref reader, "not_whole");
                    if (exact < min || exact > max) return Not(ref reader, "out_of_range");
                    value = exact;
                    return null;
                }
                if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || double.IsInfinity(d)) return Not(ref reader, "out_of_range");
                if (d != Math.Floor(d)) return Not(ref reader, "not_whole");
                if (d < (double)min || d > (double)max) return Not(ref reader, "out_of_range");
                value = (decimal)d;
                return null;
            }
            if (reader.TokenType != JsonTokenType.String) return Not(ref reader, "");
            var s = reader.GetString()!;
            if (s.StartsWith('+') || (s.Length > 1 && s[0] == '0' && char.IsAsciiDigit(s[1])) || (s.Length > 2 && s.StartsWith("-0", StringComparison.Ordinal) && char.IsAsciiDigit(s[2])))
                return Not(ref reader, "sign_or_leading_zeros");
            if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var parsed))
                return Not(ref reader, "");
            if (parsed != decimal.Truncate(parsed)) return Not(ref reader, "not_whole");
            if (parsed < min || parsed > max) return Not(ref reader, "out_of_range");
            value = parsed;
            return null;
        }

        private static Reason? Floating(ref Utf8JsonReader reader, bool single, out object value)
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
                        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out d)) return Wrong("number", "", ref reader);
                        break;
                }
            }
            else return Wrong("number", "", ref reader);
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

        /// <summary>What the elements of a repeated field are: their kind and type (see <see cref="JsonReason"/>).</summary>
        private static (string Kind, string Type) Expected(FieldDescriptor field) => field.FieldType switch
        {
            FieldType.Message => ("message", field.MessageType.Name),
            FieldType.Enum => ("enum", field.EnumType.Name),
            FieldType.String => ("string", ""),
            FieldType.Bool => ("bool", ""),
            _ => ("number", ""),
        };

        /// <summary>What the reader stands on: its JSON kind and its text (see <see cref="JsonReason"/>).</summary>
        private static (string Kind, string Text) Found(ref Utf8JsonReader reader) => reader.TokenType switch
        {
            JsonTokenType.StartObject => ("object", ""),
            JsonTokenType.StartArray => ("array", ""),
            JsonTokenType.String => ("string", reader.GetString()!),
            JsonTokenType.Number => ("number", Raw(ref reader)),
            JsonTokenType.True => ("true", ""),
            JsonTokenType.False => ("false", ""),
            JsonTokenType.Null => ("null", ""),
            var other => (other.ToString(), ""),
        };

        private static string Raw(ref Utf8JsonReader reader) =>
            System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);

        private static bool IsIdentifier(string name) =>
            name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');


        /// <summary>A problem at <paramref name="steps"/> (the field's wire path) and at the line and column of <paramref name="offset"/>.</summary>
        private void Report(List<Step> steps, long offset, Reason reason)
        {
            var (line, column) = text.At(offset);
            steps.Insert(0, new Step.JsonPosition(line, column));
            Problems.Add(new Problem(reason, new Place(steps.ToSeq().Strict())));
        }

        /// <summary>
        /// System.Text.Json's message as a reason: the common mistakes each their own, the rest in its words (without its
        /// byte positions: the problem carries line and column) with the character it stopped at, where it names one.
        /// </summary>
        private static Reason Syntax(string message)
        {
            if (message.Contains("trailing comma", StringComparison.Ordinal)) return new JsonReason.TrailingComma();
            if (message.Contains("maximum configured depth", StringComparison.Ordinal)) return new JsonReason.TooDeep(MaxDepth);
            if (message.StartsWith("'/' is invalid", StringComparison.Ordinal)) return new JsonReason.Comment();
            if (message.Contains("after a single JSON value", StringComparison.Ordinal)) return new JsonReason.SeveralValues();
            if (message.Contains("end of data", StringComparison.Ordinal) || message.Contains("Expected depth to be zero at the end", StringComparison.Ordinal))
                return new JsonReason.Truncated(ParserWords(message));
            var text = Unplaced(message);
            var stoppedAt = text.Length >= 3 && text[0] == '\'' && text[2] == '\'' ? text[1].ToString() : "";
            return new JsonReason.Malformed(ParserWords(message), stoppedAt);
        }

        /// <summary>System.Text.Json's message without its byte positions (the problem carries line and column).</summary>
        private static string Unplaced(string message)
        {
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            return (cut > 0 ? message[..cut] : message).Trim();
        }

        /// <summary>The parser's words as a sentence part: lower-case first, unless it starts with a name (JSON).</summary>
        private static string ParserWords(string message)
        {
            var text = Unplaced(message);
            return text.Length > 0 && char.IsUpper(text[0]) && !text.StartsWith("JSON", StringComparison.Ordinal) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
        }
    }
}
