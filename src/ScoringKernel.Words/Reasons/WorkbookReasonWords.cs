using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Words;

internal sealed partial class ZhReasonWords
{
    public string Visit(WorkbookReason.TooLarge r) => $"文件有 {N(r.Bytes)} 字节,工作簿最多 {N(r.Most)} 字节";
    public string Visit(WorkbookReason.TooManyParts r) => $"工作簿有 {N(r.Parts)} 个部件,最多 {N(r.Most)} 个";
    public string Visit(WorkbookReason.PartTooLarge r) => $"工作簿的部件 {r.Part} 解压后有 {N(r.Bytes)} 字节(最多 {N(r.Most)}),未解压即拒绝";
    public string Visit(WorkbookReason.ExpandsTooMuch r) => $"工作簿解压后超过 {N(r.Most)} 字节,未解压即拒绝";
    public string Visit(WorkbookReason.LegacyXls r) => "这是 Excel 97–2003 工作簿(.xls):请另存为 .xlsx 后重新提交";
    public string Visit(WorkbookReason.Encrypted r) => "工作簿受密码保护:请去掉密码后重新保存,再提交";
    public string Visit(WorkbookReason.OpenDocument r) => "这是 OpenDocument 表格(.ods):请另存为 Excel 工作簿(.xlsx)后重新提交";
    public string Visit(WorkbookReason.PlainText r) => "这是文本文件(如 .csv),不是工作簿:请用模板(.xlsx)填写";
    public string Visit(WorkbookReason.NotAWorkbook r) => "不是 Excel 工作簿(.xlsx):请用模板填写后另存为 .xlsx";
    public string Visit(WorkbookReason.NotASpreadsheet r) => "这个压缩包不是 Excel 工作簿(.xlsx),没有工作表";
    public string Visit(WorkbookReason.Damaged r) => "工作簿已损坏,无法读取:请在 Excel/WPS 中打开并另存为 .xlsx";
    public string Visit(WorkbookReason.SheetMissing r) => $"缺少工作表“{r.Sheet}”(工作簿中有:{r.Sheets})";
    public string Visit(WorkbookReason.UnknownHeader r) => $"不认识的列名“{T(r.Header)}”;各列应为:{r.Allowed}";
    public string Visit(WorkbookReason.HeaderTwice r) => $"列“{T(r.Header)}”出现了两次";
    public string Visit(WorkbookReason.HeaderMissing r) => $"缺少列“{r.Header}”";
    public string Visit(WorkbookReason.HeaderOnWrongRow r) => $"表头应在第1行,在第{N(r.Row)}行找到:请删去表头上方的行";
    public string Visit(WorkbookReason.HeaderSpelling r) => $"列名“{T(r.Typed)}”按“{r.ReadAs}”读取(提示)";
    public string Visit(WorkbookReason.MergedCells r) => "有合并单元格:每格只填一个值,请取消合并";
    public string Visit(WorkbookReason.NotANumber r) => $"请填写数字,不能为“{T(r.Text)}”";
    public string Visit(WorkbookReason.AmbiguousNumber r) => $"“{T(r.Text)}”有不止一种读法:请只填写数字,如 3700 或 15.2";
    public string Visit(WorkbookReason.NotWhole r) => $"应为整数(填写了 {N(r.Got)})";
    public string Visit(WorkbookReason.NotYesNo r) => $"请填写“是”或“否”,不能为“{T(r.Text)}”";
    public string Visit(WorkbookReason.Blank r) => "必须填写(空白不计为 0)";
    public string Visit(WorkbookReason.BlankYesNo r) => "必须填写“是”或“否”(空白不计为“否”)";
    public string Visit(WorkbookReason.FormulaNotCalculated r) => "公式没有计算结果:请先在 Excel/WPS 中打开并保存,再提交";
    public string Visit(WorkbookReason.FormulaCachedValue r) => $"单元格是公式,按上次计算的结果 {r.Value} 读取(提示)";
    public string Visit(WorkbookReason.FloatRounded r) => $"{r.Stored} 按 {N(r.Read)} 读取(表格的浮点数值,提示)";
    public string Visit(WorkbookReason.PercentFormatted r) => $"单元格设为百分比格式,显示 {N(r.Read)}%,按 {N(r.Read)} 读取(提示)";
    public string Visit(WorkbookReason.NumberSpelling r) => $"“{T(r.Typed)}”按 {N(r.Read)} 读取(提示)";
    public string Visit(WorkbookReason.Implausible r) => $"{N(r.Value)} 不像这一列的数值(通常在 {N(r.Least)} 到 {N(r.Most)} 之间):是否把百分数填成了小数?请核对(提示)";
    public string Visit(WorkbookReason.NoUnitCode r) => "这一行没有单位代码";
    public string Visit(WorkbookReason.UnitListedTwice r) => $"单位 {T(r.Unit)} 填了两次(第一次在第{N(r.FirstRow)}行)";
    public string Visit(WorkbookReason.UnitNotListed r) => $"单位指标表中没有单位“{T(r.Given)}”:每行都应属于单位指标表中的单位";
    public string Visit(WorkbookReason.NameDoesNotMatch r) => $"单位代码 {r.Unit.Value} 是{UnitName(r.Unit)},单位名称却填了“{T(r.Name)}”:请核对代码和名称";
    public string Visit(WorkbookReason.UnknownChoice r) => $"只能填 {r.Allowed} 之一,不能为“{T(r.Text)}”";
    public string Visit(WorkbookReason.UnknownFigure r) => $"指标应为单位指标表的列名(村的指标填驻村工作队(是/否)或扶贫项目投入(万元)),不能为“{T(r.Text)}”";
    public string Visit(WorkbookReason.MoreProblems r) => $"还有 {N(r.More)} 处问题未列出(共 {N(r.All)} 处):请先改正以上问题";
}

internal sealed partial class EnReasonWords
{
    public string Visit(WorkbookReason.TooLarge r) => $"the file has {N(r.Bytes)} bytes; a workbook may have at most {N(r.Most)}";
    public string Visit(WorkbookReason.TooManyParts r) => $"the workbook has {N(r.Parts)} parts; at most {N(r.Most)}";
    public string Visit(WorkbookReason.PartTooLarge r) =>
        $"the workbook's part {r.Part} would expand to {N(r.Bytes)} bytes (at most {N(r.Most)}): refused without reading it";
    public string Visit(WorkbookReason.ExpandsTooMuch r) => $"the workbook would expand to more than {N(r.Most)} bytes: refused without reading it";
    public string Visit(WorkbookReason.LegacyXls r) => "is an Excel 97–2003 workbook (.xls): save it as .xlsx and send it again";
    public string Visit(WorkbookReason.Encrypted r) => "the workbook is protected by a password: remove the password, save it again and send it again";
    public string Visit(WorkbookReason.OpenDocument r) => "is an OpenDocument spreadsheet (.ods): save it as an Excel workbook (.xlsx) and send it again";
    public string Visit(WorkbookReason.PlainText r) => "is a text file (a CSV?), not a workbook: fill in the template (.xlsx)";
    public string Visit(WorkbookReason.NotAWorkbook r) => "is not an Excel workbook (.xlsx): fill in the template and save it as .xlsx";
    public string Visit(WorkbookReason.NotASpreadsheet r) => "is a zip package but not an Excel workbook (.xlsx): it has no workbook part";
    public string Visit(WorkbookReason.Damaged r) => "the workbook is damaged and cannot be read: open it in Excel/WPS and save it as .xlsx again";
    public string Visit(WorkbookReason.SheetMissing r) => $"has no sheet {r.Sheet} (it has {r.Sheets})";
    public string Visit(WorkbookReason.UnknownHeader r) => $"unknown column header '{T(r.Header)}'; the columns are {r.Allowed}";
    public string Visit(WorkbookReason.HeaderTwice r) => $"column '{T(r.Header)}' appears twice";
    public string Visit(WorkbookReason.HeaderMissing r) => $"no column '{r.Header}'";
    public string Visit(WorkbookReason.HeaderOnWrongRow r) => $"the header must be on row 1; it was found on row {N(r.Row)}: delete the rows above it";
    public string Visit(WorkbookReason.HeaderSpelling r) => $"column header '{T(r.Typed)}' was read as '{r.ReadAs}'";
    public string Visit(WorkbookReason.MergedCells r) => "merged cells: each cell must hold its own value; unmerge them";
    public string Visit(WorkbookReason.NotANumber r) => $"must be a number (got '{T(r.Text)}')";
    public string Visit(WorkbookReason.AmbiguousNumber r) => $"'{T(r.Text)}' can be read more than one way: type the number alone, such as 3700 or 15.2";
    public string Visit(WorkbookReason.NotWhole r) => $"must be a whole number (got {N(r.Got)})";
    public string Visit(WorkbookReason.NotYesNo r) => $"must be 是 or 否 (got '{T(r.Text)}')";
    public string Visit(WorkbookReason.Blank r) => "is required";
    public string Visit(WorkbookReason.BlankYesNo r) => "is required: 是 or 否 (a blank is not read as 否)";
    public string Visit(WorkbookReason.FormulaNotCalculated r) => "the cell holds a formula that was never calculated: open and save it in Excel/WPS first";
    public string Visit(WorkbookReason.FormulaCachedValue r) => $"the cell holds a formula; its value as last calculated ({r.Value}) was read";
    public string Visit(WorkbookReason.FloatRounded r) => $"{r.Stored} was read as {N(r.Read)} (a spreadsheet's floating-point value)";
    public string Visit(WorkbookReason.PercentFormatted r) => $"the cell is formatted as a percentage: {N(r.Stored)} shown as {N(r.Read)}% was read as {N(r.Read)}";
    public string Visit(WorkbookReason.NumberSpelling r) => $"'{T(r.Typed)}' was read as {N(r.Read)}";
    public string Visit(WorkbookReason.Implausible r) =>
        $"{N(r.Value)} is implausible for this column (usually {N(r.Least)} to {N(r.Most)}): a percentage typed as a fraction? Check it";
    public string Visit(WorkbookReason.NoUnitCode r) => "the row has no unit code";
    public string Visit(WorkbookReason.UnitListedTwice r) => $"unit {T(r.Unit)} is listed twice (first on row {N(r.FirstRow)})";
    public string Visit(WorkbookReason.UnitNotListed r) => $"unit {T(r.Given)} is not on sheet 单位指标: a row must belong to a listed unit";
    public string Visit(WorkbookReason.NameDoesNotMatch r) =>
        $"unit code {r.Unit.Value} is {UnitName(r.Unit)}, but the name given is '{T(r.Name)}': check the code and the name";
    public string Visit(WorkbookReason.UnknownChoice r) => $"must be one of {r.Allowed} (got '{T(r.Text)}')";
    public string Visit(WorkbookReason.UnknownFigure r) => $"指标 must be a column header of 单位指标 (驻村工作队(是/否) or 扶贫项目投入(万元) for a village) (got '{T(r.Text)}')";
    public string Visit(WorkbookReason.MoreProblems r) => $"{N(r.More)} more problems not listed ({N(r.All)} in all): correct the ones above first";
}
