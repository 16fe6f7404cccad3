using System.Net;
using System.Text;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Rpc;
using ScoringKernel.Contracts.V1;
using Xunit;
using static ScoringKernel.TestSupport.JsonPort;

namespace ScoringKernel.Server.Tests;

/// <summary>
/// JSON mistakes sent to the real server's HTTP/JSON routes: a few of them, for the status, field path, description,
/// reason, localized message and ErrorInfo that come back (the bulk of the mistakes are tested on the reader itself,
/// ScoringKernel.Contracts.Tests/Json/ReaderMistakesTests).
/// </summary>
[Collection(ServerCollection.Name)]
public class JsonMistakesTests(ServerFixture server)
{
    public static TheoryData<string, string, string, int, string, string> Mistakes() => new()
    {
        { "misspelled field in a unit", "/v1/assess", """{"units":[{"unitCode":"430423","fundsMissued":true}]}""", 400, "units[0].fundsMissued",
            "Unknown name \"fundsMissued\" at 'units[0]': Cannot find field. Did you mean \"fundsMisused\"? (line 1, column 32)" },
        { "misspelled field in a scenario override", "/v1/scenarios:compare", """{"scenarios":[{"name":"a","overrides":[{"targett":{}}]}]}""", 400,
            "scenarios[0].overrides[0].targett",
            "Unknown name \"targett\" at 'scenarios[0].overrides[0]': Cannot find field. Did you mean \"target\"? (line 1, column 41)" },
        { "a number for a decimal", "/v1/assess", """{"units":[{"villageIncome":{"incomeYuan":3680}}]}""", 400, "units[0].village_income.income_yuan",
            "expected a string, found the number 3680: decimals are sent as strings, \"3680\" (line 1, column 42)" },
        { "an enum number out of range (read, as proto3 reads open enums, then refused by the domain)", "/v1/assess", """{"unitPolicy":99}""", 400, "unit_policy",
            "must be one of UNIT_POLICY_PROPORTIONAL, UNIT_POLICY_WHOLE_UNITS, UNIT_POLICY_STARTED_UNITS (got '99')" },
        { "a byte-order mark", "/v1/assess", "\uFEFF{}", 400, "",
            "the body starts with a UTF-8 byte-order mark (EF BB BF): send the JSON without it (line 1, column 1)" },
        { "an empty body", "/v1/assess", "", 400, "",
            "the body is empty: send one JSON object for scoringkernel.v1.AssessRequest ({} for an empty request) (line 1, column 1)" },
        { "a 6 MB string", "/v1/assess", "{\"ruleSetId\":\"" + new string('x', 6 * 1024 * 1024) + "\"}", 413, "rule_set_id",
            "a string of 6291456 bytes is longer than the 4194304-byte limit (line 1, column 14)" },
        { "half an escaped surrogate pair (once an exception, not a refusal)", "/v1/assess", "{\"ruleSetId\":\"\\ud834\"}", 400, "rule_set_id",
            "malformed JSON: cannot read incomplete UTF-16 JSON text as string with missing low surrogate. (line 1, column 14)" },
        { "a workbook that is not base64", "/v1/workbooks:readFigures", """{"workbook":"not base64!"}""", 400, "workbook",
            "expected a base64 string, found the string \"not base64!\" (line 1, column 13)" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task Each_mistake_is_named(string mistake, string route, string body, int status, string field, string description)
    {
        var (code, violations) = await Post(route, body);
        Assert.True(status == code, $"{mistake}: status {code}");
        Assert.Equal((field, description), violations[0]);
    }

    [Fact]
    public async Task A_mistake_has_its_reason_Chinese_words_and_ErrorInfo_by_default()
    {
        var (code, status) = await PostStatus("/v1/assess", """{"units":[{"houseRenovation":{"householdsRenovated":"abc"}}]}""", acceptLanguage: null);
        Assert.Equal(400, code);
        Assert.Equal((int)Google.Rpc.Code.InvalidArgument, status.Code);
        var violation = Assert.Single(status.Details.Where(d => d.Is(BadRequest.Descriptor)).Select(d => d.Unpack<BadRequest>()).SelectMany(b => b.FieldViolations));
        Assert.Equal("units[0].house_renovation.households_renovated", violation.Field);
        Assert.Equal("expected a 32-bit integer (a JSON number or a string of digits), found the string \"abc\" (line 1, column 53)", violation.Description);
        Assert.Equal("JSON_NOT_AN_INT32", violation.Reason);
        Assert.Equal("zh-CN", violation.LocalizedMessage.Locale);
        Assert.Equal("第1行第53列 · units[0].house_renovation.households_renovated:请填写整数(如 5),不能为“abc”", violation.LocalizedMessage.Message);
        var info = status.Details.Single(d => d.Is(ErrorInfo.Descriptor)).Unpack<ErrorInfo>();
        Assert.Equal(("JSON_NOT_AN_INT32", "scoringkernel.v1"), (info.Reason, info.Domain));
        Assert.Equal("units[0].house_renovation.households_renovated", info.Metadata["field"]);
        var summary = status.Details.Single(d => d.Is(LocalizedMessage.Descriptor)).Unpack<LocalizedMessage>();
        Assert.Equal(("zh-CN", violation.LocalizedMessage.Message), (summary.Locale, summary.Message));
        Assert.Equal($"units[0].house_renovation.households_renovated: {violation.Description}", status.Message);
    }

    [Fact]
    public async Task A_caller_that_accepts_English_gets_the_English_words()
    {
        var (code, status) = await PostStatus("/v1/assess", """{"unitz":[]}""", acceptLanguage: "en");
        Assert.Equal(400, code);
        var violation = status.Details.Where(d => d.Is(BadRequest.Descriptor)).Select(d => d.Unpack<BadRequest>()).SelectMany(b => b.FieldViolations).Single();
        Assert.Equal("JSON_UNKNOWN_FIELD", violation.Reason);
        Assert.Equal("en", violation.LocalizedMessage.Locale);
        Assert.Equal("line 1, column 2 · unitz: Unknown name \"unitz\" at the top level: Cannot find field. Did you mean \"units\"?", violation.LocalizedMessage.Message);
        Assert.Equal("en", status.Details.Single(d => d.Is(LocalizedMessage.Descriptor)).Unpack<LocalizedMessage>().Locale);
    }

    [Fact]
    public async Task A_GET_has_no_body_so_its_mistakes_name_no_line()
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.JsonAddress) };
        using var response = await http.GetAsync("/v1/ruleSets/hengyang-2015?x=1");
        var status = StatusParser.Parse<Google.Rpc.Status>(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, (int)response.StatusCode);
        var violation = status.Details.Where(d => d.Is(BadRequest.Descriptor)).Select(d => d.Unpack<BadRequest>()).SelectMany(b => b.FieldViolations).Single();
        Assert.Equal(("x", "JSON_UNKNOWN_FIELD"), (violation.Field, violation.Reason));
        Assert.DoesNotContain("line", violation.Description);
        Assert.DoesNotContain("行", violation.LocalizedMessage.Message);
    }

    [Fact]
    public async Task Mistakes_the_reader_can_go_past_are_reported_all_at_once()
    {
        var (code, violations) = await Post("/v1/assess",
            """{"units":[{"fundsMissued":true,"villageIncome":{"incomeYuan":3680},"houseRenovation":{"householdsRenovated":"5.5"}}],"unitPolicy":"WHOLE"}""");
        Assert.Equal(400, code);
        Assert.Equal(["units[0].fundsMissued", "units[0].village_income.income_yuan", "units[0].house_renovation.households_renovated", "unit_policy"],
            violations.Select(v => v.Field));
    }

    [Fact]
    public async Task What_proto3_json_allows_is_accepted_and_read_as_the_canonical_form()
    {
        var canonical = Examples.IllustrativeJson;
        // int32 as a string, 845.0 for a whole number, an enum by number, an original field name, null for a default.
        var relaxed = First(First(First(canonical, "\"householdsRenovated\": 5\n", "\"householdsRenovated\": \"5\"\n"),
                "\"ruleSetId\":", "\"rule_set_id\":"), "\"personsLifted\": 845,", "\"personsLifted\": 845.0,")
            .Insert(1, "\"unitPolicy\": 1, \"view\": null, ");
        Assert.NotEqual(canonical, relaxed);

        using var http = new HttpClient { BaseAddress = new Uri(server.JsonAddress) };
        using var strict = await http.PostAsync("/v1/assess", new StringContent(canonical, Encoding.UTF8, "application/json"));
        using var loose = await http.PostAsync("/v1/assess", new StringContent(relaxed, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, loose.StatusCode);
        Assert.Equal(await strict.Content.ReadAsStringAsync(), await loose.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_misspelt_misuse_of_funds_is_refused_not_dropped()
    {
        var text = Examples.IllustrativeJson;
        var at = text.IndexOf("\"fundsMisused\": false", StringComparison.Ordinal);
        var (code, violations) = await Post("/v1/assess", text[..at] + "\"fundsMissued\": true" + text[(at + "\"fundsMisused\": false".Length)..]);
        Assert.Equal(400, code);
        var line = text[..at].Count(c => c == '\n') + 1;
        var column = at - text.LastIndexOf('\n', at);
        Assert.Equal(("units[0].fundsMissued", $"Unknown name \"fundsMissued\" at 'units[0]': Cannot find field. Did you mean \"fundsMisused\"? (line {line}, column {column})"),
            violations.Single());
    }

    private static string First(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, find);
        return text[..at] + replacement + text[(at + find.Length)..];
    }

    private async Task<(int Code, Google.Rpc.Status Status)> PostStatus(string route, string body, string? acceptLanguage)
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.JsonAddress) };
        using var request = new HttpRequestMessage(HttpMethod.Post, route) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (acceptLanguage is not null) request.Headers.Add("Accept-Language", acceptLanguage);
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, StatusParser.Parse<Google.Rpc.Status>(await response.Content.ReadAsStringAsync()));
    }

    private async Task<(int Status, IReadOnlyList<(string Field, string Description)> Violations)> Post(string route, string body)
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.JsonAddress) };
        using var response = await http.PostAsync(route, new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { { "Content-Type", "application/json" } } });
        var text = await response.Content.ReadAsStringAsync();
        var status = StatusParser.Parse<Google.Rpc.Status>(text);
        var violations = status.Details.Where(d => d.Is(BadRequest.Descriptor)).Select(d => d.Unpack<BadRequest>()).SelectMany(b => b.FieldViolations).Select(v => (v.Field, v.Description)).ToList();
        return ((int)response.StatusCode, violations);
    }
}
