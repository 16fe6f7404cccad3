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

    /// <summary>A cell of the workbook set to text or a number, as the Open XML SDK writes it.</summary>
    private static byte[] WithCells(byte[] workbook, params (string Sheet, string Reference, string? Text, string? Number)[] cells)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, true))
        {
            var part = document.WorkbookPart!;
            foreach (var (sheetName, reference, text, number) in cells)
            {
                var sheet = part.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == sheetName);
                var cell = ((DocumentFormat.OpenXml.Packaging.WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Single(c => c.CellReference == reference);
                cell.RemoveAllChildren();
                if (text is not null)
                {
                    cell.DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString;
                    cell.Append(new DocumentFormat.OpenXml.Spreadsheet.InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)));
                }
                else { cell.DataType = null; cell.Append(new DocumentFormat.OpenXml.Spreadsheet.CellValue(number!)); }
            }
        }
        return stream.ToArray();
    }

    [Fact]
    public async Task A_workbooks_reading_mistakes_and_a_negative_figure_are_told_at_once_each_at_its_cell()
    {
        var workbook = WithCells(FiguresWorkbook.Write(Examples.Illustrative, _ => ""),
            ("单位指标", "D4", "有", null), ("单位指标", "C10", "五千六百", null), ("贫困村", "D2", "abc", null), ("单位指标", "C3", null, "-5"));
        using var http = new HttpClient { BaseAddress = new Uri(server.JsonAddress) };
        var body = JsonFormatter.Default.Format(new ReadFiguresWorkbookRequest { Workbook = ByteString.CopyFrom(workbook) });
        using var response = await http.PostAsync("/v1/workbooks:readFigures", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);

        var e = await Assert.ThrowsAsync<RpcException>(() => server.Client.ReadFiguresWorkbookAsync(new ReadFiguresWorkbookRequest { Workbook = ByteString.CopyFrom(workbook) }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        var violations = e.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations;
        Assert.Equal(4, violations.Count);
        Assert.Equal(new[] { "units[1].poverty_reduction.persons_lifted", "units[2].poverty_reduction.dynamic_management", "units[8].poverty_reduction.persons_lifted" },
            violations.Take(3).Select(v => v.Field));
        Assert.Equal(new[]
        {
            "单位指标!C3: must not be negative (got -5)",
            "单位指标!D4: must be 是 or 否 (got '有')",
            "单位指标!C10: must be a number (got '五千六百')",
            "贫困村!D2: must be a number (got 'abc')",
        }, violations.Select(v => v.Description));
        Assert.StartsWith("单位指标!C3(", violations[0].LocalizedMessage.Message);
        Assert.EndsWith($" · {ScoringKernel.Words.Labels.FigureInClause(ScoringKernel.Core.Figures.FigureField.PersonsLifted)}):不能为负数(填写了 -5)", violations[0].LocalizedMessage.Message);
        Assert.EndsWith(":请填写“是”或“否”,不能为“有”", violations[1].LocalizedMessage.Message);
        Assert.StartsWith("单位指标!C10(", violations[2].LocalizedMessage.Message);
        Assert.StartsWith("贫困村!D2(", violations[3].LocalizedMessage.Message);
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
