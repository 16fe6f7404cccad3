using LanguageExt;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Evaluation;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;

namespace ScoringKernel.Application.Scoring;

/// <summary>
/// An assessment as the kernel made it, with what explains it (<paramref name="Explainer"/>: every card's lines from the
/// same inputs) and its stamp. The wire, the documents and the command line each say it from here.
/// </summary>
public sealed record Assessed(RuleSet Rules, TargetTable Table, Seq<UnitFigures> Figures, Assessment Assessment, Explainer Explainer, bool WithLines, ResultStamp Stamp);

/// <summary>One unit's score card, its explanation and stamp.</summary>
public sealed record ScoredUnit(RuleSet Rules, ScoreCard Card, Explainer Explainer, ResultStamp Stamp);

/// <summary>
/// An evaluation as the kernel made it: the result, the explanation of the self-evaluations (<paramref name="Self"/>)
/// and of the evaluated figures (<paramref name="Resolved"/>), and the stamp whose digest an approval names.
/// </summary>
public sealed record Evaluated(RuleSet Rules, TargetTable Table, Seq<UnitSubmission> Submissions, EvaluationResult Result, Explainer Self, Explainer Resolved, ResultStamp Stamp);
