using System.Net;
using System.Text;
using Google.Protobuf;
using ScoringKernel.Contracts.V1;
using Xunit;

namespace ScoringKernel.Server.Tests;

/// <summary>The HTTP/JSON routes the contract declares, each answered by the same service method as its gRPC call.</summary>
[Collection(ServerCollection.Name)]
public class HttpJsonRoutesTests(ServerFixture server)
{
    [Fact]
    public async Task Get_routes_bind_the_path_and_answer_as_grpc_does()
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.JsonAddress) };
        var list = JsonParser.Default.Parse<ListRuleSetsResponse>(await http.GetStringAsync("/v1/ruleSets"));
        Assert.Equal(await server.Client.ListRuleSetsAsync(new ListRuleSetsRequest()), list);
        var ruleSet = JsonParser.Default.Parse<GetRuleSetResponse>(await http.GetStringAsync("/v1/ruleSets/hengyang-2015"));
        Assert.Equal(await server.Client.GetRuleSetAsync(new GetRuleSetRequest { RuleSetId = "hengyang-2015" }), ruleSet);

        using var missing = await http.GetAsync("/v1/ruleSets/nope");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("no rule set 'nope'", await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_sweep_streams_one_json_object_per_line()
    {
        var request = new SweepScenarioRequest
        {
            Base = Examples.Illustrative,
            Template = new Override { Figure = new FigureOverride { UnitCode = "430424", Field = FigureField.TotalInvestmentWan, Value = "0" } },
            Start = "700", Stop = "703", Step = "1",
        };
        using var http = new HttpClient { BaseAddress = new Uri(server.JsonAddress) };
        using var response = await http.PostAsync("/v1/scenarios:sweep", new StringContent(JsonFormatter.Default.Format(request), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("application/x-ndjson", response.Content.Headers.ContentType?.ToString());
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var grpc = new ScenarioService.ScenarioServiceClient(server.Channel).SweepScenario(request);
        var expected = new List<SweepScenarioResponse>();
        while (await grpc.ResponseStream.MoveNext(CancellationToken.None)) expected.Add(grpc.ResponseStream.Current);
        Assert.Equal(4, lines.Length);
        Assert.Equal(expected, lines.Select(l => JsonParser.Default.Parse<SweepScenarioResponse>(l)));
    }
}
