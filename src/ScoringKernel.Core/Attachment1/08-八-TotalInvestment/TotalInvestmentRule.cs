using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using static ScoringKernel.Core.Rules.Wording;

namespace ScoringKernel.Core.Attachment1;

/// <summary>八: total investment short at the county or district rate.</summary>
public sealed record TotalInvestmentRule(decimal Standard, ByKind<StepRate> InvestmentShort)
{
    public static readonly Component TotalInvestment = new(Indicator.TotalInvestment, "total_investment", (r, kind) =>
    {
        var rate = r.TotalInvestment.InvestmentShort.For(kind);
        return $"{kind.Prefix()}每少{N(rate.Step)}万元扣{N(rate.Deduction)}分";
    });

    internal static readonly Seq<RuleParameterDef> Parameters =
        new ParameterRows<TotalInvestmentRule>(Indicator.TotalInvestment, r => r.TotalInvestment, (r, x) => r with { TotalInvestment = x })
            .Value("standard", ParameterKind.Points, x => x.Standard, (x, v) => x with { Standard = v })
            .ByKind("investment_short", x => x.InvestmentShort, (x, v) => x with { InvestmentShort = v })
            .Rows;

    public static void Apply<TSink>(ref TSink sink, RuleSet rules, UnitTargets targets, UnitFigures figures) where TSink : ILineSink =>
        sink.Short(TotalInvestment, Measure.Wan, targets.Work.TotalInvestmentWan, figures.TotalInvestment.TotalInvestmentWan,
            rules.TotalInvestment.InvestmentShort.For(targets.Kind.RateKind()), rules.Policy);
}
