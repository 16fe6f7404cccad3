using LanguageExt;

namespace ScoringKernel.Core.Round;

/// <summary>A reopening of the round: the approval (and the notice, if one was published) it set aside, why, by whom and when.</summary>
public sealed record Reopening(Approval SetAside, Option<Publication> Publication, string Reason, Actor ReopenedBy, DateTimeOffset ReopenedAt);
