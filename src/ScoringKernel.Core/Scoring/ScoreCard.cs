using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Scoring;

/// <summary>One unit's ten indicator scores in the table's order, and their total (the sum of the rounded scores).</summary>
public sealed record ScoreCard(
    UnitCode Unit,
    string Name,
    UnitKind Kind,
    Seq<IndicatorScore> Indicators,
    decimal Total,
    bool FundsMisused)
{
    public AssessmentGroup Group => Kind.Group();

    public IndicatorScore this[Indicator indicator] => Indicators[indicator.Number() - 1];
}
