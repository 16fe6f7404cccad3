using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Scoring;

/// <summary>The explanation of an assessment's score cards, from the same rule set, table and figures they were scored with.</summary>
public sealed class Explainer(RuleSet rules, TargetTable table, Seq<UnitFigures> figures)
{
    private readonly Lazy<Dictionary<UnitCode, UnitFigures>> byUnit = new(() => figures.ToDictionary(f => f.Unit));

    /// <summary>The lines of one indicator of a unit's card; none for a unit that was not scored from these inputs.</summary>
    public Seq<DeductionLine> Lines(UnitCode unit, Indicator indicator) =>
        table.TryFind(unit, out var targets) && byUnit.Value.TryGetValue(unit, out var f)
            ? Scorer.Explain(rules, targets, f, indicator)
            : Seq<DeductionLine>.Empty;
}
