using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using static ScoringKernel.Core.Rules.Wording;

namespace ScoringKernel.Core.Attachment1;

/// <summary>七: social investment short at the county or district rate; the poverty day, a yes/no penalty.</summary>
public sealed record SocialInvestmentRule(decimal Standard, ByKind<StepRate> InvestmentShort, decimal NoPovertyDay)
{
    public static readonly Component SocialInvestment = new(Indicator.SocialInvestment, "social_investment", (r, kind) =>
    {
        var rate = r.SocialInvestment.InvestmentShort.For(kind);
        return $"{kind.Prefix()}每减少{N(rate.Step)}万元扣{N(rate.Deduction)}分";
    });

    public static readonly Component PovertyDay = new(Indicator.SocialInvestment, "poverty_day", (r, _) =>
        $"未按省办要求开展扶贫日活动的扣{N(r.SocialInvestment.NoPovertyDay)}分");

    internal static readonly Seq<RuleParameterDef> Parameters =
        new ParameterRows<SocialInvestmentRule>(Indicator.SocialInvestment, r => r.SocialInvestment, (r, x) => r with { SocialInvestment = x })
            .Value("standard", ParameterKind.Points, x => x.Standard, (x, v) => x with { Standard = v })
            .ByKind("investment_short", x => x.InvestmentShort, (x, v) => x with { InvestmentShort = v })
            .Value("no_poverty_day", ParameterKind.Points, x => x.NoPovertyDay, (x, v) => x with { NoPovertyDay = v })
            .Rows;

    public static void Apply<TSink>(ref TSink sink, RuleSet rules, UnitTargets targets, UnitFigures figures) where TSink : ILineSink
    {
        var rule = rules.SocialInvestment;
        var f = figures.SocialInvestment;
        sink.Short(SocialInvestment, Measure.Wan, targets.Work.SocialInvestmentWan, f.SocialInvestmentWan, rule.InvestmentShort.For(targets.Kind.RateKind()), rules.Policy);
        sink.Flag(PovertyDay, f.PovertyDayHeld, rule.NoPovertyDay);
    }
}
