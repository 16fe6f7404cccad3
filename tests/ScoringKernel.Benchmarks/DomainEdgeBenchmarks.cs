using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Google.Protobuf;
using LanguageExt;
using ScoringKernel.Application;
using ScoringKernel.Application.Rounds;
using ScoringKernel.Application.Scoring;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Round;
using ScoringKernel.Core.Targets;
using ScoringKernel.Store;
using ScoringKernel.TestSupport;
using ScoringKernel.Wire.Mapping;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Benchmarks;

/// <summary>
/// The application on domain values (issue 34), each path beside the one it replaced, in one run: the stamp's digest
/// written from domain values against the canonical request built as messages and serialized (the baseline: what the
/// stamp did before); the approval's digest from the domain evaluation against an EvaluateRequest built from the
/// round's state, evaluated and answered in words, its stamp read back.
/// </summary>
[MemoryDiagnoser]
public class DomainEdge
{
    private readonly ScoringApi scoring = new(RuleSetCatalog.Embedded);
    private Seq<UnitFigures> figures;
    private string folder = null!;
    private SqlEventStore store = null!;
    private RoundState state = null!;
    private Application.Rounds.RoundEvaluation evaluation = null!;
    private static readonly byte[] AssessLine = Encoding.UTF8.GetBytes("scoringkernel.v1.AssessRequest canonical inputs\n");

    [GlobalSetup]
    public void Setup()
    {
        figures = BenchmarkData.Example;
        folder = Directory.CreateTempSubdirectory("sk-edge-bench-").FullName;
        store = EventStores.Open($"sqlite:{Path.Combine(folder, "rounds.db")}");
        var rounds = new RoundService(store, scoring);
        var office = RoundCaller.Development("CN=office");
        var example = JsonParser.Default.Parse<P.EvaluateRequest>(File.ReadAllText(Path.Combine(BenchmarkData.Root, "specs", "examples", "evaluation-2015.json")));
        RoundEvaluation.Ok(rounds.OpenRound(new P.OpenRoundRequest { Year = 2015 }, office).GetAwaiter().GetResult());
        RoundEvaluation.Ok(rounds.ImportRound(new P.ImportRoundRequest { Year = 2015, Evaluation = example }, office).GetAwaiter().GetResult());
        state = rounds.Load(2015).GetAwaiter().GetResult().State;
        evaluation = new Application.Rounds.RoundEvaluation(scoring);
        if (MessageDigest() != DirectDigest()) throw new InvalidOperationException("the two stamps differ");
        if (ApprovalDigestViaRequest() != ApprovalDigestFromDomain()) throw new InvalidOperationException("the two approval digests differ");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>The table's message, made once as the stamp before did (per table, cached).</summary>
    private static readonly P.TargetTable WireTable = TargetsMapping.FromDomain(EmbeddedTargets.Table2015);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("stamp")]
    public string MessageDigest()
    {
        var rules = Hengyang2015.RuleSet;
        var canonical = new P.AssessRequest
        {
            RuleSetId = $"{rules.Id}@{rules.Version}",
            TargetTable = WireTable,
            UnitPolicy = EnumMapping.FromDomain(rules.Policy),
        };
        foreach (var unit in figures.OrderBy(f => f.Unit.Value, StringComparer.Ordinal)) canonical.Units.Add(FiguresMapping.FromDomain(unit));
        using var sha = SHA256.Create();
        using (var hashing = new CryptoStream(Stream.Null, sha, CryptoStreamMode.Write))
        {
            hashing.Write(AssessLine);
            canonical.WriteTo(hashing);
        }
        return Convert.ToHexStringLower(sha.Hash!);
    }

    [Benchmark]
    [BenchmarkCategory("stamp")]
    public string DirectDigest() => CanonicalInputs.Digest(Hengyang2015.RuleSet, EmbeddedTargets.Table2015, figures);

    [Benchmark]
    [BenchmarkCategory("approval")]
    public string ApprovalDigestViaRequest() =>
        scoring.Evaluate(Application.Rounds.RoundEvaluation.RequestOf(state)).Match(r => r.Stamp.InputSha256, f => throw new InvalidOperationException(f.ToString()));

    [Benchmark]
    [BenchmarkCategory("approval")]
    public string ApprovalDigestFromDomain() => evaluation.CurrentDigest(state).IfNone(() => throw new InvalidOperationException());
}
