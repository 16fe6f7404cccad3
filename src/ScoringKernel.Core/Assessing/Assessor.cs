using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Assessing;

/// <summary>Scores every unit of a target table and ranks each group.</summary>
public static class Assessor
{
    /// <summary>
    /// One unit's score card. Fails if the table has no scored row for the figures' unit.
    /// </summary>
    public static Validation<Problem, ScoreCard> ScoreUnit(RuleSet rules, TargetTable table, UnitFigures figures) =>
        table.Find(figures.Unit).Match(
            t => VillagesWithinTable(t, figures).Map(_ => Scorer.Score(rules, t, figures)),
            () => Valid.Fail<ScoreCard>(SharedProblems.NotScored(table, figures.Unit).Under(Step.UnitCodeOf.Instance)));

    /// <summary>A unit cannot list more poor villages than its row of the target table holds.</summary>
    public static Validation<Problem, Unit> VillagesWithinTable(UnitTargets targets, UnitFigures figures)
    {
        var listed = figures.VillageAssistance.Villages.Count;
        return listed > targets.Work.PoorVillages
            ? Valid.Fail<Unit>(Step.Villages.Instance, new UnitReason.MoreVillagesThanTable(listed, targets.Code, targets.Work.PoorVillages))
            : Valid.Ok(unit);
    }

    /// <summary>
    /// Every scored unit of the table must have figures exactly once; the order of <paramref name="figures"/> does not matter.
    /// Problems stand at the unit's entry, or at the list of units for a unit with no figures.
    /// </summary>
    public static Validation<Problem, Assessment> Assess(RuleSet rules, TargetTable table, Seq<UnitFigures> figures)
    {
        var problems = Seq<Problem>();
        var given = new Dictionary<UnitCode, UnitFigures>(figures.Count);
        var i = 0;
        foreach (var f in figures)
        {
            if (!table.TryFind(f.Unit, out var targets))
                problems = problems.Add(SharedProblems.NotScored(table, f.Unit).Under(new Step.UnitEntry(i, f.Unit), Step.UnitCodeOf.Instance));
            else
            {
                if (!given.TryAdd(f.Unit, f))
                    problems = problems.Add(SharedProblems.GivenTwice(f.Unit).Under(new Step.UnitEntry(i, f.Unit), Step.UnitCodeOf.Instance));
                if (f.VillageAssistance.Villages.Count > targets.Work.PoorVillages)
                    problems = problems + VillagesWithinTable(targets, f).FailToSeq().Map(p => p.Under(new Step.UnitEntry(i, f.Unit)));
            }
            i++;
        }
        problems = problems + table.Units.Filter(u => !given.ContainsKey(u.Code)).Map(u => SharedProblems.NoFigures(u.Code).Under(Step.Units.Instance));
        if (!problems.IsEmpty)
            return Fail<Problem, Assessment>(problems);

        var unitTargets = table.UnitsByCode;
        var cards = new ScoreCard[unitTargets.Count];
        for (var u = 0; u < cards.Length; u++)
            cards[u] = Scorer.Score(rules, unitTargets[u], given[unitTargets[u].Code]);
        return Valid.Ok(Rank(rules, table, cards) with { ConsistencyWarnings = ConsistencyChecks.Of(figures) });
    }

    private static readonly AssessmentGroup[] Groups = Enum.GetValues<AssessmentGroup>();

    /// <summary>Ranks already scored cards, given by unit code (for callers that score units themselves, such as sweeps).</summary>
    public static Assessment Rank(RuleSet rules, TargetTable table, ScoreCard[] cardsByCode)
    {
        var groups = new GroupRanking[Groups.Length];
        for (var g = 0; g < Groups.Length; g++)
            groups[g] = Ranker.Rank(rules, Groups[g], cardsByCode);
        return new Assessment(rules.Id, rules.Version, toSeq(cardsByCode), toSeq(groups), table.Issues, Seq<TableIssue>(), Assessment.CriticisedOf(rules, cardsByCode));
    }
}
