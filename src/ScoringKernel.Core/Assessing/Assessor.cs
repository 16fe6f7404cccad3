using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Ranking;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
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
            () => Valid.Fail<ScoreCard>("unit_code", UnknownUnit(table, figures.Unit)));

    /// <summary>A unit cannot list more poor villages than its row of the target table holds.</summary>
    public static Validation<Problem, Unit> VillagesWithinTable(UnitTargets targets, UnitFigures figures)
    {
        var listed = figures.VillageAssistance.Villages.Count;
        return listed > targets.Work.PoorVillages
            ? Valid.Fail<Unit>("village_assistance.villages", $"lists {listed} villages but the target table gives {targets.Name} ({targets.Code}) {targets.Work.PoorVillages} poor villages")
            : Valid.Ok(unit);
    }

    /// <summary>
    /// Every scored unit of the table must have figures exactly once; the order of <paramref name="figures"/> does not matter.
    /// Problems are named <c>units[i].unit_code</c>, or <c>units</c> for a unit with no figures.
    /// </summary>
    public static Validation<Problem, Assessment> Assess(RuleSet rules, TargetTable table, Seq<UnitFigures> figures)
    {
        var problems = new List<Problem>();
        var given = new Dictionary<UnitCode, UnitFigures>();
        var i = 0;
        foreach (var f in figures)
        {
            var index = i;
            table.Find(f.Unit).Match(
                t =>
                {
                    if (!given.TryAdd(f.Unit, f))
                        problems.Add(new Problem($"units[{index}].unit_code", $"unit {f.Unit} is given more than once"));
                    VillagesWithinTable(t, f).IfFail(ps => problems.AddRange(ps.Map(p => p.Under($"units[{index}]"))));
                },
                () => problems.Add(new Problem($"units[{index}].unit_code", UnknownUnit(table, f.Unit))));
            i++;
        }
        foreach (var unit in table.Units)
            if (!given.ContainsKey(unit.Code))
                problems.Add(new Problem("units", $"no figures for {unit.Name} ({unit.Code})"));
        if (problems.Count > 0)
            return Fail<Problem, Assessment>(problems.ToSeq());

        var cards = table.Units
            .OrderBy(u => u.Code.Value, StringComparer.Ordinal)
            .Select(u => Scorer.Score(rules, u, given[u.Code]))
            .ToSeq()
            .Strict();
        return Valid.Ok(Rank(rules, table, cards));
    }

    /// <summary>Ranks already scored cards (for callers that score units themselves, such as sweeps).</summary>
    public static Assessment Rank(RuleSet rules, TargetTable table, Seq<ScoreCard> cards)
    {
        var groups = toSeq(Enum.GetValues<AssessmentGroup>())
            .Map(g => Ranker.Rank(rules, g, cards.Filter(c => c.Group == g)))
            .Strict();
        return new Assessment(rules.Id, rules.Version, cards, groups, TargetTableCheck.Validate(table));
    }

    private static string UnknownUnit(TargetTable table, UnitCode code) =>
        table.Rows.Find(r => r.Code == code).Match(
            r => $"{r.Name} ({code}) is not scored: it belongs to no assessment group",
            () => $"unit {code} is not in the target table");
}
