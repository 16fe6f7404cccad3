using ScoringKernel.Core.Evaluation;

namespace ScoringKernel.Core.Round;

/// <summary>One submitted version of a department's figures for a unit, numbered from 1, with who submitted it and when.</summary>
public sealed record DepartmentFiguresVersion(int Version, DepartmentFigures Figures, Actor SubmittedBy, DateTimeOffset SubmittedAt);
