using LanguageExt;
using ScoringKernel.Core.Assessing;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Core;

/// <summary>The kernel's entry points, all pure: everything a result depends on is an argument.</summary>
public static class Kernel
{
    public static ScoreCard Score(RuleSet rules, UnitTargets targets, UnitFigures figures) => Scorer.Score(rules, targets, figures);

    public static Validation<Problem, Assessment> Assess(RuleSet rules, TargetTable table, Seq<UnitFigures> figures) =>
        Assessor.Assess(rules, table, figures);

    public static Seq<TableIssue> ValidateTargetTable(TargetTable table) => TargetTableCheck.Validate(table);
}
