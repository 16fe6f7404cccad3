using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Google.Protobuf;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using ScoringKernel.Application;
using ScoringKernel.Server;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Benchmarks;

/// <summary>
/// The what-if answers a planner waits for in the workbench, on the illustrative example: server-side (the API as
/// the services call it) and over gRPC on loopback (the real server, in process, on a free port).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class WhatIfBenchmarks
{
    private static readonly string[] Codes = ["430405", "430406", "430407", "430408", "430412", "430421", "430422", "430423", "430424", "430426", "430481", "430482"];
    private readonly ScoringApi scoring = new(RuleSetCatalog.Embedded);
    private ScenarioApi scenarios = null!;
    private P.AssessRequest example = null!;
    private P.CompareScenariosRequest compare = null!;
    private P.SweepScenarioRequest sweep = null!;
    private WebApplication? app;
    private GrpcChannel channel = null!;
    private P.ScenarioService.ScenarioServiceClient client = null!;

    [GlobalSetup]
    public void Setup()
    {
        scenarios = new ScenarioApi(scoring);
        example = JsonParser.Default.Parse<P.AssessRequest>(File.ReadAllText(Path.Combine(BenchmarkData.Root, "specs", "examples", "illustrative-2015.json")));
        compare = new P.CompareScenariosRequest
        {
            Base = example,
            Scenarios = { new P.Scenario { Name = "17.5", Overrides = { new P.Override { Target = new P.TargetOverride {
                Group = P.AssessmentGroup.CountiesAndCities, Field = P.TargetField.ReductionRatePercent, Value = "17.5" } } } } },
        };
        sweep = new P.SweepScenarioRequest
        {
            Base = example, Start = "500", Stop = "1500", Step = "1",
            Template = new P.Override { Figure = new P.FigureOverride { UnitCode = "430424", Field = P.FigureField.TotalInvestmentWan, Value = "0" } },
        };
        app = ScoringServer.Build(["--urls", "http://127.0.0.1:0", "--json-url", "none", "--metrics-url", "none", "--Logging:LogLevel:Default=Warning"]);
        app.StartAsync().GetAwaiter().GetResult();
        channel = GrpcChannel.ForAddress(ScoringServer.Addresses(app)[0]);
        client = new P.ScenarioService.ScenarioServiceClient(channel);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        channel.Dispose();
        app?.StopAsync().GetAwaiter().GetResult();
    }

    private static T Ok<T>(LanguageExt.Either<ApiFailure, T> result) => result.Match(r => r, f => throw new InvalidOperationException(f.ToString()));

    private P.GetMarginsRequest Margins(string code) => new() { Base = example, UnitCode = code };

    [Benchmark, BenchmarkCategory("server-side")]
    public P.CompareScenariosResponse CompareOneTargetOverride() => Ok(scenarios.Compare(compare));

    [Benchmark, BenchmarkCategory("server-side")]
    public P.GetMarginsResponse MarginsOneUnitBothGoals() => Ok(scenarios.Margins(Margins("430424")));

    [Benchmark, BenchmarkCategory("server-side")]
    public int MarginsAll12Units() => Codes.Sum(code => Ok(scenarios.Margins(Margins(code))).Margins.Count);

    [Benchmark, BenchmarkCategory("server-side")]
    public P.GetReachResponse Reach() => Ok(scenarios.Reach(new P.GetReachRequest()));

    [Benchmark, BenchmarkCategory("server-side")]
    public int SweepFirst100Points() => Ok(scenarios.Sweep(sweep)).Take(100).Count();

    [Benchmark, BenchmarkCategory("gRPC loopback")]
    public P.CompareScenariosResponse CompareOneTargetOverrideOverGrpc() => client.CompareScenarios(compare);

    [Benchmark, BenchmarkCategory("gRPC loopback")]
    public P.GetMarginsResponse MarginsOneUnitBothGoalsOverGrpc() => client.GetMargins(Margins("430424"));

    [Benchmark, BenchmarkCategory("gRPC loopback")]
    public int MarginsAll12UnitsOverGrpc() => Codes.Sum(code => client.GetMargins(Margins(code)).Margins.Count);

    [Benchmark, BenchmarkCategory("gRPC loopback")]
    public P.GetReachResponse ReachOverGrpc() => client.GetReach(new P.GetReachRequest());

    [Benchmark, BenchmarkCategory("gRPC loopback")]
    public async Task<int> SweepFirst100PointsOverGrpc()
    {
        using var call = client.SweepScenario(sweep);
        var n = 0;
        while (n < 100 && await call.ResponseStream.MoveNext(CancellationToken.None)) n++;
        return n;
    }
}
