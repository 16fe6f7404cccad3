using System.Text;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Rpc;
using Grpc.Core;
using ScoringKernel.Contracts.V1;
using ScoringKernel.Files.Workbooks;
using ScoringKernel.Server.HttpJson;
using ScoringKernel.Server.Services;
using Xunit;
using static ScoringKernel.TestSupport.JsonPort;

namespace ScoringKernel.Server.Tests;

/// <summary>
/// One size limit, said once (issue 23): a workbook may have 4 MiB (<see cref="SheetReader.MaxFileBytes"/>) over the API
/// as from the command line; a larger one, a message over the message limit and a JSON body over 16 MiB are each
/// RESOURCE_EXHAUSTED on gRPC and 413 on the JSON route, naming the limit, with a typed reason and Chinese words.
/// </summary>
[Collection(ServerCollection.Name)]
public class SizeLimitTests(ServerFixture server)
{

    private static string WorkbookJson(int bytes) =>
        JsonFormatter.Default.Format(new ReadFiguresWorkbookRequest { Workbook = ByteString.CopyFrom(new byte[bytes]) });

    [Fact]
    public void The_limits_are_the_ones_the_docs_say()
    {
        Assert.Equal(4 * 1024 * 1024, SheetReader.MaxFileBytes);
        Assert.Equal(16 * 1024 * 1024, JsonGateway.MaxBodyBytes);
        Assert.True(RequestFraming.MaxMessageBytes > SheetReader.MaxFileBytes + 16, "a workbook at its limit fits in a message with its request's fields");
    }

    [Fact]
    public async Task A_workbook_at_the_limit_is_read_and_one_byte_over_is_413_naming_the_limit()
    {
        // At the limit: past the size check, refused for what it holds (zeros are no zip package), 400.
        var (atLimit, atStatus) = await Post("/v1/workbooks:readFigures", WorkbookJson((int)SheetReader.MaxFileBytes), "zh-CN");
        Assert.Equal(400, atLimit);
        Assert.NotEqual("WORKBOOK_TOO_LARGE", Info(atStatus).Reason);

        var (over, status) = await Post("/v1/workbooks:readFigures", WorkbookJson((int)SheetReader.MaxFileBytes + 1), "zh-CN");
        Assert.Equal(413, over);
        Assert.Equal((int)Code.ResourceExhausted, status.Code);
        Assert.Equal("WORKBOOK_TOO_LARGE", Info(status).Reason);
        var violation = Assert.Single(status.GetDetail<BadRequest>().FieldViolations);
        Assert.Equal("workbook", violation.Field);
        Assert.Equal("the file has 4194305 bytes; a workbook may have at most 4194304", violation.Description);
        Assert.Contains("工作簿最多 4194304 字节", violation.LocalizedMessage.Message);
    }

    [Fact]
    public async Task A_message_over_the_message_limit_is_413_with_a_typed_reason_in_Chinese_by_default()
    {
        var (code, status) = await Post("/v1/workbooks:readFigures", WorkbookJson(5 * 1024 * 1024), acceptLanguage: null);
        Assert.Equal(413, code);
        Assert.Equal((int)Code.ResourceExhausted, status.Code);
        Assert.Equal("REQUEST_MESSAGE_TOO_LARGE", Info(status).Reason);
        var violation = Assert.Single(status.GetDetail<BadRequest>().FieldViolations);
        Assert.Equal($"the request message of 5242885 bytes exceeds the {RequestFraming.MaxMessageBytes}-byte message limit", violation.Description);
        Assert.Equal(("zh-CN", $"请求消息有 5242885 字节,超过消息上限 {RequestFraming.MaxMessageBytes} 字节"), (violation.LocalizedMessage.Locale, violation.LocalizedMessage.Message));
    }

    [Fact]
    public async Task A_body_over_16_MiB_is_413_naming_the_limit_in_the_callers_language()
    {
        var body = "{\"workbook\":\"" + new string('A', 17 * 1024 * 1024) + "\"}";
        var (code, status) = await Post("/v1/workbooks:readFigures", body, acceptLanguage: "en");
        Assert.Equal(413, code);
        Assert.Equal("REQUEST_BODY_TOO_LARGE", Info(status).Reason);
        var violation = Assert.Single(status.GetDetail<BadRequest>().FieldViolations);
        Assert.Equal("the request body is larger than the 16777216-byte limit for JSON bodies (16 MiB)", violation.Description);
        Assert.Equal("en", violation.LocalizedMessage.Locale);

        var (_, zh) = await Post("/v1/workbooks:readFigures", body, acceptLanguage: "zh-CN");
        Assert.Equal("请求正文超过 JSON 正文的上限 16777216 字节(16 兆字节),其余部分未读取", zh.GetDetail<BadRequest>().FieldViolations[0].LocalizedMessage.Message);
    }

    [Fact]
    public async Task Over_gRPC_a_workbook_over_the_limit_and_a_message_over_its_limit_are_RESOURCE_EXHAUSTED_naming_the_limit()
    {
        var workbook = await Assert.ThrowsAsync<RpcException>(() => server.Client.ReadFiguresWorkbookAsync(
            new ReadFiguresWorkbookRequest { Workbook = ByteString.CopyFrom(new byte[SheetReader.MaxFileBytes + 1]) }).ResponseAsync);
        Assert.Equal(StatusCode.ResourceExhausted, workbook.StatusCode);
        Assert.Equal("WORKBOOK_TOO_LARGE", Info(workbook.GetRpcStatus()!).Reason);
        Assert.Contains("at most 4194304", workbook.Status.Detail);

        var message = await Assert.ThrowsAsync<RpcException>(() => server.Client.ReadFiguresWorkbookAsync(
            new ReadFiguresWorkbookRequest { Workbook = ByteString.CopyFrom(new byte[5 * 1024 * 1024]) }).ResponseAsync);
        Assert.Equal(StatusCode.ResourceExhausted, message.StatusCode);
        var status = message.GetRpcStatus()!;
        Assert.Equal("REQUEST_MESSAGE_TOO_LARGE", Info(status).Reason);
        Assert.Equal($"the request message of 5242885 bytes exceeds the {RequestFraming.MaxMessageBytes}-byte message limit", message.Status.Detail);
        Assert.Equal($"请求消息有 5242885 字节,超过消息上限 {RequestFraming.MaxMessageBytes} 字节", status.GetDetail<BadRequest>().FieldViolations[0].LocalizedMessage.Message);
    }

    private static ErrorInfo Info(Google.Rpc.Status status) => status.GetDetail<ErrorInfo>();

    private async Task<(int Code, Google.Rpc.Status Status)> Post(string route, string body, string? acceptLanguage)
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.JsonAddress) };
        using var request = new HttpRequestMessage(HttpMethod.Post, route) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (acceptLanguage is not null) request.Headers.Add("Accept-Language", acceptLanguage);
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, StatusParser.Parse<Google.Rpc.Status>(await response.Content.ReadAsStringAsync()));
    }
}
