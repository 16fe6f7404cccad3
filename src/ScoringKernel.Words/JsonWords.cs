using ScoringKernel.Core.Problems;

namespace ScoringKernel.Words;

/// <summary>
/// The JSON reader's words. The English is what the reader has always said (integrators and specs/docs/api.md match it); the
/// Chinese is for the clerk who pasted or saved the file: what to change, in the words of the file's own punctuation.
/// JSON's own literals (<c>true</c>, <c>false</c>, <c>null</c>) and names of formats stay as they are typed.
/// </summary>
public static partial class ReasonWords
{
    static partial void JsonWords()
    {
        Say(JsonReasons.ByteOrderMark,
            _ => "文件开头有字节顺序标记(BOM),请另存为不带 BOM 的 UTF-8 文本",
            _ => "the body starts with a UTF-8 byte-order mark (EF BB BF): send the JSON without it");
        Say(JsonReasons.Empty,
            _ => "内容为空:请提供一个以 { 开头、以 } 结尾的 JSON 对象",
            a => $"the body is empty: send one JSON object for {a[0]} ({{}} for an empty request)");
        Say(JsonReasons.NotAnObject,
            a => $"内容应为一个以 {{ 开头的 JSON 对象,不能为{FoundZh(a, 1)}",
            a => $"expected a JSON object for {a[0]}, found {FoundEn(a, 1)}");
        Say(JsonReasons.Malformed,
            a => a.T(1).Length > 0 ? $"格式有误:此处不应出现“{a.T(1)}”,请检查前后的括号、引号、冒号和逗号" : "格式有误,请检查此处前后的括号、引号、冒号和逗号",
            a => $"malformed JSON: {a[0]}");
        Say(JsonReasons.Truncated,
            _ => "内容不完整:缺少结尾的引号、} 或 ](可能复制时漏掉了末尾)",
            a => $"malformed JSON: {a[0]}");
        Say(JsonReasons.InvalidText,
            _ => "文字中有无效字符:\\u 转义不完整(如只有半个表情符号),或文件不是 UTF-8 编码,请检查此处的文字",
            a => $"malformed JSON: {a[0]}");
        Say(JsonReasons.TrailingComma,
            _ => "格式有误:} 或 ] 前多了一个逗号,请删去",
            _ => "malformed JSON: a comma before a closing '}' or ']' (trailing comma): remove it");
        Say(JsonReasons.Comment,
            _ => "格式有误:JSON 文件中不能写注释(以 / 开头的内容),请删去",
            _ => "malformed JSON: '/' where a value or ',' belongs: JSON has no comments");
        Say(JsonReasons.TooDeep,
            a => $"格式有误:括号嵌套超过 {a.N(0)} 层",
            a => $"malformed JSON: the JSON is nested deeper than {a.N(0)} levels");
        Say(JsonReasons.SeveralValues,
            _ => "格式有误:对象结束后还有内容;只能提供一个对象(是否粘贴了两次?)",
            _ => "malformed JSON: more than one JSON value in the body: send exactly one object");
        Say(JsonReasons.UnknownField,
            a => a[2].Length > 0 ? $"字段“{a.T(0)}”不存在,是否想写“{a[2]}”?" : $"字段“{a.T(0)}”不存在,请检查拼写",
            a => $"Unknown name \"{a.T(0)}\" at {(a[1].Length == 0 ? "the top level" : $"'{a[1]}'")}: Cannot find field." + (a[2].Length > 0 ? $" Did you mean \"{a[2]}\"?" : ""));
        Say(JsonReasons.FieldRepeated,
            a => $"字段“{a.T(0)}”在同一对象中出现了不止一次,每个字段只能写一次",
            a => $"\"{a.T(0)}\" is given more than once in this object: send each field once");
        Say(JsonReasons.OneofSetTwice,
            a => $"{a[1]} 只能填写其中一项",
            a => $"Multiple values specified for oneof {a[0]}: set only one of {a[1]}");
        Say(JsonReasons.MapUnsupported,
            _ => "不支持映射表类字段",
            _ => "map fields are not read by this reader");
        Say(JsonReasons.ExpectedArray,
            a => $"应为用 [ ] 括起的列表(每项为{ElementsZh(a, 0)}),不能为{FoundZh(a, 2)}",
            a => $"expected a JSON array of {ElementsEn(a, 0)}, found {FoundEn(a, 2)}");
        Say(JsonReasons.NullElement,
            a => $"列表中的项不能为 null,应为{ElementsZh(a, 0)}",
            a => $"an array element cannot be null: expected {ElementsEn(a, 0)}");
        Say(JsonReasons.StringTooLong,
            a => $"文字过长:{a.N(0)} 字节,超过上限 {a.N(1)} 字节",
            a => $"a string of {a.N(0)} bytes is longer than the {a.N(1)}-byte limit");
        Say(JsonReasons.WrongType,
            a => (a[0] switch
            {
                "object" => "应为用 { } 括起的对象",
                "string" => "应为用英文双引号括起的文字",
                "bool" => "应为 true 或 false(不加引号)",
                "number" => "应为数字",
                "base64" => "应为 Base64 编码的文字",
                "timestamp" => "应为 RFC 3339 格式的时间文字(如 \"2015-12-31T08:00:00Z\")",
                "field mask" => "应为以逗号分隔的字段路径文字(如 \"ownBudget.ownBudgetWan\")",
                var other => $"应为 {other}",
            }) + $",不能为{FoundZh(a, 2)}",
            a => (a[0] switch
            {
                "object" => $"expected a JSON object ({a[1]})",
                "string" => "expected a string",
                "bool" => "expected true or false (without quotes)",
                "number" => "expected a number",
                "base64" => "expected a base64 string",
                "timestamp" => "expected an RFC 3339 time string (as \"2015-12-31T08:00:00Z\")",
                "field mask" => "expected a string of comma-separated field paths (as \"ownBudget.ownBudgetWan\")",
                var other => $"expected {other}",
            }) + $", found {FoundEn(a, 2)}");
        Say(JsonReasons.DecimalAsNumber,
            a => $"数值须加英文双引号:请写成 \"{a.T(0)}\",而不是 {a.T(0)}",
            a => $"expected a string, found the number {a.T(0)}: decimals are sent as strings, \"{a.T(0)}\"");
        Integer(JsonReasons.NotAnInt32, "整数", "-2147483648", "2147483647", "a 32-bit integer");
        Integer(JsonReasons.NotAnUInt32, "非负整数", "0", "4294967295", "an unsigned 32-bit integer");
        Integer(JsonReasons.NotAnInt64, "整数", "-9223372036854775808", "9223372036854775807", "a 64-bit integer");
        Integer(JsonReasons.NotAnUInt64, "非负整数", "0", "18446744073709551615", "an unsigned 64-bit integer");
        Say(JsonReasons.UnknownEnum,
            a => a[3].Length > 0 ? $"没有“{a.T(0)}”这一选项,是否想写“{a[3]}”?可选:{a[2]}" : $"没有“{a.T(0)}”这一选项,可选:{a[2]}",
            a => $"unknown value \"{a.T(0)}\" for {a[1]}: expected one of {a[2]}" + (a[3].Length > 0 ? $"; did you mean \"{a[3]}\"?" : ""));
        Say(JsonReasons.NotAnEnum,
            a => $"应为选项名称(如“{a[1]}”)或其编号,不能为{FoundZh(a, 2)}",
            a => $"expected the name of a {a[0]} value (a string such as \"{a[1]}\") or its number, found {FoundEn(a, 2)}");
        Say(JsonReasons.FieldTypeUnsupported,
            a => $"不支持 {a[0]} 类型的字段",
            a => $"fields of type {a[0]} are not read by this reader, found {FoundEn(a, 1)}");
    }

    /// <summary>Example "5" and the range, in Chinese; in English "expected a 32-bit integer (a JSON number or a string of digits), found …, which …".</summary>
    private static void Integer(Reason reason, string zhKind, string min, string max, string enKind) =>
        Say(reason,
            a => a[2] switch
            {
                "out_of_range" => $"数值 {a.T(1)} 超出范围,应在 {min} 到 {max} 之间",
                "not_whole" => $"请填写{zhKind}(如 5),不能为带小数的 {a.T(1)}",
                "sign_or_leading_zeros" => $"请填写{zhKind}(如 5),不能带正号或以 0 开头(填写了“{a.T(1)}”)",
                _ => $"请填写{zhKind}(如 5),不能为{FoundZh(a, 0)}",
            },
            a => $"expected {enKind} (a JSON number or a string of digits), found {FoundEn(a, 0)}" + a[2] switch
            {
                "out_of_range" => ", which is out of range",
                "not_whole" => ", which is not whole",
                "sign_or_leading_zeros" => ", which has a sign or leading zeros",
                _ => "",
            });

    /// <summary>What was found (kind at <paramref name="i"/>, text after it), as the reader has always said it: "the string \"abc\"".</summary>
    private static string FoundEn(ArgText a, int i) => a[i] switch
    {
        "object" => "an object",
        "array" => "an array",
        "string" => a.Length(i + 1) > 40 ? $"the string \"{a.T(i + 1)}\" ({a.Length(i + 1)} characters)" : $"the string \"{a.T(i + 1)}\"",
        "number" => $"the number {a.T(i + 1)}",
        var literal => literal,
    };

    /// <summary>What was found, for the clerk: “abc”, 5, 列表.</summary>
    private static string FoundZh(ArgText a, int i) => a[i] switch
    {
        "object" => "对象({ })",
        "array" => "列表([ ])",
        "string" => $"“{a.T(i + 1)}”",
        "number" => $" {a.T(i + 1)}",
        var literal => $" {literal}",
    };

    private static string ElementsEn(ArgText a, int i) => a[i] switch
    {
        "message" => $"{a[i + 1]} objects",
        "enum" => $"{a[i + 1]} values",
        "string" => "strings",
        "bool" => "true/false",
        _ => "numbers",
    };

    private static string ElementsZh(ArgText a, int i) => a[i] switch
    {
        "message" => "用 { } 括起的对象",
        "enum" => "选项名称",
        "string" => "文字",
        "bool" => "true 或 false",
        _ => "数字",
    };
}
