using System.Buffers;
using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Ranking;

/// <summary>
/// Ranks and grades one group's score cards (specs/docs/readings.md, "Ranking and grades"). The rule as it reads
/// (order by total, tie-break scores, code; one fold for ranks, grades and tie flags) is the test support's
/// <c>ReadableRanker</c>, which a property holds this to; this one sorts one flat, pooled key array because that measured
/// 3 to 11 times faster (<c>RankingReadableVsPooled</c>, 12 and 12,000 units).
/// </summary>
public static class Ranker
{
    /// <summary>Ranks the cards of <paramref name="group"/> among <paramref name="cards"/> (given in unit-code order).</summary>
    public static GroupRanking Rank(RuleSet rules, AssessmentGroup group, IReadOnlyList<ScoreCard> cards)
    {
        var order = rules.TieBreakOrder.ToArray();
        var eligible = new List<ScoreCard>(cards.Count);
        var disqualified = new List<ScoreCard>();
        foreach (var card in cards)
            if (card.Group == group)
                (card.FundsMisused ? disqualified : eligible).Add(card);
        // One flat array of keys (total, then the tie-break scores), so the sort reads memory in order. Key and index
        // arrays are rented: for large groups they would land on the large-object heap and cost a full collection.
        var width = order.Length + 1;
        var n = eligible.Count;
        var keys = ArrayPool<decimal>.Shared.Rent(Math.Max(1, n * width));
        var index = ArrayPool<int>.Shared.Rent(Math.Max(1, n));
        try
        {
            for (var i = 0; i < n; i++) Key(eligible[i], order, keys.AsSpan(i * width, width));
            for (var i = 0; i < n; i++) index[i] = i;
            System.Array.Sort(index, 0, n, Comparer<int>.Create((a, b) =>
            {
                var byScores = CompareKeys(keys, b, a, width);
                return byScores != 0 ? byScores : string.CompareOrdinal(eligible[a].Unit.Value, eligible[b].Unit.Value);
            }));
            return Walk(rules, group, eligible, disqualified, keys, index, n, width);
        }
        finally
        {
            ArrayPool<decimal>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(index);
        }
    }

    private static GroupRanking Walk(RuleSet rules, AssessmentGroup group, List<ScoreCard> eligible, List<ScoreCard> disqualified, decimal[] keys, int[] index, int n, int width)
    {
        var quota = rules.Quotas.Class1(group);
        var ranked = new RankedUnit[eligible.Count + disqualified.Count];
        var class1 = 0;
        var rank = 0;
        for (var pos = 0; pos < n; pos++)
        {
            var card = eligible[index[pos]];
            var sameAsPrevious = pos > 0 && CompareKeys(keys, index[pos - 1], index[pos], width) == 0;
            var sameAsNext = pos + 1 < n && CompareKeys(keys, index[pos + 1], index[pos], width) == 0;
            if (!sameAsPrevious) rank = pos + 1;
            Grade grade;
            if (card.Total < rules.PassLine) grade = Grade.Unqualified;
            else if (class1 < quota) { grade = Grade.Class1; class1++; }
            else grade = Grade.Class2;
            ranked[pos] = new RankedUnit(card.Unit, card.Name, card.Total, Some(rank), grade, sameAsPrevious || sameAsNext);
        }
        disqualified.Sort((a, b) => string.CompareOrdinal(a.Unit.Value, b.Unit.Value));
        for (var i = 0; i < disqualified.Count; i++)
            ranked[n + i] = new RankedUnit(disqualified[i].Unit, disqualified[i].Name, disqualified[i].Total, None, Grade.Disqualified, false);
        return new GroupRanking(group, quota, toSeq(ranked));
    }

    /// <summary>The total, then each indicator score in the tie-break order: higher ranks first.</summary>
    private static void Key(ScoreCard card, Indicator[] order, Span<decimal> key)
    {
        key[0] = card.Total;
        for (var i = 0; i < order.Length; i++) key[i + 1] = card[order[i]].Score;
    }

    private static int CompareKeys(decimal[] keys, int a, int b, int width)
    {
        var x = a * width;
        var y = b * width;
        for (var i = 0; i < width; i++)
        {
            var c = keys[x + i].CompareTo(keys[y + i]);
            if (c != 0) return c;
        }
        return 0;
    }
}
