using System.Text.RegularExpressions;
using ScoringKernel.Core.Problems;
using ScoringKernel.Wire;
using ScoringKernel.Words;
using Xunit;

namespace ScoringKernel.Contracts.Tests.Json;

/// <summary>
/// The words of every JSON reason, with sample arguments of every shape the reader gives them: each renders in zh-CN
/// and en, and the Chinese has no English in it but the arguments' own text (names typed, type and enum names) and
/// the few tokens a JSON file is written in (true, false, null, JSON, UTF, BOM, Base64).
/// </summary>
public partial class JsonWordsTests
{
    /// <summary>What the reader can say it found: every JSON kind, with its text.</summary>
    private static readonly (string Kind, string Text)[] Found =
    [
        ("object", ""), ("array", ""), ("string", "abc"), ("string", new string('x', 60)), ("number", "5.5"), ("true", ""), ("false", ""), ("null", ""),
    ];

    private static readonly (string Kind, string Type)[] Elements = [("message", "UnitFigures"), ("enum", "UnitPolicy"), ("string", ""), ("bool", ""), ("number", "")];

    private static readonly string[] Faults = ["", "out_of_range", "not_whole", "sign_or_leading_zeros"];

    private const string Policy = "scoringkernel.v1.UnitPolicy", Policies = "UNIT_POLICY_UNSPECIFIED, UNIT_POLICY_WHOLE_UNITS";

    public static readonly Reason[] Samples =
    [
        new JsonReason.ByteOrderMark(),
        new JsonReason.Empty("scoringkernel.v1.AssessRequest"),
        .. Found.Select(f => new JsonReason.NotAnObject("scoringkernel.v1.AssessRequest", f.Kind, f.Text)),
        new JsonReason.Malformed("'<' is an invalid start of a value.", "<"), new JsonReason.Malformed("expected a ',' or '}' after a property value.", ""),
        new JsonReason.Truncated("expected end of string, but instead reached end of data."),
        new JsonReason.InvalidText("cannot read incomplete UTF-16 JSON text as string with missing low surrogate."),
        new JsonReason.TrailingComma(),
        new JsonReason.Comment(),
        new JsonReason.TooDeep(64),
        new JsonReason.SeveralValues(),
        new JsonReason.UnknownField("fundsMissued", "units[0]", "fundsMisused"), new JsonReason.UnknownField("x", "", ""), new JsonReason.UnknownField("单位", "units[0]", ""),
        new JsonReason.FieldRepeated("ruleSetId"),
        new JsonReason.OneofSetTwice("kind", "parameter, policy, target, figure"),
        new JsonReason.MapUnsupported(),
        .. Elements.SelectMany(e => Found.Select(f => new JsonReason.ExpectedArray(e.Kind, e.Type, f.Kind, f.Text))),
        .. Elements.Select(e => new JsonReason.NullElement(e.Kind, e.Type)),
        new JsonReason.StringTooLong(6291456, 4194304),
        .. new[] { "object", "string", "bool", "number", "base64" }.SelectMany(e => Found.Select(f => new JsonReason.WrongType(e, e == "object" ? "HouseRenovationFigures" : "", f.Kind, f.Text))),
        new JsonReason.DecimalAsNumber("3680"),
        .. Integers((kind, text, fault) => new JsonReason.NotAnInt32(kind, text, fault)),
        .. Integers((kind, text, fault) => new JsonReason.NotAnUInt32(kind, text, fault)),
        .. Integers((kind, text, fault) => new JsonReason.NotAnInt64(kind, text, fault)),
        .. Integers((kind, text, fault) => new JsonReason.NotAnUInt64(kind, text, fault)),
        new JsonReason.UnknownEnum("WHOLE_UNITS", Policy, Policies, "UNIT_POLICY_WHOLE_UNITS"),
        new JsonReason.UnknownEnum("整", Policy, Policies, ""),
        .. Found.Select(f => new JsonReason.NotAnEnum(Policy, "UNIT_POLICY_STARTED_UNITS", f.Kind, f.Text)),
        .. Found.Select(f => new JsonReason.FieldTypeUnsupported("Group", f.Kind, f.Text)),
    ];

    private static IEnumerable<Reason> Integers(Func<string, string, string, Reason> make) =>
        Faults.SelectMany(fault => Found.Select(f => make(f.Kind, f.Text, fault)));

    /// <summary>The kinds and faults the words switch on: never shown, so never excused from the check.</summary>
    private static readonly HashSet<string> Switches = ["object", "array", "string", "number", "true", "false", "null", "message", "enum", "bool", "base64", "out_of_range", "not_whole", "sign_or_leading_zeros"];

    /// <summary>The tokens a JSON file is written in, which a clerk sees in the file itself.</summary>
    private static readonly string[] FileTokens = ["true", "false", "null", "JSON", "UTF", "BOM", "Base64"];

    /// <summary>Every case of <see cref="JsonReason"/> (its words the compiler checks).</summary>
    public static IEnumerable<Type> Declared() => typeof(JsonReason).GetNestedTypes().Where(t => t.IsSubclassOf(typeof(JsonReason)));

    [Fact]
    public void Every_json_reason_has_samples_and_a_stable_code()
    {
        var declared = Declared().ToList();
        Assert.Equal(26, declared.Count);
        foreach (var type in declared)
            Assert.True(Samples.Any(r => r.GetType() == type), $"{type.Name} has no sample here");
        var codes = Samples.DistinctBy(r => r.GetType()).Select(r => r.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches("^JSON_[A-Z0-9_]+$", code));
    }

    [Fact]
    public void Every_json_reason_renders_in_both_languages_and_its_Chinese_has_no_English()
    {
        var rendered = 0;
        foreach (var reason in Samples)
        {
            var args = reason.Args.ToArray();
            var problem = new Problem(reason, Place.Whole);
            var zh = ProblemWords.Message(problem, Language.ZhCn);
            var en = ProblemWords.Message(problem, Language.En);
            Assert.False(string.IsNullOrWhiteSpace(zh), reason.Code);
            Assert.False(string.IsNullOrWhiteSpace(en), reason.Code);
            Assert.NotEqual(en, zh);
            Assert.True(EnglishIn(zh, args) is not { } word, $"{reason.Code}: “{zh}” has English in it: {EnglishIn(zh, args)}");
            Assert.Matches(HanPattern(), zh);
            rendered++;
        }
        Assert.True(rendered > 100, $"{rendered} renderings");
    }

    [Fact]
    public void The_check_for_English_finds_it()
    {
        Assert.Equal("expected", EnglishIn("应为整数 expected", []));
        Assert.Equal("found", EnglishIn("字段“x”不存在 found", [T("x")]));
        // A kind the words switch on is not shown, so it is no excuse: "string" left in the Chinese is English.
        Assert.Equal("string", EnglishIn("应为 string", [C("string")]));
        Assert.Null(EnglishIn("字段“fundsMissued”不存在,是否想写“fundsMisused”?", [T("fundsMissued"), C("units[0]"), C("fundsMisused")]));
        Assert.Null(EnglishIn("应为 true 或 false", []));
    }

    [Fact]
    public void A_json_position_is_said_as_a_line_and_column_and_has_no_field_of_its_own()
    {
        var problem = Problem.Of(new JsonReason.TrailingComma()).AtPlace(Place.Of(new Step.JsonPosition(3, 7), new Step.Wire("units"), new Step.Element(0), new Step.Wire("unit_code")));
        Assert.Equal("units[0].unit_code", ProblemPaths.Of(problem));
        Assert.Equal("第3行第7列 · units[0].unit_code", ProblemWords.Place(problem, Language.ZhCn));
        Assert.Equal("line 3, column 7 · units[0].unit_code", ProblemWords.Place(problem, Language.En));
        Assert.Equal("malformed JSON: a comma before a closing '}' or ']' (trailing comma): remove it (line 3, column 7)", ProblemWords.Description(problem));
        Assert.Equal("", ProblemPaths.Of(Place.Of(new Step.JsonPosition(1, 1))));
    }

    /// <summary>The first run of two or more ASCII letters in <paramref name="zh"/> once the arguments' own text and a file's tokens are taken out; null if none.</summary>
    private static Arg C(string text) => new Arg.Code(text);
    private static Arg T(string text) => new Arg.Typed(text);

    private static string? EnglishIn(string zh, Arg[] args)
    {
        var shown = args.SelectMany(a => a switch
        {
            Arg.Typed t => new[] { t.Text, t.Text.Length > 40 ? t.Text[..40] : t.Text },
            Arg.Code c when !Switches.Contains(c.Text) => [c.Text],
            _ => [],
        }).Where(s => s.Length > 0).Concat(FileTokens).OrderByDescending(s => s.Length);
        var rest = zh;
        foreach (var text in shown) rest = rest.Replace(text, " ", StringComparison.Ordinal);
        var match = AsciiWord().Match(rest);
        return match.Success ? match.Value : null;
    }

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex AsciiWord();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex HanPattern();
}
