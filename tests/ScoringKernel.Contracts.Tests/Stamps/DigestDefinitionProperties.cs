using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Google.Protobuf;
using ScoringKernel.Application;
using ScoringKernel.Wire.Mapping;
using ScoringKernel.Core.Tests.Support;
using Xunit;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Contracts.Tests.Stamps;

public static class StampArbitraries
{
    public static Arbitrary<AssessmentCase> Cases() => Arb.From(DomainGenerators.AssessmentCases);
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

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), ResultStamps.For(c.Rules, c.Table, c.Figures).InputSha256);
    }
}
