using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Scoring;

/// <summary>
/// One unit's ten indicator scores and their total (the sum of the rounded scores). A score is looked up by its indicator
/// (<c>card[Indicator.Leadership]</c>); the slots behind the lookup are the card's own, each score placed by the indicator
/// it carries, so no caller depends on a position.
/// </summary>
public sealed record ScoreCard
{
    /// <summary>Slot <c>n − 1</c> holds indicator n's score (<see cref="Indicators.Number"/>).</summary>
    private readonly IndicatorScore[] byIndicator;

    public ScoreCard(UnitCode unit, string name, UnitKind kind, IEnumerable<IndicatorScore> scores, bool fundsMisused)
    {
        Unit = unit;
        Name = name;
        Kind = kind;
        FundsMisused = fundsMisused;
        byIndicator = new IndicatorScore[Attachment1.Indicators.All.Count];
        foreach (var score in scores)
        {
            ref var slot = ref byIndicator[Slot(score.Indicator)];
            if (slot is not null) throw new ArgumentException($"two scores for {score.Indicator}", nameof(scores));
            slot = score;
        }
        if (System.Array.IndexOf(byIndicator, null) is var missing and >= 0)
            throw new ArgumentException($"no score for {Attachment1.Indicators.All[missing]}", nameof(scores));
        Total = SumOf(byIndicator);
    }

    private ScoreCard(UnitCode unit, string name, UnitKind kind, IndicatorScore[] bySlot, bool fundsMisused)
    {
        Unit = unit;
        Name = name;
        Kind = kind;
        FundsMisused = fundsMisused;
        byIndicator = bySlot;
        Total = SumOf(bySlot);
    }

    /// <summary>The total is the sum of the rounded scores, made here: a card cannot be given a total its scores do not add up to.</summary>
    private static decimal SumOf(IndicatorScore[] scores)
    {
        var total = 0m;
        foreach (var s in scores) total += s.Score;
        return total;
    }

    /// <summary>
    /// A card on scores already in their slots (indicator n at n − 1, as <see cref="Scorer.Score"/> makes them), taken
    /// as they are: the array becomes the card's own (scoring 12,000 units made 12,000 copies of it).
    /// </summary>
    internal static ScoreCard OfSlots(UnitCode unit, string name, UnitKind kind, IndicatorScore[] bySlot, bool fundsMisused)
    {
        if (bySlot.Length != Attachment1.Indicators.All.Count) throw new ArgumentException($"{bySlot.Length} scores", nameof(bySlot));
        for (var i = 0; i < bySlot.Length; i++)
            if (Slot(bySlot[i].Indicator) != i) throw new ArgumentException($"{bySlot[i].Indicator} in slot {i}", nameof(bySlot));
        return new ScoreCard(unit, name, kind, bySlot, fundsMisused);
    }

    public UnitCode Unit { get; }
    public string Name { get; }
    public UnitKind Kind { get; }
    public decimal Total { get; }
    public bool FundsMisused { get; }

    public AssessmentGroup Group => Kind.Group();

    public IndicatorScore this[Indicator indicator] => byIndicator[Slot(indicator)];

    /// <summary>The ten scores in the table's order (一 … 十), for reading them all.</summary>
    public IEnumerable<IndicatorScore> Indicators
    {
        get
        {
            foreach (var score in byIndicator) yield return score;
        }
    }

    private static int Slot(Indicator indicator) => indicator.Number() - 1;

    public bool Equals(ScoreCard? other) =>
        other is not null && Unit == other.Unit && Name == other.Name && Kind == other.Kind && Total == other.Total
        && FundsMisused == other.FundsMisused && byIndicator.AsSpan().SequenceEqual(other.byIndicator);

    public override int GetHashCode() => HashCode.Combine(Unit, Total, FundsMisused);
}
