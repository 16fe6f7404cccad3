namespace ScoringKernel.Core.Problems;

/// <summary>
/// Why a workbook (Excel/WPS) is refused, or what reading it warns of. A problem of a cell stands at
/// <see cref="Step.Cell"/>, followed by the unit and figure the cell feeds where it feeds one.
/// </summary>
public static class WorkbookReasons
{
    // ---------- the file ----------

    /// <summary>Args: the file's bytes, the most allowed.</summary>
    public static readonly Reason TooLarge = new LegacyReason("WORKBOOK_TOO_LARGE");
    /// <summary>Args: the parts the package has, the most allowed.</summary>
    public static readonly Reason TooManyParts = new LegacyReason("WORKBOOK_TOO_MANY_PARTS");
    /// <summary>Args: the part's name (code), the bytes it declares, the most allowed.</summary>
    public static readonly Reason PartTooLarge = new LegacyReason("WORKBOOK_PART_TOO_LARGE");
    /// <summary>Args: the most the parts may expand to together.</summary>
    public static readonly Reason ExpandsTooMuch = new LegacyReason("WORKBOOK_EXPANDS_TOO_MUCH");
    /// <summary>No args: an OLE2 compound file (D0 CF 11 E0), as Excel 97–2003 saves.</summary>
    public static readonly Reason LegacyXls = new LegacyReason("WORKBOOK_LEGACY_XLS");
    /// <summary>No args: an OLE2 container holding EncryptionInfo, as Excel and WPS save a workbook with a password.</summary>
    public static readonly Reason Encrypted = new LegacyReason("WORKBOOK_ENCRYPTED");
    /// <summary>No args: an OpenDocument spreadsheet (LibreOffice, WPS's .ods).</summary>
    public static readonly Reason OpenDocument = new LegacyReason("WORKBOOK_OPEN_DOCUMENT");
    /// <summary>No args: plain text (a CSV, a JSON file), not a workbook.</summary>
    public static readonly Reason PlainText = new LegacyReason("WORKBOOK_PLAIN_TEXT");
    /// <summary>No args: neither a zip package nor a file of a known kind.</summary>
    public static readonly Reason NotAWorkbook = new LegacyReason("WORKBOOK_NOT_A_WORKBOOK");
    /// <summary>No args: a zip package, but not a spreadsheet (a .docx, a zip of files).</summary>
    public static readonly Reason NotASpreadsheet = new LegacyReason("WORKBOOK_NOT_A_SPREADSHEET");
    /// <summary>No args: a spreadsheet package that cannot be read (damaged, or a part missing).</summary>
    public static readonly Reason Damaged = new LegacyReason("WORKBOOK_DAMAGED");

    // ---------- sheets and headers ----------

    /// <summary>Args: the sheet wanted (code), the sheets the workbook has (code).</summary>
    public static readonly Reason SheetMissing = new LegacyReason("WORKBOOK_SHEET_MISSING");
    /// <summary>Args: the header typed, the headers allowed (code).</summary>
    public static readonly Reason UnknownHeader = new LegacyReason("WORKBOOK_UNKNOWN_HEADER");
    /// <summary>Args: the header.</summary>
    public static readonly Reason HeaderTwice = new LegacyReason("WORKBOOK_HEADER_TWICE");
    /// <summary>Args: the header missing (code).</summary>
    public static readonly Reason HeaderMissing = new LegacyReason("WORKBOOK_HEADER_MISSING");
    /// <summary>Args: the row the header was found on (at the cell where it starts).</summary>
    public static readonly Reason HeaderOnWrongRow = new LegacyReason("WORKBOOK_HEADER_ON_WRONG_ROW");
    /// <summary>Warning. Args: the header as typed, the header it was read as (code).</summary>
    public static readonly Reason HeaderSpelling = new LegacyReason("WORKBOOK_HEADER_SPELLING");
    /// <summary>No args: at a merged range.</summary>
    public static readonly Reason MergedCells = new LegacyReason("WORKBOOK_MERGED_CELLS");

    // ---------- cells ----------

    /// <summary>Args: the text.</summary>
    public static readonly Reason NotANumber = new LegacyReason("WORKBOOK_NOT_A_NUMBER");
    /// <summary>Args: the text: ambiguous (two separators, a decimal comma, a unit …).</summary>
    public static readonly Reason AmbiguousNumber = new LegacyReason("WORKBOOK_AMBIGUOUS_NUMBER");
    /// <summary>Args: the value.</summary>
    public static readonly Reason NotWhole = new LegacyReason("WORKBOOK_NOT_WHOLE");
    /// <summary>Args: the text.</summary>
    public static readonly Reason NotYesNo = new LegacyReason("WORKBOOK_NOT_YES_NO");
    /// <summary>No args: a cell the grade depends on left blank.</summary>
    public static readonly Reason Blank = new LegacyReason("WORKBOOK_BLANK");
    /// <summary>No args: a yes/no cell left blank.</summary>
    public static readonly Reason BlankYesNo = new LegacyReason("WORKBOOK_BLANK_YES_NO");
    /// <summary>No args: a formula never calculated (no value stored with it).</summary>
    public static readonly Reason FormulaNotCalculated = new LegacyReason("WORKBOOK_FORMULA_NOT_CALCULATED");
    /// <summary>Warning. Args: the value last calculated.</summary>
    public static readonly Reason FormulaCachedValue = new LegacyReason("WORKBOOK_FORMULA_CACHED_VALUE");
    /// <summary>Warning. Args: the stored value, the value read.</summary>
    public static readonly Reason FloatRounded = new LegacyReason("WORKBOOK_FLOAT_ROUNDED");
    /// <summary>Warning. Args: the stored fraction, the percentage read (a cell formatted as a percentage).</summary>
    public static readonly Reason PercentFormatted = new LegacyReason("WORKBOOK_PERCENT_FORMATTED");
    /// <summary>Warning. Args: the text as typed, the value read (full-width digits, thousands separators, a % sign, spaces).</summary>
    public static readonly Reason NumberSpelling = new LegacyReason("WORKBOOK_NUMBER_SPELLING");
    /// <summary>Warning. Args: the value, the least and the most plausible.</summary>
    public static readonly Reason Implausible = new LegacyReason("WORKBOOK_IMPLAUSIBLE");

    // ---------- rows ----------

    /// <summary>No args: a row with figures but no unit code.</summary>
    public static readonly Reason NoUnitCode = new LegacyReason("WORKBOOK_NO_UNIT_CODE");
    /// <summary>Args: the unit, the row it is first listed on.</summary>
    public static readonly Reason UnitListedTwice = new LegacyReason("WORKBOOK_UNIT_LISTED_TWICE");
    /// <summary>Args: the code typed: a row of another sheet whose unit is not on 单位指标.</summary>
    public static readonly Reason UnitNotListed = new LegacyReason("WORKBOOK_UNIT_NOT_LISTED");
    /// <summary>Args: the unit (by its code), the name typed.</summary>
    public static readonly Reason NameDoesNotMatch = new LegacyReason("WORKBOOK_NAME_DOES_NOT_MATCH");
    /// <summary>Args: the text typed, the choices (code).</summary>
    public static readonly Reason UnknownChoice = new LegacyReason("WORKBOOK_UNKNOWN_CHOICE");
    /// <summary>Args: the text typed.</summary>
    public static readonly Reason UnknownFigure = new LegacyReason("WORKBOOK_UNKNOWN_FIGURE");

    // ---------- the list ----------

    /// <summary>Args: how many more were found, how many in all.</summary>
    public static readonly Reason MoreProblems = new LegacyReason("WORKBOOK_MORE_PROBLEMS");
}
