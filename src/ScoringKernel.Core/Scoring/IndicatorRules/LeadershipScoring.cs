using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Rules;

namespace ScoringKernel.Core.Scoring.IndicatorRules;

/// <summary>附件1-五: three yes/no facts.</summary>
public static class LeadershipScoring
{
    public static void Apply<TSink>(ref TSink sink, LeadershipRule rule, LeadershipFigures figures) where TSink : ILineSink
    {
        sink.Flag(Indicator.Leadership, "special_study", "未专题研究扶贫工作扣2分", figures.SpecialStudy, rule.NoSpecialStudy);
        sink.Flag(Indicator.Leadership, "top_leader_responsibility", "未落实“一把手”负责制扣2分", figures.TopLeaderResponsibility, rule.NoTopLeaderResponsibility);
        sink.Flag(Indicator.Leadership, "plan_with_measures", "未制定扶贫规划,落实工作措施扣3分", figures.PlanWithMeasures, rule.NoPlanWithMeasures);
    }
}
