using System.Text.RegularExpressions;
using ScoringKernel.Core.Problems;
using ScoringKernel.Wire;
using Xunit;

namespace ScoringKernel.Words.Tests;

/// <summary>Every reason the product can give has words in both languages, and the office's Chinese is Chinese.</summary>
public partial class ReasonWordsTests
{
    /// <summary>Every case of every area's reasons: its words in both languages the compiler checks, its sample here.</summary>
    private static readonly IReadOnlyList<Type> Declared = typeof(Problem).Assembly.GetExportedTypes()
        .Where(t => t.IsSubclassOf(typeof(Reason)) && !t.IsAbstract).ToList();

    public static TheoryData<string> Samples() => [.. SampleProblems.All.Map(p => p.Reason.Code)];

    [Fact]
    public void Every_reason_case_has_a_sample_and_its_code_once()
    {
        Assert.Equal(207, Declared.Count);
        var samples = ReasonWordsFixtureTests.Samples.Map(p => p.Reason).ToList();
        Assert.Empty(Declared.Where(t => !samples.Exists(r => r.GetType() == t)).Select(t => t.FullName));
        Assert.Equal(samples.Count, samples.Select(r => r.Code).Distinct().Count());
        Assert.All(samples, r => Assert.Matches("^[A-Z][A-Z0-9_]+$", r.Code));
    }

    public static TheoryData<string> DeclaredCodes() => [.. ReasonWordsFixtureTests.Samples.Map(p => p.Reason.Code)];

    /// <summary>
    /// Every reason, also those whose realistic samples live with their area's tests (JSON, workbooks, rounds): its words
    /// render in both languages, and the Chinese has no English word.
    /// </summary>
    [Theory]
    [MemberData(nameof(DeclaredCodes))]
    public void Every_declared_reason_renders_and_its_chinese_is_chinese(string code)
    {
        var problem = ReasonWordsFixtureTests.Samples.Find(p => p.Reason.Code == code).IfNone(() => throw new InvalidOperationException(code));
        var zh = ProblemWords.Sentence(problem, Language.ZhCn);
        var en = ProblemWords.Sentence(problem, Language.En);
        Assert.False(string.IsNullOrWhiteSpace(zh));
        Assert.False(string.IsNullOrWhiteSpace(en));
        Assert.Empty(EnglishWordsIn(problem, zh));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Each_reason_renders_in_both_languages_with_its_arguments(string code)
    {
        var problem = SampleProblems.All.Find(p => p.Reason.Code == code).IfNone(() => throw new InvalidOperationException(code));
        var zh = ProblemWords.Sentence(problem, Language.ZhCn);
        var en = ProblemWords.Sentence(problem, Language.En);
        Assert.False(string.IsNullOrWhiteSpace(ProblemWords.Message(problem, Language.ZhCn)));
        Assert.False(string.IsNullOrWhiteSpace(ProblemWords.Message(problem, Language.En)));
        Assert.NotEqual(zh, en);
        // Every number the problem carries is said, exactly or (in a sentence for the office) to one decimal.
        foreach (var n in problem.Args.OfType<Arg.Number>())
        {
            var exact = Core.Validation.DecimalParsing.Format(n.Value);
            var rounded = Core.Validation.DecimalParsing.Format(Math.Round(Math.Abs(n.Value), 1, MidpointRounding.AwayFromZero));
            Assert.True(en.Contains(exact) || zh.Contains(exact) || zh.Contains(rounded), $"{code}: {exact} is in neither '{zh}' nor '{en}'");
        }
        Assert.Empty(EnglishWordsIn(problem, zh));
        // The wire's path of the place never throws and names no Chinese.
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", ProblemPaths.Of(problem));
    }

    /// <summary>A Chinese sentence may show codes and typed text as given, and the measures and names below; nothing else in Latin letters.</summary>
    private static readonly string[] AllowedLatin = ["GB/T", "ZONE-", "YYYY-MM-DD", "Excel", "WPS", ".xlsx", ".xls", ".ods", ".csv", "xlsx", "JSON", "UTF-8", "BOM", "Base64", "true", "false", "null", "OpenDocument", "etag", "YAML", "ASCII"];

    public static IReadOnlyList<string> EnglishWordsIn(Problem problem, string zh)
    {
        var text = zh;
        foreach (var arg in problem.Args)
            text = arg switch
            {
                Arg.Typed t => text.Replace(t.Text, ""),
                Arg.Code c => text.Replace(c.Text, ""),
                _ => text,
            };
        foreach (var allowed in AllowedLatin) text = text.Replace(allowed, "");
        return LatinWord().Matches(text).Select(m => m.Value).ToList();
    }

    [Fact]
    public void The_check_for_english_in_chinese_can_fail()
    {
        var problem = new Problem(new ValueReason.Negative(-5m), Place.Whole);
        Assert.Equal(["must", "not", "be"], EnglishWordsIn(problem, "must not be 负数 -5"));
    }

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex LatinWord();
}
