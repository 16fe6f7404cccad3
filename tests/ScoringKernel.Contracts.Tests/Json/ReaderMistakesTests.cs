using Google.Protobuf;
using Google.Protobuf.Reflection;
using ScoringKernel.Contracts.V1;
using ScoringKernel.Core.Problems;
using ScoringKernel.Wire;
using ScoringKernel.Wire.Json;
using ScoringKernel.Words;
using Xunit;

namespace ScoringKernel.Contracts.Tests.Json;

/// <summary>
/// The mistakes an integrator or a clerk makes every day, read by the one JSON reader itself: the reason, the proto
/// field path, the line and column, the English the wire's description carries (what the server has always said)
/// and the Chinese the office reads. The server's own tests send a few of these end to end.
/// </summary>
public class ReaderMistakesTests
{
    private const string IntegerExpected = "expected a 32-bit integer (a JSON number or a string of digits)";

    public sealed record Mistake(string Body, string Reason, string Field, int Line, int Column, string English, string Chinese, MessageDescriptor? Type = null, int Count = 1)
    {
        public override string ToString() => Body.Length > 60 ? Body[..60] + "…" : Body;
    }

    public static TheoryData<string, Mistake> Mistakes() => new()
    {
        { "misspelled field at the top level", new("""{"unitz":[]}""", "JSON_UNKNOWN_FIELD", "unitz", 1, 2,
            "Unknown name \"unitz\" at the top level: Cannot find field. Did you mean \"units\"?",
            "第1行第2列 · unitz:字段“unitz”不存在,是否想写“units”?") },
        { "misspelled field in a unit", new("""{"units":[{"unitCode":"430423","fundsMissued":true}]}""", "JSON_UNKNOWN_FIELD", "units[0].fundsMissued", 1, 32,
            "Unknown name \"fundsMissued\" at 'units[0]': Cannot find field. Did you mean \"fundsMisused\"?",
            "第1行第32列 · units[0].fundsMissued:字段“fundsMissued”不存在,是否想写“fundsMisused”?") },
        { "misspelled field in an indicator", new("""{"units":[{"houseRenovation":{"householdsRenovatd":5}}]}""", "JSON_UNKNOWN_FIELD", "units[0].house_renovation.householdsRenovatd", 1, 31,
            "Unknown name \"householdsRenovatd\" at 'units[0].house_renovation': Cannot find field. Did you mean \"householdsRenovated\"?",
            "第1行第31列 · units[0].house_renovation.householdsRenovatd:字段“householdsRenovatd”不存在,是否想写“householdsRenovated”?") },
        { "misspelled field in a village", new("""{"units":[{"villageAssistance":{"villages":[{"name":"村001","residentTeem":true}]}}]}""", "JSON_UNKNOWN_FIELD",
            "units[0].village_assistance.villages[0].residentTeem", 1, 60,
            "Unknown name \"residentTeem\" at 'units[0].village_assistance.villages[0]': Cannot find field. Did you mean \"residentTeam\"?",
            "第1行第60列 · units[0].village_assistance.villages[0].residentTeem:字段“residentTeem”不存在,是否想写“residentTeam”?") },
        { "a name nothing is close to", new("""{"x":1}""", "JSON_UNKNOWN_FIELD", "x", 1, 2,
            "Unknown name \"x\" at the top level: Cannot find field.", "第1行第2列 · x:字段“x”不存在,请检查拼写") },
        { "a name that is no identifier", new("""{"units":[{"单位":1}]}""", "JSON_UNKNOWN_FIELD", "units[0]", 1, 12,
            "Unknown name \"单位\" at 'units[0]': Cannot find field.", "第1行第12列 · units[0]:字段“单位”不存在,请检查拼写") },
        { "misspelled field in a scenario override", new("""{"scenarios":[{"name":"a","overrides":[{"targett":{}}]}]}""", "JSON_UNKNOWN_FIELD",
            "scenarios[0].overrides[0].targett", 1, 41,
            "Unknown name \"targett\" at 'scenarios[0].overrides[0]': Cannot find field. Did you mean \"target\"?",
            "第1行第41列 · scenarios[0].overrides[0].targett:字段“targett”不存在,是否想写“target”?", CompareScenariosRequest.Descriptor) },
        { "a number for a decimal", new("""{"units":[{"villageIncome":{"incomeYuan":3680}}]}""", "JSON_DECIMAL_AS_NUMBER", "units[0].village_income.income_yuan", 1, 42,
            "expected a string, found the number 3680: decimals are sent as strings, \"3680\"",
            "第1行第42列 · units[0].village_income.income_yuan:数值须加英文双引号:请写成 \"3680\",而不是 3680") },
        { "a string for a bool", new("""{"units":[{"fundsMisused":"true"}]}""", "JSON_WRONG_TYPE", "units[0].funds_misused", 1, 27,
            "expected true or false (without quotes), found the string \"true\"",
            "第1行第27列 · units[0].funds_misused:应为 true 或 false(不加引号),不能为“true”") },
        { "a number for a bool", new("""{"units":[{"fundsMisused":1}]}""", "JSON_WRONG_TYPE", "units[0].funds_misused", 1, 27,
            "expected true or false (without quotes), found the number 1", "第1行第27列 · units[0].funds_misused:应为 true 或 false(不加引号),不能为 1") },
        { "an object for a string", new("""{"ruleSetId":{}}""", "JSON_WRONG_TYPE", "rule_set_id", 1, 14,
            "expected a string, found an object", "第1行第14列 · rule_set_id:应为用英文双引号括起的文字,不能为对象({ })") },
        { "a wrong enum name", new("""{"unitPolicy":"WHOLE_UNITS"}""", "JSON_UNKNOWN_ENUM", "unit_policy", 1, 15,
            "unknown value \"WHOLE_UNITS\" for scoringkernel.v1.UnitPolicy: expected one of UNIT_POLICY_UNSPECIFIED, UNIT_POLICY_PROPORTIONAL, UNIT_POLICY_WHOLE_UNITS, UNIT_POLICY_STARTED_UNITS; did you mean \"UNIT_POLICY_WHOLE_UNITS\"?",
            "第1行第15列 · unit_policy:没有“WHOLE_UNITS”这一选项,是否想写“UNIT_POLICY_WHOLE_UNITS”?可选:UNIT_POLICY_UNSPECIFIED, UNIT_POLICY_PROPORTIONAL, UNIT_POLICY_WHOLE_UNITS, UNIT_POLICY_STARTED_UNITS") },
        { "an enum as true", new("""{"unitPolicy":true}""", "JSON_NOT_AN_ENUM", "unit_policy", 1, 15,
            "expected the name of a scoringkernel.v1.UnitPolicy value (a string such as \"UNIT_POLICY_STARTED_UNITS\") or its number, found true",
            "第1行第15列 · unit_policy:应为选项名称(如“UNIT_POLICY_STARTED_UNITS”)或其编号,不能为 true") },
        { "an array where an object belongs", new("""{"units":[{"houseRenovation":[]}]}""", "JSON_WRONG_TYPE", "units[0].house_renovation", 1, 30,
            "expected a JSON object (HouseRenovationFigures), found an array", "第1行第30列 · units[0].house_renovation:应为用 { } 括起的对象,不能为列表([ ])") },
        { "an object where an array belongs", new("""{"units":{}}""", "JSON_EXPECTED_ARRAY", "units", 1, 10,
            "expected a JSON array of UnitFigures objects, found an object", "第1行第10列 · units:应为用 [ ] 括起的列表(每项为用 { } 括起的对象),不能为对象({ })") },
        { "null in an array", new("""{"units":[null]}""", "JSON_NULL_ELEMENT", "units[0]", 1, 11,
            "an array element cannot be null: expected UnitFigures objects", "第1行第11列 · units[0]:列表中的项不能为 null,应为用 { } 括起的对象") },
        { "a trailing comma", new("""{"units":[{"unitCode":"430423",}]}""", "JSON_TRAILING_COMMA", "units[0]", 1, 32,
            "malformed JSON: a comma before a closing '}' or ']' (trailing comma): remove it", "第1行第32列 · units[0]:格式有误:} 或 ] 前多了一个逗号,请删去") },
        { "a comment", new("""{"units":[] /* all */}""", "JSON_COMMENT", "", 1, 13,
            "malformed JSON: '/' where a value or ',' belongs: JSON has no comments", "第1行第13列:格式有误:JSON 文件中不能写注释(以 / 开头的内容),请删去") },
        { "a duplicate key", new("""{"ruleSetId":"hengyang-2015","ruleSetId":"x"}""", "JSON_FIELD_REPEATED", "rule_set_id", 1, 30,
            "\"ruleSetId\" is given more than once in this object: send each field once", "第1行第30列 · rule_set_id:字段“ruleSetId”在同一对象中出现了不止一次,每个字段只能写一次") },
        { "a byte-order mark", new("\uFEFF{}", "JSON_BYTE_ORDER_MARK", "", 1, 1,
            "the body starts with a UTF-8 byte-order mark (EF BB BF): send the JSON without it", "第1行第1列:文件开头有字节顺序标记(BOM),请另存为不带 BOM 的 UTF-8 文本") },
        { "an empty body", new(" \n", "JSON_EMPTY", "", 1, 1,
            "the body is empty: send one JSON object for scoringkernel.v1.AssessRequest ({} for an empty request)", "第1行第1列:内容为空:请提供一个以 { 开头、以 } 结尾的 JSON 对象") },
        { "deep nesting", new("{\"units\":" + new string('[', 100) + new string(']', 100) + "}", "JSON_WRONG_TYPE", "units[0]", 1, 11,
            "expected a JSON object (UnitFigures), found an array", "第1行第11列 · units[0]:应为用 { } 括起的对象,不能为列表([ ])",
            Count: 2) }, // and then, skipping the arrays, that they are nested deeper than 64 levels
        { "two JSON values", new("{} {}", "JSON_SEVERAL_VALUES", "", 1, 4,
            "malformed JSON: more than one JSON value in the body: send exactly one object", "第1行第4列:格式有误:对象结束后还有内容;只能提供一个对象(是否粘贴了两次?)") },
        { "a file cut short", new("{\"units\":[{\"unitCode\":\"4304", "JSON_TRUNCATED", "units[0].unit_code", 1, 23,
            "malformed JSON: expected end of string, but instead reached end of data.", "第1行第23列 · units[0].unit_code:内容不完整:缺少结尾的引号、} 或 ](可能复制时漏掉了末尾)") },
        { "an object left open", new("{\"units\":[]\n", "JSON_TRUNCATED", "", 2, 1,
            "malformed JSON: expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.",
            "第2行第1列:内容不完整:缺少结尾的引号、} 或 ](可能复制时漏掉了末尾)") },
        { "half an escaped surrogate pair", new("{\"ruleSetId\":\"\\ud834\"}", "JSON_INVALID_TEXT", "rule_set_id", 1, 14,
            "malformed JSON: cannot read incomplete UTF-16 JSON text as string with missing low surrogate.",
            "第1行第14列 · rule_set_id:文字中有无效字符:\\u 转义不完整(如只有半个表情符号),或文件不是 UTF-8 编码,请检查此处的文字") },
        { "an integer out of range", new("""{"units":[{"houseRenovation":{"householdsRenovated":3000000000}}]}""", "JSON_NOT_AN_INT32", "units[0].house_renovation.households_renovated", 1, 53,
            $"{IntegerExpected}, found the number 3000000000, which is out of range",
            "第1行第53列 · units[0].house_renovation.households_renovated:数值 3000000000 超出范围,应在 -2147483648 到 2147483647 之间") },
        { "a fraction for an integer", new("""{"units":[{"houseRenovation":{"householdsRenovated":5.5}}]}""", "JSON_NOT_AN_INT32", "units[0].house_renovation.households_renovated", 1, 53,
            $"{IntegerExpected}, found the number 5.5, which is not whole", "第1行第53列 · units[0].house_renovation.households_renovated:请填写整数(如 5),不能为带小数的 5.5") },
        { "a fraction in a string for an integer", new("""{"units":[{"houseRenovation":{"householdsRenovated":"5.5"}}]}""", "JSON_NOT_AN_INT32", "units[0].house_renovation.households_renovated", 1, 53,
            $"{IntegerExpected}, found the string \"5.5\", which is not whole", "第1行第53列 · units[0].house_renovation.households_renovated:请填写整数(如 5),不能为带小数的 5.5") },
        { "leading zeros for an integer", new("""{"units":[{"houseRenovation":{"householdsRenovated":"05"}}]}""", "JSON_NOT_AN_INT32", "units[0].house_renovation.households_renovated", 1, 53,
            $"{IntegerExpected}, found the string \"05\", which has a sign or leading zeros",
            "第1行第53列 · units[0].house_renovation.households_renovated:请填写整数(如 5),不能带正号或以 0 开头(填写了“05”)") },
        { "a word for an integer", new("""{"units":[{"houseRenovation":{"householdsRenovated":"five"}}]}""", "JSON_NOT_AN_INT32", "units[0].house_renovation.households_renovated", 1, 53,
            $"{IntegerExpected}, found the string \"five\"", "第1行第53列 · units[0].house_renovation.households_renovated:请填写整数(如 5),不能为“five”") },
        { "an array for the request", new("[]", "JSON_NOT_AN_OBJECT", "", 1, 1,
            "expected a JSON object for scoringkernel.v1.AssessRequest, found an array", "第1行第1列:内容应为一个以 { 开头的 JSON 对象,不能为列表([ ])") },
        { "XML", new("<assess/>", "JSON_MALFORMED", "", 1, 1,
            "malformed JSON: '<' is an invalid start of a value.", "第1行第1列:格式有误:此处不应出现“<”,请检查前后的括号、引号、冒号和逗号") },
        { "a target field without its prefix", new(
            """{"scenarios":[{"name":"a","overrides":[{"target":{"group":"ASSESSMENT_GROUP_COUNTIES_AND_CITIES","field":"REDUCTION_RATE_PERCENT","value":"17.5"}}]}]}""",
            "JSON_UNKNOWN_ENUM", "scenarios[0].overrides[0].target.field", 1, 106,
            "unknown value \"REDUCTION_RATE_PERCENT\" for scoringkernel.v1.TargetField: expected one of TARGET_FIELD_UNSPECIFIED, TARGET_FIELD_REDUCTION_RATE_PERCENT, TARGET_FIELD_TOTAL_INVESTMENT_WAN, TARGET_FIELD_OWN_BUDGET_WAN, TARGET_FIELD_SOCIAL_INVESTMENT_WAN, TARGET_FIELD_INCOME_YUAN, TARGET_FIELD_INCOME_GROWTH_PERCENT, TARGET_FIELD_HOUSES_TO_RENOVATE, TARGET_FIELD_PERSONS_TO_REACH, TARGET_FIELD_HOUSEHOLDS_TO_REACH, TARGET_FIELD_PER_VILLAGE_INVESTMENT_WAN; did you mean \"TARGET_FIELD_REDUCTION_RATE_PERCENT\"?",
            "第1行第106列 · scenarios[0].overrides[0].target.field:没有“REDUCTION_RATE_PERCENT”这一选项,是否想写“TARGET_FIELD_REDUCTION_RATE_PERCENT”?可选:TARGET_FIELD_UNSPECIFIED, TARGET_FIELD_REDUCTION_RATE_PERCENT, TARGET_FIELD_TOTAL_INVESTMENT_WAN, TARGET_FIELD_OWN_BUDGET_WAN, TARGET_FIELD_SOCIAL_INVESTMENT_WAN, TARGET_FIELD_INCOME_YUAN, TARGET_FIELD_INCOME_GROWTH_PERCENT, TARGET_FIELD_HOUSES_TO_RENOVATE, TARGET_FIELD_PERSONS_TO_REACH, TARGET_FIELD_HOUSEHOLDS_TO_REACH, TARGET_FIELD_PER_VILLAGE_INVESTMENT_WAN",
            CompareScenariosRequest.Descriptor) },
        { "two choices of a oneof", new("""{"scenarios":[{"overrides":[{"parameter":{},"figure":{}}]}]}""", "JSON_ONEOF_SET_TWICE", "scenarios[0].overrides[0].figure", 1, 45,
            "Multiple values specified for oneof kind: set only one of parameter, policy, target, figure",
            "第1行第45列 · scenarios[0].overrides[0].figure:parameter, policy, target, figure 只能填写其中一项", CompareScenariosRequest.Descriptor) },
        { "a workbook that is not base64", new("""{"workbook":"not base64!"}""", "JSON_WRONG_TYPE", "workbook", 1, 13,
            "expected a base64 string, found the string \"not base64!\"", "第1行第13列 · 工作簿:应为 Base64 编码的文字,不能为“not base64!”", ReadFiguresWorkbookRequest.Descriptor) },
        { "a long string where a number belongs", new("{\"units\":[{\"houseRenovation\":{\"householdsRenovated\":\"" + new string('9', 50) + "x\"}}]}", "JSON_NOT_AN_INT32",
            "units[0].house_renovation.households_renovated", 1, 53,
            $"{IntegerExpected}, found the string \"{new string('9', 40)}…\" (51 characters)", $"第1行第53列 · units[0].house_renovation.households_renovated:请填写整数(如 5),不能为“{new string('9', 40)}…”") },
        { "a mistake on a later line, after Chinese text", new("{\n  \"units\": [{\"villageAssistance\": {\"villages\": [{\"name\": \"白沙村\", \"residentTeam\": \"是\"}]}}]\n}", "JSON_WRONG_TYPE",
            "units[0].village_assistance.villages[0].resident_team", 2, 81,
            "expected true or false (without quotes), found the string \"是\"", "第2行第81列 · units[0].village_assistance.villages[0].resident_team:应为 true 或 false(不加引号),不能为“是”") },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Each_mistake_is_a_reason_at_a_field_line_and_column_in_both_languages(string mistake, Mistake m)
    {
        var problems = Problems(m.Body, m.Type ?? AssessRequest.Descriptor);
        Assert.Equal(m.Count, problems.Count);
        var problem = problems[0];
        Assert.True(m.Reason == problem.Reason.Code, $"{mistake}: {problem.Reason.Code}");
        Assert.Equal(m.Field, ProblemPaths.Of(problem));
        Assert.Equal((m.Line, m.Column), ProtoJsonReader.PositionOf(problem));
        // The wire's description: the English it has always carried, with the line and column after it.
        Assert.Equal($"{m.English} (line {m.Line}, column {m.Column})", ProblemWords.Description(problem));
        Assert.Equal(m.English, ProblemWords.Message(problem, Language.En));
        Assert.Equal(m.Chinese, ProblemWords.Sentence(problem, Language.ZhCn));
    }

    [Fact]
    public void A_string_over_the_limit_is_a_size_limit()
    {
        var problem = Assert.Single(Problems("{\"ruleSetId\":\"" + new string('x', 100) + "\"}", AssessRequest.Descriptor, new JsonReading(MaxStringBytes: 64)));
        Assert.IsType<JsonReason.StringTooLong>(problem.Reason);
        Assert.True(SizeLimit.Is(problem.Reason));
        Assert.Equal("rule_set_id", ProblemPaths.Of(problem));
        Assert.Equal("a string of 100 bytes is longer than the 64-byte limit (line 1, column 14)", ProblemWords.Description(problem));
        Assert.Equal("第1行第14列 · rule_set_id:文字过长:100 字节,超过上限 64 字节", ProblemWords.Sentence(problem, Language.ZhCn));
        Assert.False(SizeLimit.Is(new JsonReason.Malformed("x", "")));
    }

    [Fact]
    public void Mistakes_the_reader_can_go_past_are_reported_all_at_once_in_the_order_of_the_text()
    {
        var problems = Problems("""{"units":[{"fundsMissued":true,"villageIncome":{"incomeYuan":3680},"houseRenovation":{"householdsRenovated":"5.5"}}],"unitPolicy":"WHOLE"}""",
            AssessRequest.Descriptor);
        Assert.Equal(["units[0].fundsMissued", "units[0].village_income.income_yuan", "units[0].house_renovation.households_renovated", "unit_policy"],
            problems.Select(ProblemPaths.Of));
        Assert.Equal(["JSON_UNKNOWN_FIELD", "JSON_DECIMAL_AS_NUMBER", "JSON_NOT_AN_INT32", "JSON_UNKNOWN_ENUM"], problems.Select(p => p.Reason.Code));
        var columns = problems.Select(p => ProtoJsonReader.PositionOf(p)!.Value.Column).ToList();
        Assert.Equal(columns.Order(), columns);
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_are_refused_at_their_field_not_thrown()
    {
        byte[] body = [.. "{\"units\":[{\"unitCode\":\""u8, 0xFF, 0xFE, .. "\"}]}"u8];
        var problem = Assert.Single(ProtoJsonReader.Read<AssessRequest>(body, JsonReading.Strict).Match(_ => [], ps => ps.ToList()));
        Assert.IsType<JsonReason.InvalidText>(problem.Reason);
        Assert.Equal("units[0].unit_code", ProblemPaths.Of(problem));
        Assert.Equal((1, 23), ProtoJsonReader.PositionOf(problem));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused_at_the_field_it_is_in()
    {
        var problem = Assert.Single(Problems("{\"x\":" + new string('[', 70) + new string(']', 70) + "}", AssessRequest.Descriptor, new JsonReading(IgnoreUnknownFields: true)));
        Assert.IsType<JsonReason.TooDeep>(problem.Reason);
        Assert.Equal("x", ProblemPaths.Of(problem));
        Assert.Equal("malformed JSON: the JSON is nested deeper than 64 levels (line 1, column 69)", ProblemWords.Description(problem));
        Assert.Equal("第1行第69列 · x:格式有误:括号嵌套超过 64 层", ProblemWords.Sentence(problem, Language.ZhCn));
    }

    [Fact]
    public void Unknown_names_are_skipped_when_asked_and_the_rest_is_read()
    {
        var read = ProtoJsonReader.Read<AssessRequest>("""{"ruleSetIdd":"x","ruleSetId":"hengyang-2015"}""", new JsonReading(IgnoreUnknownFields: true));
        Assert.Equal("hengyang-2015", read.Match(r => r.Message.RuleSetId, ps => string.Join("; ", ps)));
    }

    [Fact]
    public void The_misspelt_misuse_of_funds_in_the_example_file_is_found_where_it_stands()
    {
        var text = ExampleFile.Text;
        var at = text.IndexOf("\"fundsMisused\": false", StringComparison.Ordinal);
        var line = text[..at].Count(c => c == '\n') + 1;
        var column = at - text.LastIndexOf('\n', at);
        var problem = Assert.Single(Problems(text[..at] + "\"fundsMissued\": true" + text[(at + "\"fundsMisused\": false".Length)..], AssessRequest.Descriptor));
        Assert.Equal((line, column), ProtoJsonReader.PositionOf(problem));
        Assert.Equal($"第{line}行第{column}列 · units[0].fundsMissued:字段“fundsMissued”不存在,是否想写“fundsMisused”?", ProblemWords.Sentence(problem, Language.ZhCn));
        Assert.Equal($"line {line}, column {column} · units[0].fundsMissued: Unknown name \"fundsMissued\" at 'units[0]': Cannot find field. Did you mean \"fundsMisused\"?",
            ProblemWords.Sentence(problem, Language.En));
    }

    [Fact]
    public void Without_its_position_a_problem_keeps_its_field_and_says_no_line()
    {
        var problem = ProtoJsonReader.WithoutPosition(Assert.Single(Problems("""{"unitPolicy":"WHOLE_UNITS"}""", AssessRequest.Descriptor)));
        Assert.Null(ProtoJsonReader.PositionOf(problem));
        Assert.Equal("unit_policy", ProblemPaths.Of(problem));
        Assert.DoesNotContain("(line", ProblemWords.Description(problem));
    }

    private static List<Problem> Problems(string body, MessageDescriptor type, JsonReading? reading = null) =>
        ProtoJsonReader.Read(System.Text.Encoding.UTF8.GetBytes(body), type, reading ?? JsonReading.Strict)
            .Match(r => throw new Xunit.Sdk.XunitException($"read {r.Message}"), ps => ps.ToList());
}
