using ScoringKernel.Core.Problems;

namespace ScoringKernel.Words;

public static partial class ReasonWords
{
    static partial void WorkbookWords()
    {
        // The file.
        Say(WorkbookReasons.TooLarge, a => $"文件有 {a.N(0)} 字节,工作簿最多 {a.N(1)} 字节", a => $"the file has {a.N(0)} bytes; a workbook may have at most {a.N(1)}");
        Say(WorkbookReasons.TooManyParts, a => $"工作簿有 {a.N(0)} 个部件,最多 {a.N(1)} 个", a => $"the workbook has {a.N(0)} parts; at most {a.N(1)}");
        Say(WorkbookReasons.PartTooLarge, a => $"工作簿的部件 {a[0]} 解压后有 {a.N(1)} 字节(最多 {a.N(2)}),未解压即拒绝",
            a => $"the workbook's part {a[0]} would expand to {a.N(1)} bytes (at most {a.N(2)}): refused without reading it");
        Say(WorkbookReasons.ExpandsTooMuch, a => $"工作簿解压后超过 {a.N(0)} 字节,未解压即拒绝", a => $"the workbook would expand to more than {a.N(0)} bytes: refused without reading it");
        Say(WorkbookReasons.LegacyXls, _ => "这是 Excel 97–2003 工作簿(.xls):请另存为 .xlsx 后重新提交",
            _ => "is an Excel 97–2003 workbook (.xls): save it as .xlsx and send it again");
        Say(WorkbookReasons.Encrypted, _ => "工作簿受密码保护:请去掉密码后重新保存,再提交",
            _ => "the workbook is protected by a password: remove the password, save it again and send it again");
        Say(WorkbookReasons.OpenDocument, _ => "这是 OpenDocument 表格(.ods):请另存为 Excel 工作簿(.xlsx)后重新提交",
            _ => "is an OpenDocument spreadsheet (.ods): save it as an Excel workbook (.xlsx) and send it again");
        Say(WorkbookReasons.PlainText, _ => "这是文本文件(如 .csv),不是工作簿:请用模板(.xlsx)填写",
            _ => "is a text file (a CSV?), not a workbook: fill in the template (.xlsx)");
        Say(WorkbookReasons.NotAWorkbook, _ => "不是 Excel 工作簿(.xlsx):请用模板填写后另存为 .xlsx",
            _ => "is not an Excel workbook (.xlsx): fill in the template and save it as .xlsx");
        Say(WorkbookReasons.NotASpreadsheet, _ => "这个压缩包不是 Excel 工作簿(.xlsx),没有工作表",
            _ => "is a zip package but not an Excel workbook (.xlsx): it has no workbook part");
        Say(WorkbookReasons.Damaged, _ => "工作簿已损坏,无法读取:请在 Excel/WPS 中打开并另存为 .xlsx",
            _ => "the workbook is damaged and cannot be read: open it in Excel/WPS and save it as .xlsx again");

        // Sheets and headers.
        Say(WorkbookReasons.SheetMissing, a => $"缺少工作表“{a[0]}”(工作簿中有:{a[1]})", a => $"has no sheet {a[0]} (it has {a[1]})");
        Say(WorkbookReasons.UnknownHeader, a => $"不认识的列名“{a.T(0)}”;各列应为:{a[1]}", a => $"unknown column header '{a.T(0)}'; the columns are {a[1]}");
        Say(WorkbookReasons.HeaderTwice, a => $"列“{a.T(0)}”出现了两次", a => $"column '{a.T(0)}' appears twice");
        Say(WorkbookReasons.HeaderMissing, a => $"缺少列“{a[0]}”", a => $"no column '{a[0]}'");
        Say(WorkbookReasons.HeaderOnWrongRow, a => $"表头应在第1行,在第{a.N(0)}行找到:请删去表头上方的行",
            a => $"the header must be on row 1; it was found on row {a.N(0)}: delete the rows above it");
        Say(WorkbookReasons.HeaderSpelling, a => $"列名“{a.T(0)}”按“{a[1]}”读取(提示)", a => $"column header '{a.T(0)}' was read as '{a[1]}'");
        Say(WorkbookReasons.MergedCells, _ => "有合并单元格:每格只填一个值,请取消合并", _ => "merged cells: each cell must hold its own value; unmerge them");

        // Cells.
        Say(WorkbookReasons.NotANumber, a => $"请填写数字,不能为“{a.T(0)}”", a => $"must be a number (got '{a.T(0)}')");
        Say(WorkbookReasons.AmbiguousNumber, a => $"“{a.T(0)}”有不止一种读法:请只填写数字,如 3700 或 15.2",
            a => $"'{a.T(0)}' can be read more than one way: type the number alone, such as 3700 or 15.2");
        Say(WorkbookReasons.NotWhole, a => $"应为整数(填写了 {a.N(0)})", a => $"must be a whole number (got {a.N(0)})");
        Say(WorkbookReasons.NotYesNo, a => $"请填写“是”或“否”,不能为“{a.T(0)}”", a => $"must be 是 or 否 (got '{a.T(0)}')");
        Say(WorkbookReasons.Blank, _ => "必须填写(空白不计为 0)", _ => "is required");
        Say(WorkbookReasons.BlankYesNo, _ => "必须填写“是”或“否”(空白不计为“否”)", _ => "is required: 是 or 否 (a blank is not read as 否)");
        Say(WorkbookReasons.FormulaNotCalculated, _ => "公式没有计算结果:请先在 Excel/WPS 中打开并保存,再提交",
            _ => "the cell holds a formula that was never calculated: open and save it in Excel/WPS first");
        Say(WorkbookReasons.FormulaCachedValue, a => $"单元格是公式,按上次计算的结果 {a[0]} 读取(提示)",
            a => $"the cell holds a formula; its value as last calculated ({a[0]}) was read");
        Say(WorkbookReasons.FloatRounded, a => $"{a[0]} 按 {a.N(1)} 读取(表格的浮点数值,提示)",
            a => $"{a[0]} was read as {a.N(1)} (a spreadsheet's floating-point value)");
        Say(WorkbookReasons.PercentFormatted, a => $"单元格设为百分比格式,显示 {a.N(1)}%,按 {a.N(1)} 读取(提示)",
            a => $"the cell is formatted as a percentage: {a.N(0)} shown as {a.N(1)}% was read as {a.N(1)}");
        Say(WorkbookReasons.NumberSpelling, a => $"“{a.T(0)}”按 {a.N(1)} 读取(提示)", a => $"'{a.T(0)}' was read as {a.N(1)}");
        Say(WorkbookReasons.Implausible, a => $"{a.N(0)} 不像这一列的数值(通常在 {a.N(1)} 到 {a.N(2)} 之间):是否把百分数填成了小数?请核对(提示)",
            a => $"{a.N(0)} is implausible for this column (usually {a.N(1)} to {a.N(2)}): a percentage typed as a fraction? Check it");

        // Rows.
        Say(WorkbookReasons.NoUnitCode, _ => "这一行没有单位代码", _ => "the row has no unit code");
        Say(WorkbookReasons.UnitListedTwice, a => $"单位 {a.UnitCode(0)} 填了两次(第一次在第{a.N(1)}行)", a => $"unit {a.UnitCode(0)} is listed twice (first on row {a.N(1)})");
        Say(WorkbookReasons.UnitNotListed, a => $"单位指标表中没有单位“{a.T(0)}”:每行都应属于单位指标表中的单位",
            a => $"unit {a.T(0)} is not on sheet 单位指标: a row must belong to a listed unit");
        Say(WorkbookReasons.NameDoesNotMatch, a => $"单位代码 {a.UnitCode(0)} 是{a.UnitName(0)},单位名称却填了“{a.T(1)}”:请核对代码和名称",
            a => $"unit code {a.UnitCode(0)} is {a.UnitName(0)}, but the name given is '{a.T(1)}': check the code and the name");
        Say(WorkbookReasons.UnknownChoice, a => $"只能填 {a[1]} 之一,不能为“{a.T(0)}”", a => $"must be one of {a[1]} (got '{a.T(0)}')");
        Say(WorkbookReasons.UnknownFigure, a => $"指标应为单位指标表的列名(村的指标填驻村工作队(是/否)或扶贫项目投入(万元)),不能为“{a.T(0)}”",
            a => $"指标 must be a column header of 单位指标 (驻村工作队(是/否) or 扶贫项目投入(万元) for a village) (got '{a.T(0)}')");

        // The list.
        Say(WorkbookReasons.MoreProblems, a => $"还有 {a.N(0)} 处问题未列出(共 {a.N(1)} 处):请先改正以上问题",
            a => $"{a.N(0)} more problems not listed ({a.N(1)} in all): correct the ones above first");
    }
}
