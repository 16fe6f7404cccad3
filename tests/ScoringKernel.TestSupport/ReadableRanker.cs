using LanguageExt;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;

namespace ScoringKernel.TestSupport;

/// <summary>
/// The ranking rule as the regulation reads (specs/docs/readings.md, "Ranking and grades"): the order by total, then the
/// tie-break scores, then unit code; then one fold that gives ranks, grades and tie flags. The kernel's
/// <see cref="Ranker"/> keeps its flat, pooled key array because it measured 3 to 11 times faster
/// (<c>RankingReadableVsPooled</c>); the properties check that it ranks exactly as this does.
/// </summary>
public static class ReadableRanker
{
    /// <summary>Ranks the cards of <paramref name="group"/> among <paramref name="cards"/>.</summary>
    public static GroupRanking Rank(RuleSet rules, AssessmentGroup group, IReadOnlyList<ScoreCard> cards)
    {
        var members = cards.Where(c => c.Group == group).ToList();
        var quota = rules.Quotas.Class1(group);

        // The order: by total, then by the indicator scores in the tie-break order, higher first; units still equal by code.
        var order = rules.TieBreakOrder
            .Fold(members.Where(c => !c.FundsMisused).OrderByDescending(c => c.Total),
                  (ordered, indicator) => ordered.ThenByDescending(c => c[indicator].Score))
            .ThenBy(c => c.Unit.Value, StringComparer.Ordinal)
            .Select(card => (Card: card, Key: RankingKey.Of(rules, card)))
            .ToList();

        // Units equal on the total and every tie-break score share a rank, and the Leading Group decides between them.
        var unresolved = order.GroupBy(u => u.Key).Where(same => same.Count() > 1).SelectMany(same => same.Select(u => u.Card.Unit)).ToHashSet();

        // One walk down the order: competition ranks (1, 2, 2, 4) and grades (below the pass line unqualified; the first
        // qualified units up to the Class 1 quota class_1; the remaining qualified units class_2).
        var walked = order.Aggregate(Walk.Start, (walk, unit) => walk.Place(unit.Card, unit.Key, rules.PassLine, quota, unresolved.Contains(unit.Card.Unit)));

        // Disqualified units keep their score card but have no rank.
        var disqualified = members.Where(c => c.FundsMisused)
            .OrderBy(c => c.Unit.Value, StringComparer.Ordinal)
            .Select(c => new RankedUnit(c.Unit, c.Name, c.Total, None, Grade.Disqualified, false));

        return new GroupRanking(group, quota, (walked.Placed + toSeq(disqualified)).Strict());
    }

    /// <summary>Where the walk down the order stands: the units placed, the Class 1 places given, the last key and its rank.</summary>
    private sealed record Walk(Seq<RankedUnit> Placed, int Class1Given, Option<(RankingKey Key, int Rank)> Previous)
    {
        public static readonly Walk Start = new(Seq<RankedUnit>(), 0, None);

        public Walk Place(ScoreCard card, RankingKey key, decimal passLine, int quota, bool tieUnresolved)
        {
            var position = Placed.Count + 1;
            var rank = Previous.Filter(p => p.Key == key).Map(p => p.Rank).IfNone(position);
            var grade = card.Total < passLine ? Grade.Unqualified
                : Class1Given < quota ? Grade.Class1
                : Grade.Class2;
            return new Walk(
                Placed.Add(new RankedUnit(card.Unit, card.Name, card.Total, Some(rank), grade, tieUnresolved)),
                Class1Given + (grade == Grade.Class1 ? 1 : 0),
                Some((key, rank)));
        }
    }
}
