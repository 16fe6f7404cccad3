using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Problems;

/// <summary>Why a target table (Attachment 2) is refused, and what its own arithmetic does not bear out.</summary>
public abstract record TargetReason : Reason
{
    private TargetReason(string code) : base(code) { }

    /// <summary><c>Given</c>: the rows given; <c>Most</c>: the most allowed.</summary>
    public sealed record TooManyRows(decimal Given, decimal Most) : TargetReason(WireCode)
    {
        public const string WireCode = "TABLE_TOO_MANY_ROWS";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Given), new Arg.Number(Most) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Unit</c>: the unit.</summary>
    public sealed record RowRepeated(UnitCode Unit) : TargetReason(WireCode)
    {
        public const string WireCode = "TABLE_ROW_REPEATED";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.OfUnit(Unit) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    public sealed record SeveralTotalRows() : TargetReason(WireCode)
    {
        public const string WireCode = "TABLE_SEVERAL_TOTAL_ROWS";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    public sealed record NoScoredUnit() : TargetReason(WireCode)
    {
        public const string WireCode = "TABLE_NO_SCORED_UNIT";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>A zone row carries population columns only.</summary>
    public sealed record ZoneWithWork() : TargetReason(WireCode)
    {
        public const string WireCode = "TABLE_ZONE_WITH_WORK_COLUMNS";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Kind</c>: the row's kind (code).</summary>
    public sealed record WorkColumnsMissing(string Kind) : TargetReason(WireCode)
    {
        public const string WireCode = "TABLE_WORK_COLUMNS_MISSING";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Kind) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>A zone row takes a ZONE-… identifier.</summary>
    public sealed record ZoneNeedsZoneCode() : TargetReason(WireCode)
    {
        public const string WireCode = "TABLE_ZONE_NEEDS_ZONE_CODE";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>A county, city or district row needs a GB/T 2260 code.</summary>
    public sealed record RowNeedsDivisionCode() : TargetReason(WireCode)
    {
        public const string WireCode = "TABLE_ROW_NEEDS_DIVISION_CODE";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Error. <c>Unit</c>: the unit; <c>YearEnd</c>: the year-end population; <c>Baseline</c>: baseline; <c>Reduction</c>: reduction; <c>Expected</c>: baseline − reduction.</summary>
    public sealed record YearEndNotBaselineLessReduction(UnitCode Unit, decimal YearEnd, decimal Baseline, decimal Reduction, decimal Expected) : TargetReason(WireCode)
    {
        public const string WireCode = "YEAR_END_NOT_BASELINE_LESS_REDUCTION";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.OfUnit(Unit), new Arg.Number(YearEnd), new Arg.Number(Baseline), new Arg.Number(Reduction), new Arg.Number(Expected) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Warning. <c>Unit</c>: the unit; <c>Reduction</c>: the reduction count; <c>Baseline</c>: baseline; <c>RatePercent</c>: rate (%); <c>Expected</c>: baseline × rate; <c>Difference</c>: the difference.</summary>
    public sealed record ReductionCountDiffers(UnitCode Unit, decimal Reduction, decimal Baseline, decimal RatePercent, decimal Expected, decimal Difference) : TargetReason(WireCode)
    {
        public const string WireCode = "REDUCTION_COUNT_DIFFERS";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.OfUnit(Unit), new Arg.Number(Reduction), new Arg.Number(Baseline), new Arg.Number(RatePercent), new Arg.Number(Expected), new Arg.Number(Difference) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>Error. <c>Unit</c>: the total row's unit; <c>Column</c>: the column (code); <c>Stated</c>: the stated total; <c>Sum</c>: the sum of the rows.</summary>
    public sealed record TotalNotSum(UnitCode Unit, TargetColumn Column, decimal Stated, decimal Sum) : TargetReason(WireCode)
    {
        public const string WireCode = "TOTAL_NOT_SUM";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.OfUnit(Unit), new Arg.OfColumn(Column), new Arg.Number(Stated), new Arg.Number(Sum) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>The CSV file is empty.</summary>
    public sealed record CsvEmpty() : TargetReason(WireCode)
    {
        public const string WireCode = "CSV_EMPTY";
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary><c>Expected</c>: the header expected (code); <c>Given</c>: the header given (typed).</summary>
    public sealed record CsvHeader(string Expected, string Given) : TargetReason(WireCode)
    {
        public const string WireCode = "CSV_HEADER";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Code(Expected), new Arg.Typed(Given) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }

    /// <summary>The values: the line, the cells expected, the cells given.</summary>
    public sealed record CsvCellCount(decimal Expected, decimal Given) : TargetReason(WireCode)
    {
        public const string WireCode = "CSV_CELL_COUNT";
        public override Seq<Arg> Args => toSeq(new Arg[] { new Arg.Number(Expected), new Arg.Number(Given) });
        public override T Accept<T>(IReasonVisitor<T> visitor) => visitor.Visit(this);
    }
}

/// <summary>One method per case of <see cref="TargetReason"/>.</summary>
public interface ITargetReasonVisitor<out T>
{
    T Visit(TargetReason.TooManyRows reason);
    T Visit(TargetReason.RowRepeated reason);
    T Visit(TargetReason.SeveralTotalRows reason);
    T Visit(TargetReason.NoScoredUnit reason);
    T Visit(TargetReason.ZoneWithWork reason);
    T Visit(TargetReason.WorkColumnsMissing reason);
    T Visit(TargetReason.ZoneNeedsZoneCode reason);
    T Visit(TargetReason.RowNeedsDivisionCode reason);
    T Visit(TargetReason.YearEndNotBaselineLessReduction reason);
    T Visit(TargetReason.ReductionCountDiffers reason);
    T Visit(TargetReason.TotalNotSum reason);
    T Visit(TargetReason.CsvEmpty reason);
    T Visit(TargetReason.CsvHeader reason);
    T Visit(TargetReason.CsvCellCount reason);
}
