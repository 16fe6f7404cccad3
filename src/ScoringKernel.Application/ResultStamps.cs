using System.Security.Cryptography;
using System.Text;
using Google.Protobuf;
using LanguageExt;
using ScoringKernel.Wire.Mapping;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Application;

/// <summary>
/// The reproducibility stamp: rule set, kernel version, and the SHA-256 of the canonical form of the inputs. The
/// canonical form is the validated inputs mapped back to the wire (so "3580", "3580.0" and "3580.000" are one
/// value), units sorted by code, the table and policy resolved, serialized as a protobuf AssessRequest.
/// </summary>
public static class ResultStamps
{
    public static readonly string KernelVersion =
        typeof(Kernel).Assembly.GetName().Version?.ToString(3) ?? "unknown";

    private static readonly byte[] Domain = Encoding.UTF8.GetBytes("scoringkernel.v1.AssessRequest canonical inputs\n");

    /// <summary>
    /// A table's canonical wire form, made once per table: tables are immutable, and most calls use the embedded one.
    /// Only serialized here, never changed.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TargetTable, P.TargetTable> WireTables = new();

    private static P.TargetTable Wire(TargetTable table) => WireTables.GetValue(table, TargetsMapping.FromDomain);

    public static P.ResultStamp For(RuleSet rules, TargetTable table, Seq<UnitFigures> figures) => new()
    {
        RuleSetId = rules.Id,
        RuleSetVersion = rules.Version,
        KernelVersion = KernelVersion,
        InputSha256 = Digest(rules, table, figures),
    };

    private static readonly byte[] EvaluationDomain = Encoding.UTF8.GetBytes("scoringkernel.v1.EvaluateRequest canonical inputs\n");

    /// <summary>
    /// The stamp of an evaluation: the digest covers every source. Canonical form: an EvaluateRequest with the rule set,
    /// table and policy resolved, submissions sorted by unit, each self-evaluation in canonical form, the departments'
    /// figures and the findings as given (their order is part of what the office submitted).
    /// </summary>
    public static P.ResultStamp For(RuleSet rules, TargetTable table, IEnumerable<P.UnitSubmission> submissions, Seq<UnitFigures> selves)
    {
        var canonical = new P.EvaluateRequest
        {
            RuleSetId = $"{rules.Id}@{rules.Version}",
            TargetTable = Wire(table),
            UnitPolicy = EnumMapping.FromDomain(rules.Policy),
        };
        var selfByUnit = selves.ToDictionary(f => f.Unit.Value);
        canonical.Submissions.AddRange(submissions
            .OrderBy(s => s.SelfEvaluation.UnitCode, StringComparer.Ordinal)
            .Select(s =>
            {
                var c = s.Clone();
                c.SelfEvaluation = FiguresMapping.FromDomain(selfByUnit[s.SelfEvaluation.UnitCode]);
                return c;
            }));
        return new P.ResultStamp
        {
            RuleSetId = rules.Id,
            RuleSetVersion = rules.Version,
            KernelVersion = KernelVersion,
            InputSha256 = Sha256(EvaluationDomain, canonical),
        };
    }

    public static string Digest(RuleSet rules, TargetTable table, Seq<UnitFigures> figures)
    {
        var canonical = new P.AssessRequest
        {
            RuleSetId = $"{rules.Id}@{rules.Version}",
            TargetTable = Wire(table),
            UnitPolicy = EnumMapping.FromDomain(rules.Policy),
        };
        canonical.Units.AddRange(figures.OrderBy(f => f.Unit.Value, StringComparer.Ordinal).Select(FiguresMapping.FromDomain));
        return Sha256(Domain, canonical);
    }

    /// <summary>
    /// SHA-256 of the domain line and the message's bytes, the message streamed into the hash: <c>ToByteArray</c> would
    /// measure the whole message once more, only to size an array that is hashed and dropped.
    /// </summary>
    private static string Sha256(byte[] domain, IMessage canonical)
    {
        using var sha = SHA256.Create();
        using (var hashing = new CryptoStream(Stream.Null, sha, CryptoStreamMode.Write))
        {
            hashing.Write(domain);
            canonical.WriteTo(hashing);
        }
        return Convert.ToHexStringLower(sha.Hash!);
    }
}
