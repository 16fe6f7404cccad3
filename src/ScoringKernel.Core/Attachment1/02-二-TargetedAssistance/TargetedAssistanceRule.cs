using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;
using static ScoringKernel.Core.Rules.Wording;

namespace ScoringKernel.Core.Attachment1;

/// <summary>二: completion — the lower of the persons and households rates, capped at 100 — per point short of the completion target.</summary>
public sealed record TargetedAssistanceRule(decimal Standard, decimal CompletionTargetPercent, StepRate CompletionShort)
{
    public static readonly Component Completion = new(Indicator.TargetedAssistance, "completion", (r, _) =>
        $"完成任务每减少{Per(r.TargetedAssistance.CompletionShort.Step, "个百分点")}扣{N(r.TargetedAssistance.CompletionShort.Deduction)}分");

    internal static readonly Seq<RuleParameterDef> Parameters =
        new ParameterRows<TargetedAssistanceRule>(Indicator.TargetedAssistance, r => r.TargetedAssistance, (r, x) => r with { TargetedAssistance = x })
            .Value("standard", ParameterKind.Points, x => x.Standard, (x, v) => x with { Standard = v })
            .Value("completion_target_percent", ParameterKind.Percent, x => x.CompletionTargetPercent, (x, v) => x with { CompletionTargetPercent = v })
            .Rate("completion_short", x => x.CompletionShort, (x, v) => x with { CompletionShort = v })
            .Rows;

    public static void Apply<TSink>(ref TSink sink, RuleSet rules, UnitTargets targets, UnitFigures figures) where TSink : ILineSink
    {
        var rule = rules.TargetedAssistance;
        sink.Short(Completion, Measure.Percent, rule.CompletionTargetPercent, CompletionPercent(targets.Work, figures.TargetedAssistance), rule.CompletionShort, rules.Policy);
    }

    public static Rational CompletionPercent(WorkTargets targets, TargetedAssistanceFigures figures) =>
        Rational.Min(100, Rational.Min(
            Rate(figures.PersonsReached, targets.PersonsToReach),
            Rate(figures.HouseholdsReached, targets.HouseholdsToReach)));

    /// <summary>Reached × 100 ÷ target; a target of zero counts as fully met.</summary>
    public static Rational Rate(int reached, int target) => target == 0 ? 100 : Rational.Of(reached * 100L, target);
}
