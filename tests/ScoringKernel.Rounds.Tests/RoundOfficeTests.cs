using ScoringKernel.Application;
using ScoringKernel.Application.Rounds;
using ScoringKernel.Store;
using ScoringKernel.Words;
using Xunit;
using P = ScoringKernel.Contracts.V1;
using static ScoringKernel.Rounds.Tests.RoundExamples;

namespace ScoringKernel.Rounds.Tests;

/// <summary>The round as the office runs it (issue 32): the year's rule set, department figures by figure, 报送截止, documents.</summary>
public sealed partial class RoundOfficeTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sk-round-office-").FullName;
    private int databases;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>The embedded 2015 rule set and the invented 2016 draft of specs/rule-sets, as a server started with <c>--rule-sets</c>.</summary>
    private static readonly ScoringApi TwoYears = new(RuleSetCatalog.WithFolder(Path.Combine(RepoRoot, "specs", "rule-sets"))
        .Match(r => r.Catalog, ps => throw new InvalidOperationException(string.Join("; ", ps))));

    private (SqlEventStore Store, RoundService Rounds) Open(ScoringApi? scoring = null)
    {
        var store = EventStores.Open($"sqlite:{Path.Combine(folder, $"rounds-{Interlocked.Increment(ref databases)}.db")}");
        return (store, new RoundService(store, scoring ?? Scoring));
    }

    [Fact]
    public async Task A_round_opened_without_a_rule_set_takes_the_one_of_its_year()
    {
        var (store, rounds) = Open(TwoYears);
        await using var _ = store;
        var r2015 = (await rounds.OpenRound(new P.OpenRoundRequest { Year = 2015 }, Office)).Ok().Round;
        var r2016 = (await rounds.OpenRound(new P.OpenRoundRequest { Year = 2016 }, Office)).Ok().Round;
        Assert.Equal("hengyang-2015", r2015.RuleSet.Id);
        Assert.Equal("hengyang-2016-draft", r2016.RuleSet.Id);
        Assert.Equal(TwoYears.Catalog.Find("hengyang-2016-draft").Map(e => e.Sha256).IfNone(""), r2016.RuleSet.Digest);
        // Named, the rule set of another year is still taken: the office decides.
        var named = (await rounds.OpenRound(new P.OpenRoundRequest { Year = 2017, RuleSetId = "hengyang-2016-draft" }, Office)).Ok().Round;
        Assert.Equal("hengyang-2016-draft", named.RuleSet.Id);
    }

    [Fact]
    public async Task A_year_without_a_rule_set_is_refused_in_words_and_never_opened_under_2015()
    {
        var (store, rounds) = Open();
        await using var _ = store;
        var refused = (await rounds.OpenRound(new P.OpenRoundRequest { Year = 2016 }, Office)).Fails();
        Assert.IsType<RoundFailure.Refused>(refused);
        var problem = Assert.Single(refused.Problems);
        Assert.Equal("RULE_SET_FOR_YEAR_MISSING", problem.Reason.Code);
        Assert.Equal("", Wire.ProblemPaths.Of(problem));
        Assert.Equal("本服务没有 2016 年度的规则集(已载入:hengyang-2015 (2015)),请先载入该年度的规则集或指定规则集", ProblemWords.Sentence(problem, Language.ZhCn));
        Assert.Equal("this server holds no rule set for 2016 (loaded: hengyang-2015 (2015)): load that year's rule set or name one", ProblemWords.Sentence(problem, Language.En));
        Assert.Equal(0, await store.CurrentVersionAsync("round-2016"));
    }
}
