using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Tests.Support;
using Xunit;

namespace ScoringKernel.Core.Tests.Rules;

public class CatalogTests
{
    [Fact]
    public void Specs_rules_2015_states_every_clause_as_the_kernel_holds_it()
    {
        var md = File.ReadAllText(Path.Combine(RepoRoot.Path, "specs", "rules-2015.md"));
        foreach (var indicator in Indicators.All)
        {
            var clause = Clauses.Of(indicator);
            Assert.Contains($"## {clause.Id} ", md);
            Assert.Contains(clause.Requirement, md);
            Assert.Contains(clause.ScoringText, md);
            Assert.Contains(clause.English, md);
            Assert.Contains(clause.Reading, md);
        }
    }

    [Fact]
    public void Standard_scores_sum_to_100()
    {
        Assert.Equal(100m, Hengyang2015.RuleSet.MaxTotal);
        Assert.Equal(Indicators.All.Count, Indicators.All.Map(Clauses.Id).Distinct().Count());
    }
}
