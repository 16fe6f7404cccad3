using LanguageExt;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Ranking;

/// <summary>Ranks and grades one group's score cards (PRODUCT.md, "Grades", "Ties", "Disqualification").</summary>
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
        var keys = new decimal[eligible.Count][];
        for (var i = 0; i < keys.Length; i++) keys[i] = Key(eligible[i], order);

        var index = new int[eligible.Count];
        for (var i = 0; i < index.Length; i++) index[i] = i;
        System.Array.Sort(index, (a, b) =>
        {
            var byScores = CompareKeys(keys[b], keys[a]);
            return byScores != 0 ? byScores : string.CompareOrdinal(eligible[a].Unit.Value, eligible[b].Unit.Value);
        });

        var quota = rules.Quotas.Class1(group);
        var ranked = new RankedUnit[eligible.Count + disqualified.Count];
        var class1 = 0;
        var rank = 0;
        for (var pos = 0; pos < index.Length; pos++)
        {
            var card = eligible[index[pos]];
            var key = keys[index[pos]];
            var sameAsPrevious = pos > 0 && CompareKeys(keys[index[pos - 1]], key) == 0;
            var sameAsNext = pos + 1 < index.Length && CompareKeys(keys[index[pos + 1]], key) == 0;
            if (!sameAsPrevious) rank = pos + 1;
            Grade grade;
            if (card.Total < rules.PassLine) grade = Grade.Unqualified;
            else if (class1 < quota) { grade = Grade.Class1; class1++; }
            else grade = Grade.Class2;
            ranked[pos] = new RankedUnit(card.Unit, card.Name, card.Total, Some(rank), grade, sameAsPrevious || sameAsNext);
        }
        disqualified.Sort((a, b) => string.CompareOrdinal(a.Unit.Value, b.Unit.Value));
        for (var i = 0; i < disqualified.Count; i++)
            ranked[index.Length + i] = new RankedUnit(disqualified[i].Unit, disqualified[i].Name, disqualified[i].Total, None, Grade.Disqualified, false);
        return new GroupRanking(group, quota, toSeq(ranked));
    }

    /// <summary>The total, then each indicator score in the tie-break order: higher ranks first.</summary>
    private static decimal[] Key(ScoreCard card, Indicator[] order)
    {
        var key = new decimal[order.Length + 1];
        key[0] = card.Total;
        for (var i = 0; i < order.Length; i++) key[i + 1] = card[order[i]].Score;
        return key;
    }

    private static int CompareKeys(decimal[] a, decimal[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            var c = a[i].CompareTo(b[i]);
            if (c != 0) return c;
        }
        return 0;
    }
}
