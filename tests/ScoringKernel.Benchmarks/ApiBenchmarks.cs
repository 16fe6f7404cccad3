using ScoringKernel.TestSupport;
using BenchmarkDotNet.Attributes;
using Google.Protobuf;
using LanguageExt;
using ScoringKernel.Application;
using ScoringKernel.Wire.Mapping;
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
    [Benchmark] public Validation<Core.Problems.Problem, Assessment> ScoreAndRank() => Assessor.Assess(Hengyang2015.RuleSet, EmbeddedTargets.Table2015, figures);
    [Benchmark] public P.Assessment MapBack() => ResultsMapping.FromDomain(assessment, Hengyang2015.RuleSet, new Explainer(Hengyang2015.RuleSet, EmbeddedTargets.Table2015, figures), ScoringKernel.Words.Languages.Default);
    [Benchmark] public int ExplainEveryCard() => assessment.Cards.Sum(c => c.Indicators.Sum(i => Scorer.Explain(Hengyang2015.RuleSet, EmbeddedTargets.Table2015.Find(c.Unit).IfNone(() => throw new InvalidOperationException()), figures.Find(f => f.Unit == c.Unit).IfNone(() => throw new InvalidOperationException()), i.Indicator).Count));
    [Benchmark] public string Stamp() => ScoringKernel.Application.Scoring.CanonicalInputs.Digest(Hengyang2015.RuleSet, EmbeddedTargets.Table2015, figures);
    [Benchmark] public byte[] SerializeResponse() => response.ToByteArray();
    [Benchmark] public Either<ApiFailure, P.AssessResponse> WholeApiCall() => api.Assess(request);
}

/// <summary>Formatting every decimal of a full Assess answer: the span-based formatter beside the string-trimming one it replaced.</summary>
[MemoryDiagnoser]
public class DecimalFormatting
{
    private decimal[] values = [];

    [GlobalSetup]
    public void Setup()
    {
        var request = JsonParser.Default.Parse<P.AssessRequest>(File.ReadAllText(Path.Combine(BenchmarkData.Root, "specs", "examples", "illustrative-2015.json")));
        var answer = new ScoringApi(RuleSetCatalog.Embedded).Assess(request).Match(r => r, _ => throw new InvalidOperationException());
        values = answer.Assessment.ScoreCards.SelectMany(c => c.IndicatorScores.SelectMany(i => i.Lines.SelectMany(l => new[] { l.Target, l.Actual, l.Shortfall, l.Step, l.Steps, l.PerStep, l.Deduction })))
            .Select(s => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }

    [Benchmark(Baseline = true)]
    public int TrimmingStrings()
    {
        var n = 0;
        foreach (var v in values)
        {
            var text = v.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (text.IndexOf('.') >= 0) text = text.TrimEnd('0').TrimEnd('.');
            n += text.Length;
        }
        return n;
    }

    [Benchmark]
    public int Span()
    {
        var n = 0;
        foreach (var v in values) n += Core.Validation.DecimalParsing.Format(v).Length;
        return n;
    }
}
