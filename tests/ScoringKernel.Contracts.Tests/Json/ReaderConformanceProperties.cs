using System.Collections;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using ScoringKernel.Wire;
using ScoringKernel.Wire.Json;
using ScoringKernel.Contracts.V1;
using ScoringKernel.Words;
using Xunit;

namespace ScoringKernel.Contracts.Tests.Json;

/// <summary>
/// The one JSON reader against its reference, Google.Protobuf's JsonParser with unknown fields refused: on random
/// single-token mutations of the example file, it accepts exactly what the reference accepts (except a key given
/// twice in one object, which the reference merges and this reader refuses, as the C++ and Java parsers do), builds
/// the same request when both accept, and names a field path for every refusal; what <see cref="ProtoJsonWriter"/>
/// writes of an accepted request reads back as that request. The same holds for every request and response type of
/// the contract (<see cref="ContractTypes"/>): random messages of each (oneofs, bytes, enums out of range, Chinese
/// text), written by the reference formatter and by the writer, read back as they were, and so do single-token
/// mutations of their JSON.
/// </summary>
public class ReaderConformanceProperties
{
    private static readonly JsonParser Reference = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false).WithRecursionLimit(ProtoJsonReader.MaxDepth));
    private static readonly IReadOnlyList<JsonTokens.Token> Tokens = JsonTokens.Of(ExampleFile.Text);

    private static readonly string[] Pool =
    [
        "{", "}", "[", "]", ",", ":", "null", "true", "false", "0", "-1", "1.5", "5.0", "1e2", "3000000000", "\"5\"", "\"5.5\"", "\"x\"", "\"\"",
        "\"UNIT_POLICY_WHOLE_UNITS\"", "\"WHOLE_UNITS\"", "7", "99", "\"3680\"", "\"fundsMisused\"", "\"units\"", "{}", "[]",
        "\"AAAA\"", "\"-_8\"", "\"not base64\"", "\"NaN\"", "\"parameter\"", "\"figure\"", "\"base\"", "\"unitCode\"", "\"kind\"", "\"group\"",
    ];

    /// <summary>
    /// The file's tokens grouped by what they are (each key name, the value of each key name, each punctuation mark),
    /// so that a mutation is as likely to hit the one int32 field as the hundreds of village names.
    /// </summary>
    private static readonly IReadOnlyList<int[]> Groups = Tokens.Select((t, i) => (Group: GroupOf(i), Index: i))
        .Where(x => x.Index > 0 && x.Index < Tokens.Count - 1)
        .GroupBy(x => x.Group).Select(g => g.Select(x => x.Index).ToArray()).ToList();

    private static string GroupOf(int i) =>
        i + 1 < Tokens.Count && Tokens[i + 1].Text == ":" ? "key " + Tokens[i].Text
        : i > 0 && Tokens[i - 1].Text == ":" ? "value of " + Tokens[i - 2].Text
        : Tokens[i].Text.StartsWith('"') ? "array string" : Tokens[i].Text;

    public static Arbitrary<string> Mutations() => Arb.From(
        from members in Gen.Elements(Groups.ToArray())
        from index in Gen.Elements(members)
        from kind in Gen.Choose(0, 6)
        from pick in Gen.Elements(Pool)
        from other in Gen.Choose(0, Tokens.Count - 1)
        from at in Gen.Choose(0, 1000)
        select Mutate(Tokens[index], kind, pick, Tokens[other].Text, at));

    private static string Mutate(JsonTokens.Token token, int kind, string pick, string other, int at) => Mutate(ExampleFile.Text, token, kind, pick, other, at);

    private static string Mutate(string text, JsonTokens.Token token, int kind, string pick, string other, int at)
    {
        var replacement = kind switch
        {
            0 => "",                                   // delete
            1 => token.Text + " " + token.Text,        // duplicate
            2 => pick,                                 // replace with a token from the pool
            3 => other,                                // replace with another token of the file
            4 => pick + " " + token.Text,              // insert before
            5 => Spelling(token.Text, at),             // misspell a string or reshape a number
            _ => token.Text.StartsWith('"') ? token.Text.Trim('"') : "\"" + token.Text + "\"", // quote or unquote
        };
        return text[..token.Start] + replacement + text[(token.Start + token.Text.Length)..];
    }

    private static string Spelling(string token, int at)
    {
        if (token.Length < 3) return token + "0";
        var i = 1 + at % (token.Length - 2);
        return (at % 3) switch
        {
            0 => token.Remove(i, 1),                                              // drop a character
            1 => token[..i] + char.ToUpperInvariant(token[i]) + token[(i + 1)..], // change a letter's case
            _ => i + 1 < token.Length - 1 ? token[..i] + token[i + 1] + token[i] + token[(i + 2)..] : token + "1", // swap neighbours
        };
    }

    [Property(Arbitrary = [typeof(ReaderConformanceProperties)], MaxTest = 1000)]
    public void The_reader_accepts_what_the_reference_accepts_and_reads_the_same_request(string body)
    {
        var reference = ReferenceRead(body);
        var read = ProtoJsonReader.Read<AssessRequest>(body, JsonReading.Strict);
        var duplicate = HasDuplicateKey(body);

        AssertConforms(AssessRequest.Descriptor, body, reference, duplicate);
    }

    [Fact]
    public void The_unmutated_example_reads_as_the_reference_reads_it()
    {
        var read = ProtoJsonReader.Read<AssessRequest>(ExampleFile.Text, JsonReading.Strict);
        Assert.Equal(Reference.Parse<AssessRequest>(ExampleFile.Text), read.Match(r => r.Message, ps => throw new Xunit.Sdk.XunitException(ProblemWords.Description(ps.Head))));
    }

    /// <summary>Every request and response type the contract's services declare (unary and streaming), each once.</summary>
    public static readonly IReadOnlyList<MessageDescriptor> ContractTypes = new[] { ScoringService.Descriptor, ScenarioService.Descriptor }
        .SelectMany(s => s.Methods).SelectMany(m => new[] { m.InputType, m.OutputType })
        .DistinctBy(t => t.FullName).ToList();

    [Fact]
    public void The_contract_types_include_the_oneofs_and_bytes_they_are_meant_to()
    {
        Assert.Contains(ContractTypes, t => t.FullName == "scoringkernel.v1.EvaluateRequest");
        Assert.Contains(ContractTypes, t => t.FullName == "scoringkernel.v1.ReadFiguresWorkbookRequest");
        Assert.Contains(ContractTypes, t => t.FullName == "scoringkernel.v1.WriteResultWorkbookResponse");
        Assert.Contains(ContractTypes, t => t.FullName == "scoringkernel.v1.SweepScenarioResponse");
        Assert.True(ContractTypes.Count >= 20, $"{ContractTypes.Count} types");
    }

    /// <summary>Random messages of every type, written by the reference and by the writer, read back as they were.</summary>
    [Fact]
    public void Random_messages_of_every_contract_type_read_back_as_they_were_written()
    {
        var formatter = new JsonFormatter(JsonFormatter.Settings.Default);
        var oneofsSet = 0;
        foreach (var type in ContractTypes)
            for (var seed = 0; seed < 25; seed++)
            {
                var message = RandomMessages.Of(type, new Random(seed * 7919 + type.FullName.Length));
                oneofsSet += RandomMessages.OneofsSet(message);
                foreach (var text in new[] { formatter.Format(message), System.Text.Encoding.UTF8.GetString(ProtoJsonWriter.ToUtf8(message)) })
                {
                    var read = ProtoJsonReader.Read(System.Text.Encoding.UTF8.GetBytes(text), type, JsonReading.Strict);
                    Assert.True(read.IsRight, $"{type.Name}: {text}: {read.Match(_ => "", ps => string.Join(" | ", ps.Map(p => ProblemWords.Description(p))))}");
                    Assert.Equal(message, read.Match(r => r.Message, _ => null!));
                    Assert.Equal(message, Reference.Parse(text, type));
                }
            }
        Assert.True(oneofsSet > 50, $"only {oneofsSet} oneofs set in all the random messages");
    }

    public sealed record Mutated(MessageDescriptor Type, string Body)
    {
        public override string ToString() => $"{Type.Name}: {Body}";
    }

    public static Arbitrary<Mutated> MutatedMessages() => Arb.From(
        from type in Gen.Elements(ContractTypes.ToArray())
        from seed in Gen.Choose(0, 1_000_000)
        from writer in Gen.Elements(true, false)
        from token in Gen.Choose(0, 1_000_000)
        from kind in Gen.Choose(0, 6)
        from pick in Gen.Elements(Pool)
        from other in Gen.Choose(0, 1_000_000)
        from at in Gen.Choose(0, 1000)
        select MutatedOf(type, seed, writer, token, kind, pick, other, at));

    private static Mutated MutatedOf(MessageDescriptor type, int seed, bool writer, int token, int kind, string pick, int other, int at)
    {
        var message = RandomMessages.Of(type, new Random(seed));
        var text = writer ? System.Text.Encoding.UTF8.GetString(ProtoJsonWriter.ToUtf8(message)) : JsonFormatter.Default.Format(message);
        var tokens = JsonTokens.Of(text);
        return new Mutated(type, Mutate(text, tokens[token % tokens.Count], kind, pick, tokens[other % tokens.Count].Text, at));
    }

    [Fact]
    public void A_64_bit_integer_written_as_a_json_number_keeps_every_digit()
    {
        var read = ProtoJsonReader.Read<ScoringKernel.Contracts.V1.CompareScenariosResponse>(
            """{"invariantViolations":[{"seed":9088304479699349726}]}""", JsonReading.Strict);
        Assert.Equal(9088304479699349726UL, read.Match(r => r.Message.InvariantViolations[0].Seed, _ => 0UL));
    }

    [Property(Arbitrary = [typeof(ReaderConformanceProperties)], MaxTest = 1500)]
    public void Mutations_of_every_contract_type_are_read_as_the_reference_reads_them(Mutated mutated) =>
        AssertConforms(mutated.Type, mutated.Body, ReferenceRead(SpecForms(mutated.Body, mutated.Type), mutated.Type) ?? ReferenceRead(mutated.Body, mutated.Type),
            HasDuplicateKey(mutated.Body));

    /// <summary>
    /// The two places the reader reads more than its reference: proto3 JSON accepts bytes as standard or URL-safe base64,
    /// with or without padding, where Google.Protobuf's parser only takes padded standard base64; and a 64-bit integer
    /// written as a JSON number is read exactly, where Google.Protobuf reads it through a double. So the reference is
    /// asked with every bytes value as padded standard base64 and every such integer as a string (the body as it was
    /// where it is not a JSON document).
    /// </summary>
    private static string SpecForms(string body, MessageDescriptor type)
    {
        try
        {
            var node = System.Text.Json.Nodes.JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { MaxDepth = 256 });
            if (node is null) return body;
            Normalize(node, type);
            return node.ToJsonString();
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException) { return body; }
    }

    private static void Normalize(System.Text.Json.Nodes.JsonNode node, MessageDescriptor type)
    {
        if (node is not System.Text.Json.Nodes.JsonObject obj) return;
        foreach (var (name, value) in obj.ToList())
        {
            var field = type.Fields.InDeclarationOrder().FirstOrDefault(f => f.JsonName == name || f.Name == name);
            if (field is null || value is null) continue;
            var values = value is System.Text.Json.Nodes.JsonArray array && field.IsRepeated ? array.ToList() : [value];
            foreach (var v in values)
            {
                if (v is null) continue;
                if (field.FieldType == FieldType.Message) Normalize(v, field.MessageType);
                // Google.Protobuf reads a 64-bit integer written as a JSON number through a double, losing digits past
                // 2^53; the reader keeps them. The reference is asked with the number as a string, which it reads exactly.
                else if (field.FieldType is FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 or FieldType.UInt64 or FieldType.Fixed64
                         && v.GetValueKind() == JsonValueKind.Number && v.ToJsonString() is var digits && !digits.Contains('.') && !digits.Contains('e') && !digits.Contains('E'))
                {
                    if (v.Parent is System.Text.Json.Nodes.JsonArray parent) parent[parent.IndexOf(v)] = digits;
                    else obj[name] = digits;
                }
                else if (field.FieldType == FieldType.Bytes && v.GetValueKind() == JsonValueKind.String)
                {
                    var text = v.GetValue<string>().Replace('-', '+').Replace('_', '/');
                    var padded = text.PadRight(text.Length + (4 - text.Length % 4) % 4, '=');
                    if (v.Parent is System.Text.Json.Nodes.JsonArray parent) parent[parent.IndexOf(v)] = padded;
                    else obj[name] = padded;
                }
            }
        }
    }

    private static void AssertConforms(MessageDescriptor type, string body, IMessage? reference, bool duplicate)
    {
        var read = ProtoJsonReader.Read(System.Text.Encoding.UTF8.GetBytes(body), type, JsonReading.Strict);
        Assert.True(read.IsRight == (reference is not null && !duplicate),
            $"reader {(read.IsRight ? "accepted" : "refused")}, reference {(reference is null ? "refused" : "accepted")}{(duplicate ? " (a duplicate key)" : "")}: "
            + read.Match(_ => "", ps => string.Join(" | ", ps.Map(p => $"{ProblemPaths.Of(p)}: {ProblemWords.Description(p)}"))));
        read.Match(
            ok =>
            {
                Assert.Equal(reference, ok.Message);
                // and what the writer makes of it reads back as the same message
                Assert.Equal(ok.Message, Reference.Parse(System.Text.Encoding.UTF8.GetString(ProtoJsonWriter.ToUtf8(ok.Message)), type));
            },
            problems =>
            {
                Assert.False(problems.IsEmpty);
                foreach (var p in problems)
                {
                    Assert.True(Resolves(type, ProblemPaths.Of(p)), $"'{ProblemPaths.Of(p)}' is not a path into {type.Name} ({ProblemWords.Description(p)})");
                    Assert.StartsWith("JSON_", p.Reason.Code);
                    Assert.NotNull(ProtoJsonReader.PositionOf(p));
                    Assert.NotEmpty(ProblemWords.Message(p, Language.ZhCn));
                }
            });
    }

    private static IMessage? ReferenceRead(string body, MessageDescriptor? type = null)
    {
        try { return Reference.Parse(body, type ?? AssessRequest.Descriptor); }
        catch (Exception e) when (e is InvalidProtocolBufferException or InvalidJsonException or FormatException or InvalidOperationException) { return null; }
    }

    /// <summary>Whether some object names one field twice (in either spelling), judged by System.Text.Json's document model.</summary>
    private static bool HasDuplicateKey(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 256 });
            return Duplicates(doc.RootElement);
        }
        catch (JsonException) { return false; }
    }

    private static bool Duplicates(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().GroupBy(p => p.Name.Replace("_", "").ToLowerInvariant()).Any(g => g.Count() > 1)
                                || e.EnumerateObject().Any(p => Duplicates(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().Any(Duplicates),
        _ => false,
    };

    /// <summary>"" (the message), or a path of proto field names and indexes into <paramref name="root"/>; its last name may be an unknown one as sent.</summary>
    private static bool Resolves(MessageDescriptor root, string path)
    {
        if (path.Length == 0) return true;
        MessageDescriptor? type = root;
        var segments = path.Split('.');
        for (var i = 0; i < segments.Length; i++)
        {
            var name = segments[i].Split('[')[0];
            var field = type?.FindFieldByName(name);
            if (field is null) return i == segments.Length - 1;
            type = field.FieldType == FieldType.Message ? field.MessageType : null;
        }
        return true;
    }
}
