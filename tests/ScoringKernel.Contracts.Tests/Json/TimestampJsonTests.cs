using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using ScoringKernel.Contracts.V1;
using ScoringKernel.Wire;
using ScoringKernel.Wire.Json;
using ScoringKernel.Words;
using Xunit;

namespace ScoringKernel.Contracts.Tests.Json;

/// <summary>
/// The contract's one well-known type, google.protobuf.Timestamp (every round event's time): the writer gives the RFC
/// 3339 string JsonFormatter gives, and the reader reads it as JsonParser does, so a round's export travels over the
/// HTTP/JSON routes as it does in a file.
/// </summary>
public class TimestampJsonTests
{
    private static RoundExport Export()
    {
        var export = new RoundExport { Year = 2015, EvaluationDigest = new string('a', 64), KernelVersion = "1" };
        export.Events.Add(new RoundEvent
        {
            Mark = new RoundMark { Actor = "CN=office", Time = Timestamp.FromDateTimeOffset(new DateTimeOffset(2016, 1, 4, 1, 0, 0, TimeSpan.Zero)) },
            Opened = new RoundOpenedEvent { Year = 2015, UnitCodes = { "430405" } },
        });
        export.Events.Add(new RoundEvent
        {
            Mark = new RoundMark { Actor = "CN=lg", Time = new Timestamp { Seconds = 1451869200, Nanos = 123_456_789 } },
            EvaluationApproved = new EvaluationApprovedEvent { EvaluationDigest = new string('a', 64) },
        });
        return export;
    }

    [Fact]
    public void The_writer_writes_a_timestamp_as_the_formatter_does_and_the_reader_reads_it_back()
    {
        var export = Export();
        var written = System.Text.Encoding.UTF8.GetString(ProtoJsonWriter.ToUtf8(export));
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(JsonFormatter.Default.Format(export)), System.Text.Json.Nodes.JsonNode.Parse(written)), written);
        Assert.Contains("\"time\":\"2016-01-04T01:00:00Z\"", written);
        Assert.Contains("\"time\":\"2016-01-04T01:00:00.123456789Z\"", written);
        var read = ProtoJsonReader.Read<RoundExport>(written, new JsonReading()).Match(r => r.Message, ps => throw new Xunit.Sdk.XunitException(string.Join("; ", ps)));
        Assert.Equal(export, read);
        Assert.Equal(JsonParser.Default.Parse<RoundExport>(written), read);
    }

    [Fact]
    public void A_timestamp_that_is_not_an_RFC_3339_string_is_refused_at_its_field_in_both_languages()
    {
        var text = JsonFormatter.Default.Format(Export()).Replace("2016-01-04T01:00:00Z", "2016年1月4日", StringComparison.Ordinal);
        Assert.Throws<InvalidProtocolBufferException>(() => JsonParser.Default.Parse<RoundExport>(text));
        var problem = Assert.Single(ProtoJsonReader.Read<RoundExport>(text, new JsonReading()).Match(_ => throw new Xunit.Sdk.XunitException("accepted"), ps => ps));
        Assert.Equal("events[0].mark.time", ProblemPaths.Of(problem));
        Assert.Contains("RFC 3339", ProblemWords.Sentence(problem, Language.En));
        var zh = ProblemWords.Sentence(problem, Language.ZhCn);
        Assert.Contains("RFC 3339 格式的时间文字", zh);
        Assert.DoesNotContain("timestamp", zh, StringComparison.OrdinalIgnoreCase);
    }
}
