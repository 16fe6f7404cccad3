using System.Net;
using System.Text;
using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;
using ScoringKernel.Contracts.V1;
using ScoringKernel.Files.Workbooks;
using Xunit;

namespace ScoringKernel.Server.Tests;

/// <summary>Workbooks over the API: a figures workbook read into its request, an assessment written as a workbook.</summary>
[Collection(ServerCollection.Name)]
public class WorkbookServiceTests(ServerFixture server)
{
    private static byte[] ExampleWorkbook(Action<UnitFigures>? change = null)
    {
        var request = Examples.Illustrative;
        foreach (var unit in request.Units) change?.Invoke(unit);
        return FiguresWorkbook.Write(request, _ => "");
    }

    [Fact]
    public async Task A_figures_workbook_reads_back_as_its_request_over_gRPC_and_HTTP_JSON()
    {
        var reply = await server.Client.ReadFiguresWorkbookAsync(new ReadFiguresWorkbookRequest { Workbook = ByteString.CopyFrom(ExampleWorkbook()) });
        Assert.Equal(Examples.Illustrative, reply.Request);

        using var http = new HttpClient { BaseAddress = new Uri(server.JsonAddress) };
        var body = JsonFormatter.Default.Format(new ReadFiguresWorkbookRequest { Workbook = ByteString.CopyFrom(ExampleWorkbook()) });
        using var response = await http.PostAsync("/v1/workbooks:readFigures", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Examples.Illustrative, JsonParser.Default.Parse<ReadFiguresWorkbookResponse>(await response.Content.ReadAsStringAsync()).Request);
    }

    [Fact]
    public async Task A_bad_figure_in_a_workbook_is_the_same_field_violation_as_in_JSON_with_its_cell()
    {
        var workbook = ExampleWorkbook(u => { if (u.UnitCode == "430423") u.HouseRenovation.HouseholdsRenovated = -5; });
        var e = await Assert.ThrowsAsync<RpcException>(() => server.Client.ReadFiguresWorkbookAsync(new ReadFiguresWorkbookRequest { Workbook = ByteString.CopyFrom(workbook) }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        var violation = Assert.Single(e.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
        var index = Examples.Illustrative.Units.ToList().FindIndex(u => u.UnitCode == "430423");
        Assert.Equal($"units[{index}].house_renovation.households_renovated", violation.Field);
        Assert.Matches(@"^单位指标![A-Z]+\d+: must not be negative \(got -5\)$", violation.Description);
        Assert.Matches(@"^单位指标![A-Z]+\d+\(衡山县 · 附件1-四 危房改造户数\(户\)\):不能为负数\(填写了 -5\)$", violation.LocalizedMessage.Message);

        var notAWorkbook = await Assert.ThrowsAsync<RpcException>(() => server.Client.ReadFiguresWorkbookAsync(new ReadFiguresWorkbookRequest { Workbook = ByteString.CopyFromUtf8("code,total") }).ResponseAsync);
        Assert.Equal("workbook", Assert.Single(notAWorkbook.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    [Fact]
    public async Task An_assessment_comes_back_as_a_result_workbook()
    {
        var file = await server.Client.WriteResultWorkbookAsync(new WriteResultWorkbookRequest { Assessment = Examples.Illustrative });
        Assert.EndsWith(".xlsx", file.FileName);
        var sheets = SheetReader.Read(file.Content.ToByteArray()).Match(s => s, p => throw new Xunit.Sdk.XunitException(p.ToString()));
        Assert.Contains("84.59", sheets["县市组排名"].Rows.SelectMany(r => r.Cells.Values).Select(c => c.Text));
    }
}
