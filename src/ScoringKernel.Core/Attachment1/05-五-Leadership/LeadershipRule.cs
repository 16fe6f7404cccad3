using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Scoring;
using ScoringKernel.Core.Targets;
using static ScoringKernel.Core.Rules.Wording;

namespace ScoringKernel.Core.Attachment1;

/// <summary>五: three yes/no facts, each with its own penalty.</summary>
public sealed record LeadershipRule(decimal Standard, decimal NoSpecialStudy, decimal NoTopLeaderResponsibility, decimal NoPlanWithMeasures)
{
    public static readonly Component SpecialStudy = new(Indicator.Leadership, "special_study", (r, _) =>
        $"未专题研究扶贫工作扣{N(r.Leadership.NoSpecialStudy)}分");

    public static readonly Component TopLeaderResponsibility = new(Indicator.Leadership, "top_leader_responsibility", (r, _) =>
        $"未落实“一把手”负责制扣{N(r.Leadership.NoTopLeaderResponsibility)}分");

    public static readonly Component PlanWithMeasures = new(Indicator.Leadership, "plan_with_measures", (r, _) =>
        $"未制定扶贫规划,落实工作措施扣{N(r.Leadership.NoPlanWithMeasures)}分");

    internal static readonly Seq<RuleParameterDef> Parameters =
        new ParameterRows<LeadershipRule>(Indicator.Leadership, r => r.Leadership, (r, x) => r with { Leadership = x })
            .Value("standard", ParameterKind.Points, x => x.Standard, (x, v) => x with { Standard = v })
            .Value("no_special_study", ParameterKind.Points, x => x.NoSpecialStudy, (x, v) => x with { NoSpecialStudy = v })
            .Value("no_top_leader_responsibility", ParameterKind.Points, x => x.NoTopLeaderResponsibility, (x, v) => x with { NoTopLeaderResponsibility = v })
            .Value("no_plan_with_measures", ParameterKind.Points, x => x.NoPlanWithMeasures, (x, v) => x with { NoPlanWithMeasures = v })
            .Rows;

    public static void Apply<TSink>(ref TSink sink, RuleSet rules, UnitTargets targets, UnitFigures figures) where TSink : ILineSink
    {
        var rule = rules.Leadership;
        var f = figures.Leadership;
        sink.Flag(SpecialStudy, f.SpecialStudy, rule.NoSpecialStudy);
        sink.Flag(TopLeaderResponsibility, f.TopLeaderResponsibility, rule.NoTopLeaderResponsibility);
        sink.Flag(PlanWithMeasures, f.PlanWithMeasures, rule.NoPlanWithMeasures);
    }
}
