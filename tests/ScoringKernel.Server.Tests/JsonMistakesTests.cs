using System.Net;
using System.Text;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Rpc;
using ScoringKernel.Contracts.V1;
using Xunit;

namespace ScoringKernel.Server.Tests;

/// <summary>
/// The mistakes an integrator makes every day, each sent to the real server's HTTP/JSON routes: the exact status,
/// field path and description that comes back (read by the one JSON reader, before anything is scored).
/// </summary>
[Collection(ServerCollection.Name)]
public class JsonMistakesTests(ServerFixture server)
{
    private const string IntegerExpected = "expected a 32-bit integer (a JSON number or a string of digits)";

    public static TheoryData<string, string, string, int, string, string> Mistakes() => new()
    {
        { "misspelled field at the top level", "/v1/assess", """{"unitz":[]}""", 400, "unitz",
            "Unknown name \"unitz\" at the top level: Cannot find field. Did you mean \"units\"? (line 1, column 2)" },
        { "misspelled field in a unit", "/v1/assess", """{"units":[{"unitCode":"430423","fundsMissued":true}]}""", 400, "units[0].fundsMissued",
            "Unknown name \"fundsMissued\" at 'units[0]': Cannot find field. Did you mean \"fundsMisused\"? (line 1, column 32)" },
        { "misspelled field in an indicator", "/v1/assess", """{"units":[{"houseRenovation":{"householdsRenovatd":5}}]}""", 400, "units[0].house_renovation.householdsRenovatd",
            "Unknown name \"householdsRenovatd\" at 'units[0].house_renovation': Cannot find field. Did you mean \"householdsRenovated\"? (line 1, column 31)" },
        { "misspelled field in a village", "/v1/assess", """{"units":[{"villageAssistance":{"villages":[{"name":"村001","residentTeem":true}]}}]}""", 400,
            "units[0].village_assistance.villages[0].residentTeem",
            "Unknown name \"residentTeem\" at 'units[0].village_assistance.villages[0]': Cannot find field. Did you mean \"residentTeam\"? (line 1, column 60)" },
        { "misspelled field in a scenario override", "/v1/scenarios:compare", """{"scenarios":[{"name":"a","overrides":[{"targett":{}}]}]}""", 400,
            "scenarios[0].overrides[0].targett",
            "Unknown name \"targett\" at 'scenarios[0].overrides[0]': Cannot find field. Did you mean \"target\"? (line 1, column 41)" },
        { "a number for a decimal", "/v1/assess", """{"units":[{"villageIncome":{"incomeYuan":3680}}]}""", 400, "units[0].village_income.income_yuan",
            "expected a string, found the number 3680: decimals are sent as strings, \"3680\" (line 1, column 42)" },
        { "a number for a decimal in a village", "/v1/assess", """{"units":[{"villageAssistance":{"villages":[{"name":"村001","projectInvestmentWan":30}]}}]}""", 400,
            "units[0].village_assistance.villages[0].project_investment_wan",
            "expected a string, found the number 30: decimals are sent as strings, \"30\" (line 1, column 83)" },
        { "a string for a bool", "/v1/assess", """{"units":[{"fundsMisused":"true"}]}""", 400, "units[0].funds_misused",
            "expected true or false (without quotes), found the string \"true\" (line 1, column 27)" },
        { "a number for a bool", "/v1/assess", """{"units":[{"fundsMisused":1}]}""", 400, "units[0].funds_misused",
            "expected true or false (without quotes), found the number 1 (line 1, column 27)" },
        { "a wrong enum name", "/v1/assess", """{"unitPolicy":"WHOLE_UNITS"}""", 400, "unit_policy",
            "unknown value \"WHOLE_UNITS\" for scoringkernel.v1.UnitPolicy: expected one of UNIT_POLICY_UNSPECIFIED, UNIT_POLICY_PROPORTIONAL, UNIT_POLICY_WHOLE_UNITS, UNIT_POLICY_STARTED_UNITS; did you mean \"UNIT_POLICY_WHOLE_UNITS\"? (line 1, column 15)" },
        { "an enum number out of range (read, as proto3 reads open enums, then refused by the domain)", "/v1/assess", """{"unitPolicy":99}""", 400, "unit_policy",
            "unknown unit policy 99" },
        { "an array where an object belongs", "/v1/assess", """{"units":[{"houseRenovation":[]}]}""", 400, "units[0].house_renovation",
            "expected a JSON object (HouseRenovationFigures), found an array (line 1, column 30)" },
        { "an object where an array belongs", "/v1/assess", """{"units":{}}""", 400, "units",
            "expected a JSON array of UnitFigures objects, found an object (line 1, column 10)" },
        { "null in an array", "/v1/assess", """{"units":[null]}""", 400, "units[0]",
            "an array element cannot be null: expected UnitFigures objects (line 1, column 11)" },
        { "a trailing comma", "/v1/assess", """{"units":[{"unitCode":"430423",}]}""", 400, "units[0]",
            "malformed JSON: a comma before a closing '}' or ']' (trailing comma): remove it (line 1, column 32)" },
        { "a comment", "/v1/assess", """{"units":[] /* all */}""", 400, "",
            "malformed JSON: '/' where a value or ',' belongs: JSON has no comments (line 1, column 13)" },
        { "a duplicate key", "/v1/assess", """{"ruleSetId":"hengyang-2015","ruleSetId":"x"}""", 400, "rule_set_id",
            "\"ruleSetId\" is given more than once in this object: send each field once (line 1, column 30)" },
        { "a byte-order mark", "/v1/assess", "\uFEFF{}", 400, "",
            "the body starts with a UTF-8 byte-order mark (EF BB BF): send the JSON without it (line 1, column 1)" },
        { "an empty body", "/v1/assess", "", 400, "",
            "the body is empty: send one JSON object for scoringkernel.v1.AssessRequest ({} for an empty request) (line 1, column 1)" },
        { "a 6 MB string", "/v1/assess", "{\"ruleSetId\":\"" + new string('x', 6 * 1024 * 1024) + "\"}", 429, "rule_set_id",
            "a string of 6291456 bytes is longer than the 4194304-byte limit (line 1, column 14)" },
        { "deep nesting", "/v1/assess", "{\"units\":" + new string('[', 100) + new string(']', 100) + "}", 400, "units[0]",
            "expected a JSON object (UnitFigures), found an array (line 1, column 11)" },
        { "two JSON values", "/v1/assess", "{} {}", 400, "",
            "malformed JSON: more than one JSON value in the body: send exactly one object (line 1, column 4)" },
        { "an integer out of range", "/v1/assess", """{"units":[{"houseRenovation":{"householdsRenovated":3000000000}}]}""", 400, "units[0].house_renovation.households_renovated",
            $"{IntegerExpected}, found the number 3000000000, which is out of range (line 1, column 53)" },
        { "a fraction for an integer", "/v1/assess", """{"units":[{"houseRenovation":{"householdsRenovated":5.5}}]}""", 400, "units[0].house_renovation.households_renovated",
            $"{IntegerExpected}, found the number 5.5, which is not whole (line 1, column 53)" },
        { "a word for an integer", "/v1/assess", """{"units":[{"houseRenovation":{"householdsRenovated":"five"}}]}""", 400, "units[0].house_renovation.households_renovated",
            $"{IntegerExpected}, found the string \"five\" (line 1, column 53)" },
        { "an array for the request", "/v1/assess", "[]", 400, "",
            "expected a JSON object for scoringkernel.v1.AssessRequest, found an array (line 1, column 1)" },
        { "XML", "/v1/assess", "<assess/>", 400, "",
            "malformed JSON: '<' is an invalid start of a value. (line 1, column 1)" },
        { "a target field without its prefix", "/v1/scenarios:compare",
            """{"scenarios":[{"name":"a","overrides":[{"target":{"group":"ASSESSMENT_GROUP_COUNTIES_AND_CITIES","field":"REDUCTION_RATE_PERCENT","value":"17.5"}}]}]}""", 400,
            "scenarios[0].overrides[0].target.field",
            "unknown value \"REDUCTION_RATE_PERCENT\" for scoringkernel.v1.TargetField: expected one of TARGET_FIELD_UNSPECIFIED, TARGET_FIELD_REDUCTION_RATE_PERCENT, TARGET_FIELD_TOTAL_INVESTMENT_WAN, TARGET_FIELD_OWN_BUDGET_WAN, TARGET_FIELD_SOCIAL_INVESTMENT_WAN, TARGET_FIELD_INCOME_YUAN, TARGET_FIELD_INCOME_GROWTH_PERCENT, TARGET_FIELD_HOUSES_TO_RENOVATE, TARGET_FIELD_PERSONS_TO_REACH, TARGET_FIELD_HOUSEHOLDS_TO_REACH, TARGET_FIELD_PER_VILLAGE_INVESTMENT_WAN; did you mean \"TARGET_FIELD_REDUCTION_RATE_PERCENT\"? (line 1, column 106)" },
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

    private static readonly JsonParser StatusParser = new(JsonParser.Settings.Default.WithTypeRegistry(TypeRegistry.FromMessages(BadRequest.Descriptor)));

    private async Task<(int Status, IReadOnlyList<(string Field, string Description)> Violations)> Post(string route, string body)
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.JsonAddress) };
        using var response = await http.PostAsync(route, new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { { "Content-Type", "application/json" } } });
        var text = await response.Content.ReadAsStringAsync();
        var status = StatusParser.Parse<Google.Rpc.Status>(text);
        var violations = status.Details.Select(d => d.Unpack<BadRequest>()).SelectMany(b => b.FieldViolations).Select(v => (v.Field, v.Description)).ToList();
        return ((int)response.StatusCode, violations);
    }
}
