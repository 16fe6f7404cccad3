using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Problems;

/// <summary>
/// Why a workbook (Excel/WPS) is refused, or what reading it warns of. A problem of a cell stands at
/// <see cref="Step.Cell"/>, followed by the unit and figure the cell feeds where it feeds one.
/// </summary>
public abstract record WorkbookReason : Reason
{
    private WorkbookReason(string code) : base(code) { }

    /// <summary><c>Bytes</c>: the file's bytes; <c>Most</c>: the most allowed.</summary>
    public sealed record TooLarge(decimal Bytes, decimal Most) : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_TOO_LARGE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Bytes), new Arg.Number(Most) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Parts</c>: the parts the package has; <c>Most</c>: the most allowed.</summary>
    public sealed record TooManyParts(decimal Parts, decimal Most) : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_TOO_MANY_PARTS";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Parts), new Arg.Number(Most) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Part</c>: the part's name (code); <c>Bytes</c>: the bytes it declares; <c>Most</c>: the most allowed.</summary>
    public sealed record PartTooLarge(string Part, decimal Bytes, decimal Most) : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_PART_TOO_LARGE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Part), new Arg.Number(Bytes), new Arg.Number(Most) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Most</c>: the most the parts may expand to together.</summary>
    public sealed record ExpandsTooMuch(decimal Most) : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_EXPANDS_TOO_MUCH";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Most) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>An OLE2 compound file (D0 CF 11 E0), as Excel 97–2003 saves.</summary>
    public sealed record LegacyXls() : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_LEGACY_XLS";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>An OLE2 container holding EncryptionInfo, as Excel and WPS save a workbook with a password.</summary>
    public sealed record Encrypted() : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_ENCRYPTED";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>An OpenDocument spreadsheet (LibreOffice, WPS's .ods).</summary>
    public sealed record OpenDocument() : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_OPEN_DOCUMENT";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Plain text (a CSV, a JSON file), not a workbook.</summary>
    public sealed record PlainText() : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_PLAIN_TEXT";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Neither a zip package nor a file of a known kind.</summary>
    public sealed record NotAWorkbook() : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_NOT_A_WORKBOOK";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>A zip package, but not a spreadsheet (a .docx, a zip of files).</summary>
    public sealed record NotASpreadsheet() : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_NOT_A_SPREADSHEET";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>A spreadsheet package that cannot be read (damaged, or a part missing).</summary>
    public sealed record Damaged() : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_DAMAGED";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Sheet</c>: the sheet wanted (code); <c>Sheets</c>: the sheets the workbook has (code).</summary>
    public sealed record SheetMissing(string Sheet, string Sheets) : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_SHEET_MISSING";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Sheet), new Arg.Code(Sheets) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Header</c>: the header typed; <c>Allowed</c>: the headers allowed (code).</summary>
    public sealed record UnknownHeader(string Header, string Allowed) : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_UNKNOWN_HEADER";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Header), new Arg.Code(Allowed) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Header</c>: the header.</summary>
    public sealed record HeaderTwice(string Header) : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_HEADER_TWICE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Header) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Header</c>: the header missing (code).</summary>
    public sealed record HeaderMissing(string Header) : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_HEADER_MISSING";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Header) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Row</c>: the row the header was found on (at the cell where it starts).</summary>
    public sealed record HeaderOnWrongRow(decimal Row) : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_HEADER_ON_WRONG_ROW";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Row) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Warning. <c>Typed</c>: the header as typed; <c>ReadAs</c>: the header it was read as (code).</summary>
    public sealed record HeaderSpelling(string Typed, string ReadAs) : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_HEADER_SPELLING";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Typed), new Arg.Code(ReadAs) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>At a merged range.</summary>
    public sealed record MergedCells() : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_MERGED_CELLS";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Text</c>: the text.</summary>
    public sealed record NotANumber(string Text) : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_NOT_A_NUMBER";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Text) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Text</c>: the text. Ambiguous (two separators, a decimal comma, a unit …).</summary>
    public sealed record AmbiguousNumber(string Text) : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_AMBIGUOUS_NUMBER";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Text) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Got</c>: the value.</summary>
    public sealed record NotWhole(decimal Got) : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_NOT_WHOLE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Got) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Text</c>: the text.</summary>
    public sealed record NotYesNo(string Text) : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_NOT_YES_NO";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Text) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>A cell the grade depends on left blank.</summary>
    public sealed record Blank() : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_BLANK";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>A yes/no cell left blank.</summary>
    public sealed record BlankYesNo() : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_BLANK_YES_NO";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>A formula never calculated (no value stored with it).</summary>
    public sealed record FormulaNotCalculated() : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_FORMULA_NOT_CALCULATED";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Warning. <c>Value</c>: the value last calculated.</summary>
    public sealed record FormulaCachedValue(string Value) : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_FORMULA_CACHED_VALUE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Value) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Warning. <c>Stored</c>: the stored value; <c>Read</c>: the value read.</summary>
    public sealed record FloatRounded(string Stored, decimal Read) : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_FLOAT_ROUNDED";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Stored), new Arg.Number(Read) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Warning. <c>Stored</c>: the stored fraction; <c>Read</c>: the percentage read (a cell formatted as a percentage).</summary>
    public sealed record PercentFormatted(decimal Stored, decimal Read) : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_PERCENT_FORMATTED";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Stored), new Arg.Number(Read) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Warning. <c>Typed</c>: the text as typed; <c>Read</c>: the value read (full-width digits, thousands separators, a % sign, spaces).</summary>
    public sealed record NumberSpelling(string Typed, decimal Read) : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_NUMBER_SPELLING";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Typed), new Arg.Number(Read) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Warning. The values: the value, the least and the most plausible.</summary>
    public sealed record Implausible(decimal Value, decimal Least, decimal Most) : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_IMPLAUSIBLE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Value), new Arg.Number(Least), new Arg.Number(Most) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>A row with figures but no unit code.</summary>
    public sealed record NoUnitCode() : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_NO_UNIT_CODE";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Unit</c>: the unit; <c>FirstRow</c>: the row it is first listed on.</summary>
    public sealed record UnitListedTwice(string Unit, decimal FirstRow) : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_UNIT_LISTED_TWICE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Unit), new Arg.Number(FirstRow) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Given</c>: the code typed. A row of another sheet whose unit is not on 单位指标.</summary>
    public sealed record UnitNotListed(string Given) : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_UNIT_NOT_LISTED";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Given) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Unit</c>: the unit (by its code); <c>Name</c>: the name typed.</summary>
    public sealed record NameDoesNotMatch(UnitCode Unit, string Name) : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_NAME_DOES_NOT_MATCH";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.OfUnit(Unit), new Arg.Typed(Name) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Text</c>: the text typed; <c>Allowed</c>: the choices (code).</summary>
    public sealed record UnknownChoice(string Text, string Allowed) : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_UNKNOWN_CHOICE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Text), new Arg.Code(Allowed) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Text</c>: the text typed.</summary>
    public sealed record UnknownFigure(string Text) : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_UNKNOWN_FIGURE";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Typed(Text) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>More</c>: how many more were found; <c>All</c>: how many in all.</summary>
    public sealed record MoreProblems(decimal More, decimal All) : WorkbookReason(WireCode)
    {
        public const string WireCode = "WORKBOOK_MORE_PROBLEMS";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(More), new Arg.Number(All) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }
}

/// <summary>One method per case of <see cref="WorkbookReason"/>.</summary>
public interface IWorkbookReasonVisitor<out T>
{
    T Visit(WorkbookReason.TooLarge reason);
    T Visit(WorkbookReason.TooManyParts reason);
    T Visit(WorkbookReason.PartTooLarge reason);
    T Visit(WorkbookReason.ExpandsTooMuch reason);
    T Visit(WorkbookReason.LegacyXls reason);
    T Visit(WorkbookReason.Encrypted reason);
    T Visit(WorkbookReason.OpenDocument reason);
    T Visit(WorkbookReason.PlainText reason);
    T Visit(WorkbookReason.NotAWorkbook reason);
    T Visit(WorkbookReason.NotASpreadsheet reason);
    T Visit(WorkbookReason.Damaged reason);
    T Visit(WorkbookReason.SheetMissing reason);
    T Visit(WorkbookReason.UnknownHeader reason);
    T Visit(WorkbookReason.HeaderTwice reason);
    T Visit(WorkbookReason.HeaderMissing reason);
    T Visit(WorkbookReason.HeaderOnWrongRow reason);
    T Visit(WorkbookReason.HeaderSpelling reason);
    T Visit(WorkbookReason.MergedCells reason);
    T Visit(WorkbookReason.NotANumber reason);
    T Visit(WorkbookReason.AmbiguousNumber reason);
    T Visit(WorkbookReason.NotWhole reason);
    T Visit(WorkbookReason.NotYesNo reason);
    T Visit(WorkbookReason.Blank reason);
    T Visit(WorkbookReason.BlankYesNo reason);
    T Visit(WorkbookReason.FormulaNotCalculated reason);
    T Visit(WorkbookReason.FormulaCachedValue reason);
    T Visit(WorkbookReason.FloatRounded reason);
    T Visit(WorkbookReason.PercentFormatted reason);
    T Visit(WorkbookReason.NumberSpelling reason);
    T Visit(WorkbookReason.Implausible reason);
    T Visit(WorkbookReason.NoUnitCode reason);
    T Visit(WorkbookReason.UnitListedTwice reason);
    T Visit(WorkbookReason.UnitNotListed reason);
    T Visit(WorkbookReason.NameDoesNotMatch reason);
    T Visit(WorkbookReason.UnknownChoice reason);
    T Visit(WorkbookReason.UnknownFigure reason);
    T Visit(WorkbookReason.MoreProblems reason);
}
