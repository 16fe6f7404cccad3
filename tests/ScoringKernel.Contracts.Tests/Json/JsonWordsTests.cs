using System.Reflection;
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
    private static Arg C(string text) => new Arg.Code(text);
    private static Arg T(string text) => new Arg.Typed(text);

    /// <summary>What the reader can say it found: every JSON kind, with its text.</summary>
    private static readonly Arg[][] Found =
    [
        [C("object"), T("")], [C("array"), T("")], [C("string"), T("abc")], [C("string"), T(new string('x', 60))], [C("number"), T("5.5")],
        [C("true"), T("")], [C("false"), T("")], [C("null"), T("")],
    ];

    private static readonly Arg[][] Elements = [[C("message"), C("UnitFigures")], [C("enum"), C("UnitPolicy")], [C("string"), C("")], [C("bool"), C("")], [C("number"), C("")]];

    private static readonly string[] Faults = ["", "out_of_range", "not_whole", "sign_or_leading_zeros"];

    private static IEnumerable<Arg[]> WithFound(params Arg[] first) => Found.Select(f => first.Concat(f).ToArray());

    public static readonly Dictionary<Reason, Arg[][]> Samples = new()
    {
        [JsonReasons.ByteOrderMark] = [[]],
        [JsonReasons.Empty] = [[C("scoringkernel.v1.AssessRequest")]],
        [JsonReasons.NotAnObject] = WithFound(C("scoringkernel.v1.AssessRequest")).ToArray(),
        [JsonReasons.Malformed] = [[C("'<' is an invalid start of a value."), T("<")], [C("expected a ',' or '}' after a property value."), T("")]],
        [JsonReasons.Truncated] = [[C("expected end of string, but instead reached end of data.")]],
        [JsonReasons.InvalidText] = [[C("cannot read incomplete UTF-16 JSON text as string with missing low surrogate.")]],
        [JsonReasons.TrailingComma] = [[]],
        [JsonReasons.Comment] = [[]],
        [JsonReasons.TooDeep] = [[64]],
        [JsonReasons.SeveralValues] = [[]],
        [JsonReasons.UnknownField] = [[T("fundsMissued"), C("units[0]"), C("fundsMisused")], [T("x"), C(""), C("")], [T("单位"), C("units[0]"), C("")]],
        [JsonReasons.FieldRepeated] = [[T("ruleSetId")]],
        [JsonReasons.OneofSetTwice] = [[C("kind"), C("parameter, policy, target, figure")]],
        [JsonReasons.MapUnsupported] = [[]],
        [JsonReasons.ExpectedArray] = Elements.SelectMany(e => WithFound(e)).ToArray(),
        [JsonReasons.NullElement] = Elements,
        [JsonReasons.StringTooLong] = [[6291456, 4194304]],
        [JsonReasons.WrongType] = new[] { "object", "string", "bool", "number", "base64" }.SelectMany(e => WithFound(C(e), C(e == "object" ? "HouseRenovationFigures" : ""))).ToArray(),
        [JsonReasons.DecimalAsNumber] = [[T("3680")]],
        [JsonReasons.NotAnInt32] = Integers(),
        [JsonReasons.NotAnUInt32] = Integers(),
        [JsonReasons.NotAnInt64] = Integers(),
        [JsonReasons.NotAnUInt64] = Integers(),
        [JsonReasons.UnknownEnum] = [[T("WHOLE_UNITS"), C("scoringkernel.v1.UnitPolicy"), C("UNIT_POLICY_UNSPECIFIED, UNIT_POLICY_WHOLE_UNITS"), C("UNIT_POLICY_WHOLE_UNITS")],
            [T("整"), C("scoringkernel.v1.UnitPolicy"), C("UNIT_POLICY_UNSPECIFIED, UNIT_POLICY_WHOLE_UNITS"), C("")]],
        [JsonReasons.NotAnEnum] = WithFound(C("scoringkernel.v1.UnitPolicy"), C("UNIT_POLICY_STARTED_UNITS")).ToArray(),
        [JsonReasons.FieldTypeUnsupported] = WithFound(C("Group")).ToArray(),
    };

    private static Arg[][] Integers() => Faults.SelectMany(f => Found.Select(found => found.Append(C(f)).ToArray())).ToArray();

    /// <summary>The kinds and faults the words switch on: never shown, so never excused from the check.</summary>
    private static readonly HashSet<string> Switches = ["object", "array", "string", "number", "true", "false", "null", "message", "enum", "bool", "base64", "out_of_range", "not_whole", "sign_or_leading_zeros"];

    /// <summary>The tokens a JSON file is written in, which a clerk sees in the file itself.</summary>
    private static readonly string[] FileTokens = ["true", "false", "null", "JSON", "UTF", "BOM", "Base64"];

    public static IEnumerable<Reason> Declared() =>
        typeof(JsonReasons).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(Reason)).Select(f => (Reason)f.GetValue(null)!);

    [Fact]
    public void Every_json_reason_has_samples_and_words_and_a_stable_code()
    {
        var declared = Declared().ToList();
        Assert.Equal(declared.Count, declared.Select(r => r.Code).Distinct().Count());
        foreach (var reason in declared)
        {
            Assert.True(Samples.ContainsKey(reason), $"{reason.Code} has no sample arguments here");
            Assert.True(ReasonWords.Has(reason), $"{reason.Code} has no words");
            Assert.Matches("^JSON_[A-Z0-9_]+$", reason.Code);
        }
        Assert.Equal(declared.Count, Samples.Count);
    }

    [Fact]
    public void Every_json_reason_renders_in_both_languages_and_its_Chinese_has_no_English()
    {
        var rendered = 0;
        foreach (var (reason, samples) in Samples)
            foreach (var args in samples)
            {
                var problem = new Problem(reason, Place.Whole, LanguageExt.Prelude.toSeq(args).Strict());
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
        var problem = Problem.Of(JsonReasons.TrailingComma).AtPlace(Place.Of(new Step.JsonPosition(3, 7), new Step.Wire("units"), new Step.Element(0), new Step.Wire("unit_code")));
        Assert.Equal("units[0].unit_code", ProblemPaths.Of(problem));
        Assert.Equal("第3行第7列 · units[0].unit_code", ProblemWords.Place(problem, Language.ZhCn));
        Assert.Equal("line 3, column 7 · units[0].unit_code", ProblemWords.Place(problem, Language.En));
        Assert.Equal("malformed JSON: a comma before a closing '}' or ']' (trailing comma): remove it (line 3, column 7)", ProblemWords.Description(problem));
        Assert.Equal("", ProblemPaths.Of(Place.Of(new Step.JsonPosition(1, 1))));
    }

    /// <summary>The first run of two or more ASCII letters in <paramref name="zh"/> once the arguments' own text and a file's tokens are taken out; null if none.</summary>
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
