using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using static ScoringKernel.Core.Rules.Wording;

namespace ScoringKernel.Core.Attachment1;

/// <summary>九: own-level budget short at the county or district rate; other funds used as policy requires, a yes/no penalty.</summary>
public sealed record OwnBudgetRule(decimal Standard, ByKind<StepRate> BudgetShort, decimal OtherFundsNotCompliant)
{
    public static readonly Component OwnBudget = new(Indicator.OwnBudget, "own_budget", (r, kind) =>
    {
        var rate = r.OwnBudget.BudgetShort.For(kind);
        return $"{kind.Prefix()}财政预算安排每少{N(rate.Step)}万元扣{N(rate.Deduction)}分";
    });

    public static readonly Component OtherFundsCompliant = new(Indicator.OwnBudget, "other_funds_compliant", (r, _) =>
        $"其他扶贫资金没有按政策规范使用的扣{N(r.OwnBudget.OtherFundsNotCompliant)}分");

    internal static readonly Seq<RuleParameterDef> Parameters =
        new ParameterRows<OwnBudgetRule>(Indicator.OwnBudget, r => r.OwnBudget, (r, x) => r with { OwnBudget = x })
            .Value("standard", ParameterKind.Points, x => x.Standard, (x, v) => x with { Standard = v })
            .ByKind("budget_short", x => x.BudgetShort, (x, v) => x with { BudgetShort = v })
            .Value("other_funds_not_compliant", ParameterKind.Points, x => x.OtherFundsNotCompliant, (x, v) => x with { OtherFundsNotCompliant = v })
            .Rows;

    public static void Apply<TSink>(ref TSink sink, RuleSet rules, UnitTargets targets, UnitFigures figures) where TSink : ILineSink
    {
        var rule = rules.OwnBudget;
        var f = figures.OwnBudget;
        sink.Short(OwnBudget, Measure.Wan, targets.Work.OwnBudgetWan, f.OwnBudgetWan, rule.BudgetShort.For(targets.Kind.RateKind()), rules.Policy);
        sink.Flag(OtherFundsCompliant, f.OtherFundsCompliant, rule.OtherFundsNotCompliant);
    }
}
