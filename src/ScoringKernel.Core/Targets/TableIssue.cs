using ScoringKernel.Core.Problems;

namespace ScoringKernel.Core.Targets;

public enum Severity
{
    Error,
    Warning,
}

/// <summary>Something the figures' or a target table's own arithmetic does not bear out: an error, or a warning that changes no score.</summary>
public sealed record TableIssue(Severity Severity, Problem Problem)
{
    public TableIssue Under(params Step[] outer) => this with { Problem = Problem.Under(outer) };
}
