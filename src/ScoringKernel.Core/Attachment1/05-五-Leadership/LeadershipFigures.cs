namespace ScoringKernel.Core.Attachment1;

/// <summary>五: the three leadership facts. Any three answers are valid, so the record needs no smart constructor.</summary>
public sealed record LeadershipFigures(bool SpecialStudy, bool TopLeaderResponsibility, bool PlanWithMeasures);
