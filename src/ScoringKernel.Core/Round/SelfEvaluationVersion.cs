using ScoringKernel.Core.Figures;

namespace ScoringKernel.Core.Round;

/// <summary>One submitted version of a unit's self-evaluation, numbered from 1, with who submitted it and when.</summary>
public sealed record SelfEvaluationVersion(int Version, UnitFigures Figures, Actor SubmittedBy, DateTimeOffset SubmittedAt);
