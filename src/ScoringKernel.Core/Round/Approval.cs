namespace ScoringKernel.Core.Round;

/// <summary>The Leading Group's approval (审定) of the evaluation with this digest.</summary>
public sealed record Approval(string EvaluationDigest, Actor ApprovedBy, DateTimeOffset ApprovedAt);
