namespace ScoringKernel.Core.Round;

/// <summary>The notice (考核情况通报) published of the approved evaluation with this digest.</summary>
public sealed record Publication(string EvaluationDigest, Actor PublishedBy, DateTimeOffset PublishedAt);
