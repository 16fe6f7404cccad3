using LanguageExt;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Ranking;

/// <summary>Ranks and grades one group's score cards (PRODUCT.md, "Grades", "Ties", "Disqualification").</summary>
public static class Ranker
{
    public static GroupRanking Rank(RuleSet rules, AssessmentGroup group, Seq<ScoreCard> cards)
    {
        var order = rules.TieBreakOrder.ToArray();
        var eligible = cards.Filter(c => !c.FundsMisused).ToArray();
        var keys = new decimal[eligible.Length][];
        for (var i = 0; i < eligible.Length; i++) keys[i] = Key(eligible[i], order);

        var index = Enumerable.Range(0, eligible.Length).ToArray();
        System.Array.Sort(index, (a, b) =>
        {
            var byScores = CompareKeys(keys[b], keys[a]);
            return byScores != 0 ? byScores : string.CompareOrdinal(eligible[a].Unit.Value, eligible[b].Unit.Value);
        });

        var quota = rules.Quotas.Class1(group);
        var ranked = new List<RankedUnit>(cards.Count);
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
            ranked.Add(new RankedUnit(card.Unit, card.Name, card.Total, Some(rank), grade, sameAsPrevious || sameAsNext));
        }
        foreach (var card in cards.Filter(c => c.FundsMisused).OrderBy(c => c.Unit.Value, StringComparer.Ordinal))
            ranked.Add(new RankedUnit(card.Unit, card.Name, card.Total, None, Grade.Disqualified, false));
        return new GroupRanking(group, quota, ranked.ToSeq());
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
