using LanguageExt;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;

namespace ScoringKernel.TestSupport;

/// <summary>
/// What a unit is ordered by (specs/docs/readings.md, "Ties"): its total, then its indicator scores in the rule set's tie-break order.
/// Two units with equal keys are tied on everything the regulation ranks by.
/// </summary>
public sealed record RankingKey(decimal Total, Seq<decimal> TieBreakScores)
{
    public static RankingKey Of(RuleSet rules, ScoreCard card) =>
        new(card.Total, rules.TieBreakOrder.Map(indicator => card[indicator].Score).Strict());
}
