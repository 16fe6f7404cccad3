using LanguageExt;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Evaluation;

/// <summary>A figure of the evaluated result and the source it was taken from.</summary>
public sealed record ResolvedFigure(FigureRef Figure, decimal Value, Source Source);

/// <summary>A figure the evaluation took from a department or a finding with another value than the unit reported.</summary>
public sealed record Correction(FigureRef Figure, decimal Reported, decimal Evaluated, Source Source);

/// <summary>One indicator's self-evaluated and evaluated scores.</summary>
public sealed record IndicatorDifference(Indicator Indicator, decimal SelfEvaluated, decimal Evaluated)
{
    public decimal Difference => Evaluated - SelfEvaluated;
}

/// <summary>
/// One unit's comprehensive evaluation: its self-evaluation scored as reported, the evaluated card, the difference per
/// indicator and in total, every unit figure with its source (and each village figure that a department or finding
/// gave), and the corrections.
/// </summary>
public sealed record UnitEvaluation(
    UnitCode Unit,
    string Name,
    ScoreCard SelfEvaluated,
    ScoreCard Evaluated,
    Seq<IndicatorDifference> Differences,
    Seq<ResolvedFigure> Figures,
    Seq<Correction> Corrections)
{
    public decimal TotalDifference => Evaluated.Total - SelfEvaluated.Total;

    /// <summary>The self-evaluation claimed a point or more than the evaluation gave (the notice lists these units).</summary>
    public bool Overstated => SelfEvaluated.Total - Evaluated.Total >= 1m;
}

/// <summary>
/// The comprehensive evaluation: the assessment on the resolved figures (ranking and grades read only these), the
/// resolved figures themselves, each unit's comparison, and the warnings.
/// </summary>
public sealed record EvaluationResult(Assessment Assessment, Seq<UnitFigures> ResolvedFigures, Seq<UnitEvaluation> Units, Seq<TableIssue> Warnings);
