using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Words;

internal abstract partial class ReasonWording
{
    /// <summary>Example "5" and the range, in Chinese.</summary>
    protected static string IntegerZh(string foundKind, string foundText, string fault, string zhKind, string min, string max) => fault switch
    {
        "out_of_range" => $"数值 {T(foundText)} 超出范围,应在 {min} 到 {max} 之间",
        "not_whole" => $"请填写{zhKind}(如 5),不能为带小数的 {T(foundText)}",
        "sign_or_leading_zeros" => $"请填写{zhKind}(如 5),不能带正号或以 0 开头(填写了“{T(foundText)}”)",
        _ => $"请填写{zhKind}(如 5),不能为{FoundZh(foundKind, foundText)}",
    };

    /// <summary>"expected a 32-bit integer (a JSON number or a string of digits), found …, which …".</summary>
    protected static string IntegerEn(string foundKind, string foundText, string fault, string enKind) =>
        $"expected {enKind} (a JSON number or a string of digits), found {FoundEn(foundKind, foundText)}" + fault switch
        {
            "out_of_range" => ", which is out of range",
            "not_whole" => ", which is not whole",
            "sign_or_leading_zeros" => ", which has a sign or leading zeros",
            _ => "",
        };

    /// <summary>What was found, as the reader has always said it: "the string \"abc\"".</summary>
    protected static string FoundEn(string kind, string text) => kind switch
    {
        "object" => "an object",
        "array" => "an array",
        "string" => text.Length > 40 ? $"the string \"{T(text)}\" ({text.Length} characters)" : $"the string \"{T(text)}\"",
        "number" => $"the number {T(text)}",
        var literal => literal,
    };

    /// <summary>What was found, for the clerk: “abc”, 5, 列表.</summary>
    protected static string FoundZh(string kind, string text) => kind switch
    {
        "object" => "对象({ })",
        "array" => "列表([ ])",
        "string" => $"“{T(text)}”",
        "number" => $" {T(text)}",
        var literal => $" {literal}",
    };

    protected static string ElementsEn(string kind, string type) => kind switch
    {
        "message" => $"{type} objects",
        "enum" => $"{type} values",
        "string" => "strings",
        "bool" => "true/false",
        _ => "numbers",
    };

    protected static string ElementsZh(string kind, string type) => kind switch
    {
        "message" => "用 { } 括起的对象",
        "enum" => "选项名称",
        "string" => "文字",
        "bool" => "true 或 false",
        _ => "数字",
    };
}

internal sealed partial class ZhReasonWords
{
    public string Visit(JsonReason.ByteOrderMark r) => "文件开头有字节顺序标记(BOM),请另存为不带 BOM 的 UTF-8 文本";
    public string Visit(JsonReason.Empty r) => "内容为空:请提供一个以 { 开头、以 } 结尾的 JSON 对象";
    public string Visit(JsonReason.NotAnObject r) => $"内容应为一个以 {{ 开头的 JSON 对象,不能为{FoundZh(r.FoundKind, r.FoundText)}";
    public string Visit(JsonReason.Malformed r) => T(r.StoppedAt).Length > 0 ? $"格式有误:此处不应出现“{T(r.StoppedAt)}”,请检查前后的括号、引号、冒号和逗号" : "格式有误,请检查此处前后的括号、引号、冒号和逗号";
    public string Visit(JsonReason.Truncated r) => "内容不完整:缺少结尾的引号、} 或 ](可能复制时漏掉了末尾)";
    public string Visit(JsonReason.InvalidText r) => "文字中有无效字符:\\u 转义不完整(如只有半个表情符号),或文件不是 UTF-8 编码,请检查此处的文字";
    public string Visit(JsonReason.TrailingComma r) => "格式有误:} 或 ] 前多了一个逗号,请删去";
    public string Visit(JsonReason.Comment r) => "格式有误:JSON 文件中不能写注释(以 / 开头的内容),请删去";
    public string Visit(JsonReason.TooDeep r) => $"格式有误:括号嵌套超过 {N(r.MaxDepth)} 层";
    public string Visit(JsonReason.SeveralValues r) => "格式有误:对象结束后还有内容;只能提供一个对象(是否粘贴了两次?)";
    public string Visit(JsonReason.UnknownField r) => r.Closest.Length > 0 ? $"字段“{T(r.Name)}”不存在,是否想写“{r.Closest}”?" : $"字段“{T(r.Name)}”不存在,请检查拼写";
    public string Visit(JsonReason.FieldRepeated r) => $"字段“{T(r.Name)}”在同一对象中出现了不止一次,每个字段只能写一次";
    public string Visit(JsonReason.OneofSetTwice r) => $"{r.Fields} 只能填写其中一项";
    public string Visit(JsonReason.MapUnsupported r) => "不支持映射表类字段";
    public string Visit(JsonReason.ExpectedArray r) => $"应为用 [ ] 括起的列表(每项为{ElementsZh(r.ElementKind, r.ElementType)}),不能为{FoundZh(r.FoundKind, r.FoundText)}";
    public string Visit(JsonReason.NullElement r) => $"列表中的项不能为 null,应为{ElementsZh(r.ElementKind, r.ElementType)}";
    public string Visit(JsonReason.StringTooLong r) => $"文字过长:{N(r.Bytes)} 字节,超过上限 {N(r.Most)} 字节";
    public string Visit(JsonReason.WrongType r) =>
        (r.Expected switch
        {
            "object" => "应为用 { } 括起的对象",
            "string" => "应为用英文双引号括起的文字",
            "bool" => "应为 true 或 false(不加引号)",
            "number" => "应为数字",
            "base64" => "应为 Base64 编码的文字",
            "timestamp" => "应为 RFC 3339 格式的时间文字(如 \"2015-12-31T08:00:00Z\")",
            "field mask" => "应为以逗号分隔的字段路径文字(如 \"ownBudget.ownBudgetWan\")",
            var other => $"应为 {other}",
        }) + $",不能为{FoundZh(r.FoundKind, r.FoundText)}";
    public string Visit(JsonReason.DecimalAsNumber r) => $"数值须加英文双引号:请写成 \"{T(r.Number)}\",而不是 {T(r.Number)}";
    public string Visit(JsonReason.NotAnInt32 r) => IntegerZh(r.FoundKind, r.FoundText, r.Fault, "整数", "-2147483648", "2147483647");
    public string Visit(JsonReason.NotAnUInt32 r) => IntegerZh(r.FoundKind, r.FoundText, r.Fault, "非负整数", "0", "4294967295");
    public string Visit(JsonReason.NotAnInt64 r) => IntegerZh(r.FoundKind, r.FoundText, r.Fault, "整数", "-9223372036854775808", "9223372036854775807");
    public string Visit(JsonReason.NotAnUInt64 r) => IntegerZh(r.FoundKind, r.FoundText, r.Fault, "非负整数", "0", "18446744073709551615");
    public string Visit(JsonReason.UnknownEnum r) =>
        r.Closest.Length > 0 ? $"没有“{T(r.Name)}”这一选项,是否想写“{r.Closest}”?可选:{r.Values}" : $"没有“{T(r.Name)}”这一选项,可选:{r.Values}";
    public string Visit(JsonReason.NotAnEnum r) => $"应为选项名称(如“{r.Example}”)或其编号,不能为{FoundZh(r.FoundKind, r.FoundText)}";
    public string Visit(JsonReason.FieldTypeUnsupported r) => $"不支持 {r.FieldType} 类型的字段";
}

internal sealed partial class EnReasonWords
{
    public string Visit(JsonReason.ByteOrderMark r) => "the body starts with a UTF-8 byte-order mark (EF BB BF): send the JSON without it";
    public string Visit(JsonReason.Empty r) => $"the body is empty: send one JSON object for {r.MessageType} ({{}} for an empty request)";
    public string Visit(JsonReason.NotAnObject r) => $"expected a JSON object for {r.MessageType}, found {FoundEn(r.FoundKind, r.FoundText)}";
    public string Visit(JsonReason.Malformed r) => $"malformed JSON: {r.ParserWords}";
    public string Visit(JsonReason.Truncated r) => $"malformed JSON: {r.ParserWords}";
    public string Visit(JsonReason.InvalidText r) => $"malformed JSON: {r.ParserWords}";
    public string Visit(JsonReason.TrailingComma r) => "malformed JSON: a comma before a closing '}' or ']' (trailing comma): remove it";
    public string Visit(JsonReason.Comment r) => "malformed JSON: '/' where a value or ',' belongs: JSON has no comments";
    public string Visit(JsonReason.TooDeep r) => $"malformed JSON: the JSON is nested deeper than {N(r.MaxDepth)} levels";
    public string Visit(JsonReason.SeveralValues r) => "malformed JSON: more than one JSON value in the body: send exactly one object";
    public string Visit(JsonReason.UnknownField r) =>
        $"Unknown name \"{T(r.Name)}\" at {(r.Where.Length == 0 ? "the top level" : $"'{r.Where}'")}: Cannot find field." + (r.Closest.Length > 0 ? $" Did you mean \"{r.Closest}\"?" : "");
    public string Visit(JsonReason.FieldRepeated r) => $"\"{T(r.Name)}\" is given more than once in this object: send each field once";
    public string Visit(JsonReason.OneofSetTwice r) => $"Multiple values specified for oneof {r.Oneof}: set only one of {r.Fields}";
    public string Visit(JsonReason.MapUnsupported r) => "map fields are not read by this reader";
    public string Visit(JsonReason.ExpectedArray r) =>
        $"expected a JSON array of {ElementsEn(r.ElementKind, r.ElementType)}, found {FoundEn(r.FoundKind, r.FoundText)}";
    public string Visit(JsonReason.NullElement r) => $"an array element cannot be null: expected {ElementsEn(r.ElementKind, r.ElementType)}";
    public string Visit(JsonReason.StringTooLong r) => $"a string of {N(r.Bytes)} bytes is longer than the {N(r.Most)}-byte limit";
    public string Visit(JsonReason.WrongType r) =>
        (r.Expected switch
        {
            "object" => $"expected a JSON object ({r.MessageType})",
            "string" => "expected a string",
            "bool" => "expected true or false (without quotes)",
            "number" => "expected a number",
            "base64" => "expected a base64 string",
            "timestamp" => "expected an RFC 3339 time string (as \"2015-12-31T08:00:00Z\")",
            "field mask" => "expected a string of comma-separated field paths (as \"ownBudget.ownBudgetWan\")",
            var other => $"expected {other}",
        }) + $", found {FoundEn(r.FoundKind, r.FoundText)}";
    public string Visit(JsonReason.DecimalAsNumber r) => $"expected a string, found the number {T(r.Number)}: decimals are sent as strings, \"{T(r.Number)}\"";
    public string Visit(JsonReason.NotAnInt32 r) => IntegerEn(r.FoundKind, r.FoundText, r.Fault, "a 32-bit integer");
    public string Visit(JsonReason.NotAnUInt32 r) => IntegerEn(r.FoundKind, r.FoundText, r.Fault, "an unsigned 32-bit integer");
    public string Visit(JsonReason.NotAnInt64 r) => IntegerEn(r.FoundKind, r.FoundText, r.Fault, "a 64-bit integer");
    public string Visit(JsonReason.NotAnUInt64 r) => IntegerEn(r.FoundKind, r.FoundText, r.Fault, "an unsigned 64-bit integer");
    public string Visit(JsonReason.UnknownEnum r) =>
        $"unknown value \"{T(r.Name)}\" for {r.EnumType}: expected one of {r.Values}" + (r.Closest.Length > 0 ? $"; did you mean \"{r.Closest}\"?" : "");
    public string Visit(JsonReason.NotAnEnum r) =>
        $"expected the name of a {r.EnumType} value (a string such as \"{r.Example}\") or its number, found {FoundEn(r.FoundKind, r.FoundText)}";
    public string Visit(JsonReason.FieldTypeUnsupported r) => $"fields of type {r.FieldType} are not read by this reader, found {FoundEn(r.FoundKind, r.FoundText)}";
}
