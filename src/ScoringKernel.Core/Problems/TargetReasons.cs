namespace ScoringKernel.Core.Problems;

/// <summary>Why a target table (Attachment 2) is refused, and what its own arithmetic does not bear out.</summary>
public static class TargetReasons
{
    /// <summary>Args: the rows given, the most allowed.</summary>
    public static readonly Reason TooManyRows = new LegacyReason("TABLE_TOO_MANY_ROWS");
    /// <summary>Args: the unit.</summary>
    public static readonly Reason RowRepeated = new LegacyReason("TABLE_ROW_REPEATED");
    /// <summary>No args.</summary>
    public static readonly Reason SeveralTotalRows = new LegacyReason("TABLE_SEVERAL_TOTAL_ROWS");
    /// <summary>No args.</summary>
    public static readonly Reason NoScoredUnit = new LegacyReason("TABLE_NO_SCORED_UNIT");
    /// <summary>No args: a zone row carries population columns only.</summary>
    public static readonly Reason ZoneWithWork = new LegacyReason("TABLE_ZONE_WITH_WORK_COLUMNS");
    /// <summary>Args: the row's kind (code).</summary>
    public static readonly Reason WorkColumnsMissing = new LegacyReason("TABLE_WORK_COLUMNS_MISSING");
    /// <summary>No args: a zone row takes a ZONE-… identifier.</summary>
    public static readonly Reason ZoneNeedsZoneCode = new LegacyReason("TABLE_ZONE_NEEDS_ZONE_CODE");
    /// <summary>No args: a county, city or district row needs a GB/T 2260 code.</summary>
    public static readonly Reason RowNeedsDivisionCode = new LegacyReason("TABLE_ROW_NEEDS_DIVISION_CODE");
    /// <summary>Error. Args: the unit, the year-end population, baseline, reduction, baseline − reduction.</summary>
    public static readonly Reason YearEndNotBaselineLessReduction = new LegacyReason("YEAR_END_NOT_BASELINE_LESS_REDUCTION");
    /// <summary>Warning. Args: the unit, the reduction count, baseline, rate (%), baseline × rate, the difference.</summary>
    public static readonly Reason ReductionCountDiffers = new LegacyReason("REDUCTION_COUNT_DIFFERS");
    /// <summary>Error. Args: the total row's unit, the column (code), the stated total, the sum of the rows.</summary>
    public static readonly Reason TotalNotSum = new LegacyReason("TOTAL_NOT_SUM");
    /// <summary>No args: the CSV file is empty.</summary>
    public static readonly Reason CsvEmpty = new LegacyReason("CSV_EMPTY");
    /// <summary>Args: the header expected (code), the header given (typed).</summary>
    public static readonly Reason CsvHeader = new LegacyReason("CSV_HEADER");
    /// <summary>Args: the line, the cells expected, the cells given.</summary>
    public static readonly Reason CsvCellCount = new LegacyReason("CSV_CELL_COUNT");
}
