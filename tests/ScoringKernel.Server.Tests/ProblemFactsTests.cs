using System.Net;
using System.Text;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Rpc;
using Grpc.Core;
using ScoringKernel.Contracts.V1;
using ScoringKernel.Files.Workbooks;
using Xunit;
using static ScoringKernel.TestSupport.JsonPort;

namespace ScoringKernel.Server.Tests;

/// <summary>
/// A refused request's problems as facts a program reads without parsing a sentence: the ErrorInfo's metadata names
/// the first problem's unit and figure (and a workbook's sheet, cell and row), and FieldViolationFacts gives each
/// field violation's facts in the BadRequest's order, over gRPC and HTTP/JSON alike.
/// </summary>
[Collection(ServerCollection.Name)]
public class ProblemFactsTests(ServerFixture server)
{

    /// <summary>The example with 常宁市's own budget at -5 and 衡山县's renovated houses at -3.</summary>
    private static AssessRequest TwoBadFigures()
    {
        var request = Examples.Illustrative;
        request.Units.Single(u => u.UnitCode == "430482").OwnBudget.OwnBudgetWan = "-5";
        request.Units.Single(u => u.UnitCode == "430423").HouseRenovation.HouseholdsRenovated = -3;
        return request;
    }

    private static void AssertFacts(Google.Rpc.Status status, AssessRequest request)
    {
        var violations = status.GetDetail<BadRequest>().FieldViolations;
        var facts = status.GetDetail<FieldViolationFacts>().Violations;
        Assert.Equal(violations.Select(v => (v.Field, v.Reason)), facts.Select(f => (f.Field, f.Reason)));

        var changning = request.Units.ToList().FindIndex(u => u.UnitCode == "430482");
        var budget = facts.Single(f => f.Field == $"units[{changning}].own_budget.own_budget_wan");
        Assert.Equal(("430482", "own_budget.own_budget_wan", "VALUE_NEGATIVE"), (budget.UnitCode, budget.Figure, budget.Reason));
        Assert.Equal("常宁市 · 附件1-九 本级财政预算安排(万元)", budget.LocalizedPlace);
        Assert.Equal("不能为负数(填写了 -5)", budget.LocalizedReason);
        var houses = facts.Single(f => f.UnitCode == "430423");
        Assert.Equal("house_renovation.households_renovated", houses.Figure);
        Assert.Equal(("", "", 0), (houses.Sheet, houses.Cell, houses.Row));

        var info = status.GetDetail<ErrorInfo>();
        Assert.Equal(violations[0].Field, info.Metadata["field"]);
        Assert.Equal(facts[0].UnitCode, info.Metadata["unit_code"]);
        Assert.Equal(facts[0].Figure, info.Metadata["figure"]);
        Assert.False(info.Metadata.ContainsKey("sheet"));
    }

    [Fact]
    public async Task A_bad_figure_over_gRPC_carries_its_unit_code_and_figure()
    {
        var request = TwoBadFigures();
        var e = await Assert.ThrowsAsync<RpcException>(() => server.Client.AssessAsync(request).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        AssertFacts(e.GetRpcStatus()!, request);
    }

    [Fact]
    public async Task A_bad_figure_over_HTTP_JSON_carries_its_unit_code_and_figure()
    {
        var request = TwoBadFigures();
        using var http = new HttpClient { BaseAddress = new Uri(server.JsonAddress) };
        using var message = new HttpRequestMessage(HttpMethod.Post, "/v1/assess") { Content = new StringContent(JsonFormatter.Default.Format(request), Encoding.UTF8, "application/json") };
        message.Headers.Add("Accept-Language", "zh-CN");
        using var response = await http.SendAsync(message);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"@type\": \"type.googleapis.com/scoringkernel.v1.FieldViolationFacts\"", json);
        Assert.Contains("\"unitCode\": \"430482\"", json);
        AssertFacts(StatusParser.Parse<Google.Rpc.Status>(json), request);
    }

    [Fact]
    public async Task A_workbook_problem_carries_its_sheet_cell_and_row()
    {
        var request = Examples.Illustrative;
        request.Units.Single(u => u.UnitCode == "430423").HouseRenovation.HouseholdsRenovated = -5;
        var workbook = FiguresWorkbook.Write(request, _ => "");
        var e = await Assert.ThrowsAsync<RpcException>(() => server.Client.ReadFiguresWorkbookAsync(new ReadFiguresWorkbookRequest { Workbook = ByteString.CopyFrom(workbook) }).ResponseAsync);
        var status = e.GetRpcStatus()!;
        var facts = Assert.Single(status.GetDetail<FieldViolationFacts>().Violations);
        Assert.Equal(("430423", "house_renovation.households_renovated", "单位指标"), (facts.UnitCode, facts.Figure, facts.Sheet));
        Assert.Matches(@"^[A-Z]+\d+$", facts.Cell);
        Assert.Equal(int.Parse(facts.Cell.TrimStart('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z'), System.Globalization.CultureInfo.InvariantCulture), facts.Row);
        Assert.True(facts.Row > 1, "a unit's row is below the header");
        Assert.Equal("不能为负数(填写了 -5)", facts.LocalizedReason);

        var info = status.GetDetail<ErrorInfo>();
        Assert.Equal(("单位指标", facts.Cell, facts.Row.ToString(System.Globalization.CultureInfo.InvariantCulture)), (info.Metadata["sheet"], info.Metadata["cell"], info.Metadata["row"]));
        Assert.Equal("430423", info.Metadata["unit_code"]);
    }

    [Fact]
    public async Task A_JSON_mistake_carries_its_line_and_column()
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.JsonAddress) };
        using var response = await http.PostAsync("/v1/assess", new StringContent("""{"units":[{"unitCode":"430423","villageIncome":{"incomeYuan":3680}}]}""", Encoding.UTF8, "application/json"));
        var status = StatusParser.Parse<Google.Rpc.Status>(await response.Content.ReadAsStringAsync());
        var facts = status.GetDetail<FieldViolationFacts>().Violations.Single(f => f.Reason == "JSON_DECIMAL_AS_NUMBER");
        Assert.Equal((1, 62), (facts.Line, facts.Column));
    }
}
