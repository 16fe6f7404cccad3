using System.Net.Sockets;
using System.Text;
using Google.Protobuf;
using Google.Rpc;
using Xunit;

namespace ScoringKernel.Server.Tests;

/// <summary>Requests Kestrel refuses before any middleware (a <c>%00</c> in the path, a raw non-ASCII byte, a line that
/// is no request line, headers over the limit) are still answered with a google.rpc.Status in both languages.</summary>
[Collection(ServerCollection.Name)]
public class UnreadableRequestTests(ServerFixture server)
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithTypeRegistry(
        Google.Protobuf.Reflection.TypeRegistry.FromMessages(ErrorInfo.Descriptor, LocalizedMessage.Descriptor)));

    public static TheoryData<string, string> Unreadable => new()
    {
        { "GET /v1/rounds/%00 HTTP/1.1\r\nHost: x\r\n\r\n", "400" },
        { "GET /v1/rounds/年 HTTP/1.1\r\nHost: x\r\n\r\n", "400" },
        { "NOT A REQUEST LINE\r\n\r\n", "400" },
        { "GET /v1/ruleSets HTTP/1.1\r\nHost: x\r\nX-Big: " + new string('a', 40_000) + "\r\n\r\n", "431" },
        // A good request first on the same connection: the unreadable second one is answered the same way.
        { "GET /v1/ruleSets HTTP/1.1\r\nHost: x\r\n\r\nGET /v1/rounds/%00 HTTP/1.1\r\nHost: x\r\n\r\n", "400" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task An_unreadable_request_is_answered_with_a_status(string request, string httpStatus)
    {
        var answer = await Send(request);

        var last = answer[answer.LastIndexOf("HTTP/1.1 ", StringComparison.Ordinal)..];
        Assert.StartsWith($"HTTP/1.1 {httpStatus} ", last);
        Assert.Contains("\r\nContent-Type: application/json; charset=utf-8\r\n", last);
        var body = last[(last.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
        var status = Parser.Parse<Google.Rpc.Status>(body);
        Assert.Equal((int)Code.InvalidArgument, status.Code);
        Assert.Contains("could not be read", status.Message);
        var info = status.Details.Single(d => d.Is(ErrorInfo.Descriptor)).Unpack<ErrorInfo>();
        Assert.Equal(("REQUEST_UNREADABLE", httpStatus), (info.Reason, info.Metadata["http_status"]));
        Assert.Contains("无法读取此请求", status.Details.Single(d => d.Is(LocalizedMessage.Descriptor)).Unpack<LocalizedMessage>().Message);
    }

    [Fact]
    public void The_applications_own_failures_are_left_as_they_are()
    {
        var withBody = "HTTP/1.1 400 Bad Request\r\nContent-Length: 12\r\nConnection: close\r\n\r\n{\"code\": 3}\n"u8;
        var notFound = "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"u8;
        Assert.Null(HttpJson.RejectedRequests.Replacement(withBody));
        Assert.Null(HttpJson.RejectedRequests.Replacement(notFound));
        Assert.NotNull(HttpJson.RejectedRequests.Replacement("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\nServer: Kestrel\r\n\r\n"u8));
    }

    [Fact]
    public void The_answers_bytes_are_those_the_literal_words_gave_before_they_moved_to_Words()
    {
        var status = new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = "the request could not be read (431 Request Header Fields Too Large): check the path (no %00, non-ASCII characters percent-encoded), the request line and the headers' size",
        };
        var info = new ErrorInfo { Reason = "REQUEST_UNREADABLE", Domain = "scoringkernel.v1" };
        info.Metadata.Add("http_status", "431");
        status.Details.Add(Google.Protobuf.WellKnownTypes.Any.Pack(info));
        status.Details.Add(Google.Protobuf.WellKnownTypes.Any.Pack(new LocalizedMessage
        {
            Locale = "zh-CN",
            Message = "无法读取此请求(431 Request Header Fields Too Large):请检查地址(不能含 %00,非 ASCII 字符须百分号编码)、请求行和请求头的大小",
        }));
        var body = Encoding.UTF8.GetBytes(HttpJson.StatusJson.Format(status));
        var expected = $"HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
        var answer = HttpJson.RejectedRequests.Replacement("HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8);
        Assert.Equal([.. Encoding.ASCII.GetBytes(expected), .. body], answer!);
    }

    private async Task<string> Send(string request)
    {
        var address = new Uri(server.JsonAddress);
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request));
        using var read = new MemoryStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await stream.CopyToAsync(read, timeout.Token);
        return Encoding.UTF8.GetString(read.ToArray());
    }
}
