using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using ScoringKernel.Wire.Json;
using ScoringKernel.Contracts.V1;
using Xunit;

namespace ScoringKernel.Contracts.Tests.Json;

/// <summary>
/// The one JSON reader against its reference, Google.Protobuf's JsonParser with unknown fields refused: on random
/// single-token mutations of the example file, it accepts exactly what the reference accepts (except a key given
/// twice in one object, which the reference merges and this reader refuses, as the C++ and Java parsers do), builds
/// the same request when both accept, and names a field path for every refusal; what <see cref="ProtoJsonWriter"/>
/// writes of an accepted request reads back as that request.
/// </summary>
public class ReaderConformanceProperties
{
    private static readonly JsonParser Reference = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false).WithRecursionLimit(ProtoJsonReader.MaxDepth));
    private static readonly IReadOnlyList<JsonTokens.Token> Tokens = JsonTokens.Of(ExampleFile.Text);

    private static readonly string[] Pool =
    [
        "{", "}", "[", "]", ",", ":", "null", "true", "false", "0", "-1", "1.5", "5.0", "1e2", "3000000000", "\"5\"", "\"5.5\"", "\"x\"", "\"\"",
        "\"UNIT_POLICY_WHOLE_UNITS\"", "\"WHOLE_UNITS\"", "7", "99", "\"3680\"", "\"fundsMisused\"", "\"units\"", "{}", "[]",
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

    private static string Mutate(JsonTokens.Token token, int kind, string pick, string other, int at)
    {
        var text = ExampleFile.Text;
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

        Assert.True(read.IsRight == (reference is not null && !duplicate),
            $"reader {(read.IsRight ? "accepted" : "refused")}, reference {(reference is null ? "refused" : "accepted")}{(duplicate ? " (a duplicate key)" : "")}: "
            + read.Match(_ => "", ps => string.Join(" | ", ps.Map(p => $"{p.Field}: {p.Description}"))));
        read.Match(
            ok =>
            {
                Assert.Equal(reference, ok.Message);
                // and what the writer makes of it reads back as the same request
                Assert.Equal(ok.Message, Reference.Parse<AssessRequest>(System.Text.Encoding.UTF8.GetString(ProtoJsonWriter.ToUtf8(ok.Message))));
            },
            problems =>
            {
                Assert.False(problems.IsEmpty);
                foreach (var p in problems) Assert.True(Resolves(p.Field), $"'{p.Field}' is not a path into AssessRequest ({p.Problem})");
            });
    }

    [Fact]
    public void The_unmutated_example_reads_as_the_reference_reads_it()
    {
        var read = ProtoJsonReader.Read<AssessRequest>(ExampleFile.Text, JsonReading.Strict);
        Assert.Equal(Reference.Parse<AssessRequest>(ExampleFile.Text), read.Match(r => r.Message, ps => throw new Xunit.Sdk.XunitException(ps.Head.Description)));
    }

    private static AssessRequest? ReferenceRead(string body)
    {
        try { return Reference.Parse<AssessRequest>(body); }
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

    /// <summary>"" (the request), or a path of proto field names and indexes into AssessRequest; its last name may be an unknown one as sent.</summary>
    private static bool Resolves(string path)
    {
        if (path.Length == 0) return true;
        MessageDescriptor? type = AssessRequest.Descriptor;
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
