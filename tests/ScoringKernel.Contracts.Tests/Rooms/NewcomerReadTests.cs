using System.Reflection;
using System.Text.RegularExpressions;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Problems;
using ScoringKernel.TestSupport;
using Xunit;

namespace ScoringKernel.Contracts.Tests.Rooms;

/// <summary>
/// A newcomer's read: from the README to specs/docs/architecture.md, and from its rooms table, by the names they know,
/// to the room of any rule (a clause of 附件1), any problem's words (a reason code) and any view of the workbench (its
/// address). Each test follows the table's own directions, so a room that moves without the table fails here.
/// </summary>
public partial class NewcomerReadTests
{
    private static readonly string Architecture = File.ReadAllText(RepoRoot.Of("specs", "docs", "architecture.md"));

    [Fact]
    public void The_README_leads_to_the_architecture_and_stays_short()
    {
        var readme = File.ReadAllLines(RepoRoot.Of("README.md"));
        Assert.Contains(readme, l => l.Contains("specs/docs/architecture.md", StringComparison.Ordinal));
        Assert.True(readme.Length <= 150, $"README.md has {readme.Length} lines");
    }

    [Fact]
    public void Every_path_the_architecture_names_exists()
    {
        var named = Paths().Matches(Architecture).Select(m => m.Groups[1].Value)
            .Where(p => !p.Contains("NN-", StringComparison.Ordinal) && !p.Contains("NAME", StringComparison.Ordinal) && !p.Contains('<') && !p.Contains('*'))
            .Distinct().ToList();
        Assert.True(named.Count > 30, $"only {named.Count} paths read");
        var missing = named.Where(p => !File.Exists(RepoRoot.Of(p)) && !Directory.Exists(RepoRoot.Of(p))).ToList();
        Assert.True(missing.Count == 0, "named in architecture.md but missing: " + string.Join(", ", missing));
    }

    /// <summary>"src/ScoringKernel.Core/Attachment1/NN-数-Name/ … holds NameFigures.cs, NameRule.cs, NameClause.cs".</summary>
    [Fact]
    public void Every_clause_of_attachment_1_has_its_room_as_the_table_says()
    {
        Assert.Contains("`src/ScoringKernel.Core/Attachment1/NN-数-Name/`", Architecture, StringComparison.Ordinal);
        foreach (var indicator in Indicators.All)
        {
            var room = RepoRoot.Of("src", "ScoringKernel.Core", "Attachment1", $"{indicator.Number():00}-{indicator.Numeral()}-{indicator}");
            foreach (var file in new[] { "Figures", "Rule", "Clause" })
                Assert.True(File.Exists(Path.Combine(room, $"{indicator}{file}.cs")), $"{indicator.ClauseId()}: {room}/{indicator}{file}.cs");
        }
    }

    /// <summary>
    /// "find its reason code in Core/Problems/*Reason.cs (WireCode), then Visit(&lt;Area&gt;Reason.&lt;Case&gt; r) in the Words
    /// file of that area": for every reason code there is, both steps find it, in both languages.
    /// </summary>
    [Fact]
    public void Every_reason_code_leads_to_its_case_and_its_words()
    {
        var cases = typeof(Reason).Assembly.GetTypes()
            .Where(t => t is { IsSealed: true, IsNested: true } && typeof(Reason).IsAssignableFrom(t))
            .Select(t => (Area: t.DeclaringType!.Name, Case: t.Name, Code: (string)t.GetField("WireCode", BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!))
            .ToList();
        Assert.True(cases.Count > 150, $"only {cases.Count} reasons found");
        foreach (var (area, @case, code) in cases)
        {
            var reasons = File.ReadAllText(RepoRoot.Of("src", "ScoringKernel.Core", "Problems", area + ".cs"));
            Assert.Contains($"\"{code}\"", reasons, StringComparison.Ordinal);
            var words = File.ReadAllText(RepoRoot.Of("src", "ScoringKernel.Words", "Reasons", area + "Words.cs"));
            Assert.True(Regex.Matches(words, $@"Visit\({area}\.{@case} ").Count == 2, $"{code}: Visit({area}.{@case} …) in ZhReasonWords and EnReasonWords of {area}Words.cs");
        }
    }

    /// <summary>"a view of the workbench by its address (#/ranking …) → wwwroot/view-NAME.js (routing in workbench.js)".</summary>
    [Fact]
    public void Every_view_address_leads_to_its_file()
    {
        var wwwroot = RepoRoot.Of("src", "ScoringKernel.Server", "Workbench", "wwwroot");
        var routed = Views().Match(File.ReadAllText(Path.Combine(wwwroot, "workbench.js")));
        Assert.True(routed.Success, "workbench.js: const views = { … }");
        var names = routed.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.True(names.Length >= 8, string.Join(", ", names));
        foreach (var name in names)
        {
            Assert.Contains($"`#/{name}", Architecture, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(wwwroot, $"view-{name}.js")), $"#/{name}: view-{name}.js");
        }
    }

    [GeneratedRegex(@"`((?:src|tests|specs|protos)/[^`\s]+)`")]
    private static partial Regex Paths();

    [GeneratedRegex(@"const views = \{([^}]*)\}")]
    private static partial Regex Views();
}
