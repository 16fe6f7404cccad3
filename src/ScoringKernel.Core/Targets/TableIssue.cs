namespace ScoringKernel.Core.Targets;

public enum Severity
{
    Error,
    Warning,
}

/// <summary>Something a target table's own arithmetic does not bear out, at a row's field.</summary>
public sealed record TableIssue(Severity Severity, string Field, string Message);
