using BenchmarkDotNet.Attributes;
using Google.Protobuf;
using LanguageExt;
using ScoringKernel.Contracts.Api;
using ScoringKernel.Contracts.Mapping;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Benchmarks;

/// <summary>Where an Assess call's server time goes: parse the request bytes, map and validate, score and rank, map back, serialize.</summary>
[MemoryDiagnoser]
public class AssessCallStages
{
    private readonly ScoringApi api = new(RuleSetCatalog.Embedded);
    private byte[] requestBytes = null!;
    private P.AssessRequest request = null!;
    private Seq<UnitFigures> figures;
    private Assessment assessment = null!;
    private P.AssessResponse response = null!;

    [GlobalSetup]
    public void Setup()
    {
        request = JsonParser.Default.Parse<P.AssessRequest>(File.ReadAllText(Path.Combine(BenchmarkData.Root, "specs", "examples", "illustrative-2015.json")));
        requestBytes = request.ToByteArray();
        figures = BenchmarkData.Example;
        assessment = Assessor.Assess(Hengyang2015.RuleSet, EmbeddedTargets.Table2015, figures).Match(a => a, _ => throw new InvalidOperationException());
        response = api.Assess(request).Match(r => r, _ => throw new InvalidOperationException());
        Console.WriteLine($"// request {requestBytes.Length} bytes, response {response.CalculateSize()} bytes");
    }

    [Benchmark] public P.AssessRequest ParseRequest() => P.AssessRequest.Parser.ParseFrom(requestBytes);
    [Benchmark] public Seq<UnitFigures> MapAndValidate() => request.Units.Select(u => FiguresMapping.ToDomain(u).Match(f => f, _ => throw new InvalidOperationException())).ToSeq().Strict();
    [Benchmark] public Validation<Core.Validation.Problem, Assessment> ScoreAndRank() => Assessor.Assess(Hengyang2015.RuleSet, EmbeddedTargets.Table2015, figures);
    [Benchmark] public P.Assessment MapBack() => ResultsMapping.FromDomain(assessment, Hengyang2015.RuleSet, new Explainer(Hengyang2015.RuleSet, EmbeddedTargets.Table2015, figures));
    [Benchmark] public byte[] SerializeResponse() => response.ToByteArray();
    [Benchmark] public Either<ApiFailure, P.AssessResponse> WholeApiCall() => api.Assess(request);
}
