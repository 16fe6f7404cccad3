namespace ScoringKernel.Core.Round;

/// <summary>The rule set a round is assessed by: its id, version and the digest the caller computed of its definition.</summary>
public sealed record RuleSetRef(string Id, string Version, string Digest);
