using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;

namespace ScoringKernel.Core.Scoring;

/// <summary>What a score card was computed from, kept so its explanation can be produced when it is read.</summary>
public sealed record ScoringInputs(RuleSet Rules, UnitTargets Targets, UnitFigures Figures);
