using LanguageExt;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scenarios;
using ScoringKernel.Core.Targets;

namespace ScoringKernel.Application.Scoring;

/// <summary>An Assess, validated: the rule set (with the request's policy), the target table, every unit's figures,
/// and whether the answer explains its deduction lines.</summary>
public sealed record AssessCommand(ScenarioBase Inputs, bool WithLines);

/// <summary>One unit's score card, validated.</summary>
public sealed record ScoreUnitCommand(RuleSet Rules, TargetTable Table, UnitFigures Unit);

/// <summary>An Evaluate, validated: every unit's self-evaluation, its departments' figures and the findings.</summary>
public sealed record EvaluateCommand(RuleSet Rules, TargetTable Table, Seq<UnitSubmission> Submissions);
