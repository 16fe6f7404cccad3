using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;

namespace ScoringKernel.TestSupport;

/// <summary>The reference for a whole assessment: score every unit, sort each group, walk it for grades. Arrays only.</summary>
public static class ImperativeAssessor
{
    public sealed class Result(string code, decimal total, decimal[] scores, bool misused, AssessmentGroup group)
    {
        public string Code = code;
        public decimal Total = total;
        public decimal[] Scores = scores;
        public bool Misused = misused;
        public AssessmentGroup Group = group;
        public int Rank;
        public int Grade; // 1 class 1, 2 class 2, 3 unqualified, 4 disqualified
    }

    public static Result[] Assess(RuleSet rules, UnitTargets[] units, UnitFigures[] figuresInUnitOrder)
    {
        var results = new Result[units.Length];
        for (var i = 0; i < units.Length; i++)
        {
            var scores = new decimal[10];
            var total = ImperativeScorer.Score(rules, units[i], figuresInUnitOrder[i], scores);
            results[i] = new Result(units[i].Code.Value, total, scores, figuresInUnitOrder[i].FundsMisused, units[i].Kind.Group());
        }
        foreach (var group in new[] { AssessmentGroup.CountiesAndCities, AssessmentGroup.Districts })
        {
            var members = results.Where(r => r.Group == group && !r.Misused).ToArray();
            Array.Sort(members, Compare);
            var quota = rules.Quotas.Class1(group);
            var class1 = 0;
            for (var i = 0; i < members.Length; i++)
            {
                members[i].Rank = i > 0 && SameScores(members[i - 1], members[i]) ? members[i - 1].Rank : i + 1;
                if (members[i].Total < rules.PassLine) members[i].Grade = 3;
                else if (class1 < quota) { members[i].Grade = 1; class1++; }
                else members[i].Grade = 2;
            }
            foreach (var r in results)
                if (r.Group == group && r.Misused) r.Grade = 4;
        }
        return results;
    }

    private static bool SameScores(Result a, Result b)
    {
        if (a.Total != b.Total) return false;
        for (var i = 0; i < 10; i++) if (a.Scores[i] != b.Scores[i]) return false;
        return true;
    }

    private static int Compare(Result a, Result b)
    {
        var c = b.Total.CompareTo(a.Total);
        if (c != 0) return c;
        for (var i = 0; i < 10; i++)
        {
            c = b.Scores[i].CompareTo(a.Scores[i]);
            if (c != 0) return c;
        }
        return string.CompareOrdinal(a.Code, b.Code);
    }
}
