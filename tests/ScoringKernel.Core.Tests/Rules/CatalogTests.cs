using System.Text.RegularExpressions;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Tests.Support;
using Xunit;
using ScoringKernel.TestSupport;

namespace ScoringKernel.Core.Tests.Rules;

public class CatalogTests
{
    private static readonly RuleSet Rules2015 = Hengyang2015.RuleSet;

    [Fact]
    public void Specs_rules_2015_states_every_clause_as_the_kernel_renders_it()
    {
        var md = File.ReadAllText(Path.Combine(RepoRoot.Path, "specs", "rules-2015.md"));
        foreach (var indicator in Indicators.All)
        {
            var clause = Clauses.Of(indicator, Rules2015);
            Assert.Contains($"## {clause.Id} ", md);
            Assert.Contains(clause.Requirement, md);
            Assert.Contains(clause.ScoringText, md);
            Assert.Contains(clause.English, md);
            Assert.Contains(clause.Reading, md);
        }
    }

    /// <summary>
    /// Rendered with the 2015 parameters, each clause's 考核内容 and 评分标准 are the regulation's own cells of Attachment 1
    /// (specs/regulation/, the text as published), letter for letter; only the typesetting's stray spaces are ignored.
    /// </summary>
    [Fact]
    public void The_2015_clauses_quote_the_regulation_exactly()
    {
        var rows = File.ReadAllLines(Path.Combine(RepoRoot.Path, "specs", "regulation", "hengfafa-2015-2.txt"))
            .Select(l => l.Split('|').Select(c => Regex.Replace(c, @"\s+", "")).ToArray())
            .Where(cells => cells.Length >= 4)
            .ToDictionary(cells => cells[0], cells => cells);
        foreach (var indicator in Indicators.All)
        {
            var clause = Clauses.Of(indicator, Rules2015);
            var cells = rows[indicator.Numeral()];
            Assert.Equal(cells[1], Regex.Replace(clause.Requirement, @"\s+", ""));
            Assert.Equal(cells[2], Regex.Replace(clause.ScoringText, @"\s+", ""));
        }
    }

    [Fact]
    public void Standard_scores_sum_to_100_and_clause_ids_are_distinct()
    {
        Assert.Equal(100m, Rules2015.MaxTotal);
        Assert.Equal(new[] { "附件1-一", "附件1-二", "附件1-三", "附件1-四", "附件1-五", "附件1-六", "附件1-七", "附件1-八", "附件1-九", "附件1-十" },
            Indicators.All.Map(i => i.ClauseId()));
    }
}
