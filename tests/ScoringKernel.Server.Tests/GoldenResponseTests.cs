using System.Security.Cryptography;
using Google.Protobuf;
using Xunit;

namespace ScoringKernel.Server.Tests;

/// <summary>
/// The example's Assess and Evaluate responses, byte for byte, as they were before the problems and words were
/// restructured (issue 22). A change to a result's bytes must be a decision, not an accident of a refactor: the
/// golden file is the SHA-256 of the response's protobuf encoding, with the stamp's digest beside it. The fields added
/// since (a table issue's reason, localized message and facts, the assessment's criticised units, the stamp's rule-set file digest) are cleared first: everything that was there is unchanged.
/// </summary>
[Collection(ServerCollection.Name)]
public class GoldenResponseTests(ServerFixture server)
{
    private static string GoldenPath(string name) => Path.Combine(Examples.RepoRoot, "tests", "ScoringKernel.Server.Tests", "Golden", name);

    /// <summary>The golden line; with SCORINGKERNEL_WRITE_GOLDEN=1 the file is rewritten from <paramref name="actual"/> first
    /// (only when a change of the bytes is intended, said in the commit).</summary>
    private static string Golden(string name, string actual)
    {
        if (Environment.GetEnvironmentVariable("SCORINGKERNEL_WRITE_GOLDEN") == "1") File.WriteAllText(GoldenPath(name), actual + "\n");
        return File.ReadAllText(GoldenPath(name)).Trim();
    }

    private static void WithoutNewFields(Contracts.V1.Assessment assessment)
    {
        WithoutNewFields(assessment.TableIssues.Concat(assessment.ConsistencyWarnings));
        assessment.CriticisedUnitCodes.Clear();
    }

    private static void WithoutNewFields(IEnumerable<Contracts.V1.TableIssue> issues)
    {
        foreach (var issue in issues)
        {
            issue.Reason = "";
            issue.LocalizedMessage = null;
            issue.Facts = null;
        }
    }

    /// <summary>The embedded rule set is the shipped file, byte for byte: the stamp names that file's digest.</summary>
    private static readonly string RuleSetFileDigest =
        Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Examples.RepoRoot, "specs", "rule-sets", "hengyang-2015.yaml"))));

    private static string Sha256(IMessage message) => Convert.ToHexStringLower(SHA256.HashData(message.ToByteArray()));

    [Fact]
    public async Task Assess_of_the_example_is_byte_identical_to_the_golden_response()
    {
        var reply = await server.Client.AssessAsync(Examples.Illustrative);
        Assert.NotEmpty(reply.Assessment.TableIssues);
        Assert.All(reply.Assessment.TableIssues, i => Assert.Equal("REDUCTION_COUNT_DIFFERS", i.Reason));
        Assert.Equal(["430426"], reply.Assessment.CriticisedUnitCodes);
        Assert.Equal(RuleSetFileDigest, reply.Stamp.RuleSetSha256);
        reply.Stamp.RuleSetSha256 = "";
        WithoutNewFields(reply.Assessment);
        var actual = $"{Sha256(reply)} {reply.Stamp.InputSha256}";
        Assert.Equal(Golden("assess-illustrative-2015.sha256", actual), actual);
    }

    [Fact]
    public async Task Evaluate_of_the_example_is_byte_identical_to_the_golden_response()
    {
        var reply = await server.Client.EvaluateAsync(Examples.Evaluation);
        Assert.Equal(RuleSetFileDigest, reply.Stamp.RuleSetSha256);
        reply.Stamp.RuleSetSha256 = "";
        WithoutNewFields(reply.Assessment);
        WithoutNewFields(reply.Warnings);
        var actual = $"{Sha256(reply)} {reply.Stamp.InputSha256}";
        Assert.Equal(Golden("evaluate-evaluation-2015.sha256", actual), actual);
    }
}
