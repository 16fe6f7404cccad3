namespace ScoringKernel.Core.Problems;

/// <summary>Why a workbook (Excel/WPS) is refused, or what reading it warns of.</summary>
public static class WorkbookReasons
{
    /// <summary>Args: the workbook reader's own words (code). Transitional: each becomes a reason of its own.</summary>
    public static readonly Reason Described = new("WORKBOOK_PROBLEM");
}
