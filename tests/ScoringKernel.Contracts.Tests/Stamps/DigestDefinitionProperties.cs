using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Google.Protobuf;
using ScoringKernel.Application.Scoring;
using ScoringKernel.Wire.Mapping;
using ScoringKernel.Core.Tests.Support;
using Xunit;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Contracts.Tests.Stamps;

public static class StampArbitraries
{
    public static Arbitrary<AssessmentCase> Cases() => Arb.From(DomainGenerators.AssessmentCases);
    public static Arbitrary<ScoringKernel.Core.Tests.Evaluation.EvaluationCase> Evaluations() => Arb.From(ScoringKernel.Core.Tests.Evaluation.EvaluationGenerators.Cases);
}

/// <summary>
/// The stamp's digest is what results.proto promises an integrator who wants to recompute it: SHA-256 of the domain line
/// and the canonical AssessRequest (rule set id@version, the whole table, the policy, units sorted by code, decimals in
/// canonical form), built here from those words, not from the code that computes it.
/// </summary>
[Properties(Arbitrary = new[] { typeof(StampArbitraries) }, MaxTest = 200)]
public class DigestDefinitionProperties
{
    [Property]
    public void The_digest_is_the_sha256_of_the_canonical_request_as_documented(AssessmentCase c)
    {
        var canonical = new P.AssessRequest
        {
            RuleSetId = $"{c.Rules.Id}@{c.Rules.Version}",
            TargetTable = TargetsMapping.FromDomain(c.Table),
            UnitPolicy = EnumMapping.FromDomain(c.Rules.Policy),
        };
        foreach (var unit in c.Figures.OrderBy(f => f.Unit.Value, StringComparer.Ordinal)) canonical.Units.Add(FiguresMapping.FromDomain(unit));
        var bytes = Encoding.UTF8.GetBytes("scoringkernel.v1.AssessRequest canonical inputs\n").Concat(canonical.ToByteArray()).ToArray();

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), CanonicalInputs.Digest(c.Rules, c.Table, c.Figures));
    }

    /// <summary>
    /// An evaluation's digest: SHA-256 of its domain line and the canonical EvaluateRequest (rule set id@version, the
    /// whole table, the policy, submissions sorted by unit, each self-evaluation, department figure and finding in
    /// canonical form, departments and findings in the order given).
    /// </summary>
    [Property]
    public void The_evaluation_digest_is_the_sha256_of_the_canonical_request_as_documented(ScoringKernel.Core.Tests.Evaluation.EvaluationCase c)
    {
        var canonical = new P.EvaluateRequest
        {
            RuleSetId = $"{c.Rules.Id}@{c.Rules.Version}",
            TargetTable = TargetsMapping.FromDomain(c.Table),
            UnitPolicy = EnumMapping.FromDomain(c.Rules.Policy),
        };
        foreach (var s in c.Submissions.OrderBy(s => s.SelfEvaluation.Unit.Value, StringComparer.Ordinal)) canonical.Submissions.Add(RoundMapping.FromDomain(s));
        var bytes = Encoding.UTF8.GetBytes("scoringkernel.v1.EvaluateRequest canonical inputs\n").Concat(canonical.ToByteArray()).ToArray();

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), CanonicalInputs.Digest(c.Rules, c.Table, c.Submissions));
    }
}
