namespace ScoringKernel.Core.Problems;

/// <summary>Why the sources of an evaluation cannot be resolved, and what the evaluation warns of.</summary>
public static class EvaluationReasons
{
    /// <summary>Args: the figure, this source, its value, the other source, its value.</summary>
    public static readonly Reason SourcesDisagree = new LegacyReason("SOURCES_DISAGREE");
    /// <summary>Warning. Args: the department, the figure, the departments Attachment 1 names, the indicator (or none for funds misuse).</summary>
    public static readonly Reason DepartmentNotProvider = new LegacyReason("DEPARTMENT_NOT_PROVIDER");
    /// <summary>Warning. Args: the unit.</summary>
    public static readonly Reason MisusedYetCompliant = new LegacyReason("FUNDS_MISUSED_YET_COMPLIANT");
    /// <summary>Warning. Args: the unit, funds delivered, funds pledged.</summary>
    public static readonly Reason DeliveredAbovePledged = new LegacyReason("FUNDS_DELIVERED_ABOVE_PLEDGED");
    /// <summary>Args: the submissions given, the most allowed.</summary>
    public static readonly Reason TooManySubmissions = new LegacyReason("SUBMISSIONS_TOO_MANY");
}
