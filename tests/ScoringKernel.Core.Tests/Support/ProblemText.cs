using ScoringKernel.Wire;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Targets;
using ScoringKernel.Words;

namespace ScoringKernel.Core.Tests.Support;

/// <summary>A problem as an integrator reads it, for tests that pin the wire's words: its proto field path and its English description.</summary>
public static class ProblemText
{
    public static string Field(this Problem problem) => ProblemPaths.Of(problem);

    public static string Message(this Problem problem) => ProblemWords.Description(problem);

    public static string Field(this TableIssue issue) => ProblemPaths.Of(issue.Problem);

    public static string Message(this TableIssue issue) => ProblemWords.Description(issue.Problem);
}
