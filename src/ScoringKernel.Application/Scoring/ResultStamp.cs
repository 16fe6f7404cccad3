namespace ScoringKernel.Application.Scoring;

/// <summary>
/// What a result was computed from: the rule set (its id, version and the SHA-256 of the file it was read from), the
/// kernel's version and the SHA-256 of the canonical form of the inputs (<see cref="CanonicalInputs"/>).
/// </summary>
public sealed record ResultStamp(string RuleSetId, string RuleSetVersion, string KernelVersion, string InputSha256, string RuleSetSha256);
