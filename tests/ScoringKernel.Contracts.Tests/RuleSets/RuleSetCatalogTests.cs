using ScoringKernel.Application;
using ScoringKernel.Wire.Json;
using Xunit;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Contracts.Tests.RuleSets;

/// <summary>The folder beside the embedded rule set: both years listed, the draft assesses, its stamp names its file; VerifyRuleSet answers.</summary>
public class RuleSetCatalogTests
{
    private static ScoringApi Api() => new(RuleSetCatalog.WithFolder(RuleSetFileTests.Spec("rule-sets")).Match(l => l.Catalog, ps => throw new Xunit.Sdk.XunitException(string.Join("; ", ps))));

    [Fact]
    public void ListRuleSets_lists_both_years_with_document_and_digest_and_the_draft_assesses()
    {
        var api = Api();
        var list = api.ListRuleSets(new P.ListRuleSetsRequest()).RuleSets;
        Assert.Equal(["hengyang-2015", "hengyang-2016-draft"], list.Select(r => r.Id));
        Assert.Equal(("衡贫发[2015]2号", "2015-04-20", false), (list[0].Document, list[0].DocumentDate, list[0].Invented));
        Assert.True(list[1].Invented);
        var draftDigest = Files.RuleSets.RuleSetFile.Digest(File.ReadAllBytes(RuleSetFileTests.Spec("rule-sets", "hengyang-2016-draft.yaml")));
        Assert.Equal(draftDigest, list[1].Sha256);

        var request = ProtoJsonReader.Read<P.AssessRequest>(File.ReadAllText(RuleSetFileTests.Spec("examples", "illustrative-2015.json")), JsonReading.Strict).Match(r => r.Message, ps => throw new Xunit.Sdk.XunitException(string.Join("; ", ps)));
        request.RuleSetId = "hengyang-2016-draft";
        var reply = api.Assess(request).Match(r => r, f => throw new Xunit.Sdk.XunitException(f.ToString()));
        Assert.Equal(("hengyang-2016-draft", draftDigest), (reply.Stamp.RuleSetId, reply.Stamp.RuleSetSha256));
        Assert.Contains(reply.Assessment.Groups.SelectMany(g => g.Units), u => u.UnitCode == "430406" && u.Grade == P.Grade.Unqualified);
    }

    [Fact]
    public void VerifyRuleSet_answers_a_standard_of_30_as_not_adoptable_with_a_counterexample()
    {
        var yaml = RuleSetFileTests.Text2015.Replace("  standard: 20                  # 分\n  completion_target_percent", "  standard: 30                  # 分\n  completion_target_percent");
        var reply = Api().VerifyRuleSet(new P.VerifyRuleSetRequest { RuleSetYaml = yaml, Cases = 80, Seed = 3 }, Words.Language.En)
            .Match(r => r, f => throw new Xunit.Sdk.XunitException(f.ToString()));
        Assert.False(reply.Adoptable);
        Assert.Contains(reply.Issues, i => i.Reason == "RULE_SET_STANDARDS_NOT_MAXIMUM" && i.Severity == P.Severity.Error);
        var total = Assert.Single(reply.Verdicts, v => v.Invariant == "TOTAL_WITHIN_MAXIMUM");
        Assert.Equal(P.InvariantStatus.Failed, total.Status);
        Assert.Contains("outside [0, 100]", total.Description);
        Assert.Equal("en", total.LocalizedMessage.Locale);
    }
}
