using static LanguageExt.Prelude;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Units;
using static ScoringKernel.Core.Rules.Wording;

namespace ScoringKernel.Core.Attachment1;

public static class LeadershipClause
{
    public static Clause Of(RuleSet rules)
    {
        var r = rules.Leadership;
        string W(Scoring.Component c) => c.Words(rules, RateKind.County);
        return new(Indicator.Leadership,
            "加强对精准扶贫工作的领导,党委、政府专题研究扶贫工作,落实“一把手”负责制。制定扶贫规划,落实工作措施。(由扶贫办等部门提供)",
            $"{W(LeadershipRule.SpecialStudy)},{W(LeadershipRule.TopLeaderResponsibility)},{W(LeadershipRule.PlanWithMeasures)}。",
            $"Leadership of targeted poverty alleviation: the party committee and government study the work specially; the top leader is responsible; a plan is drawn up with measures. Deduct {N(r.NoSpecialStudy)}, {N(r.NoTopLeaderResponsibility)} and {N(r.NoPlanWithMeasures)} for each not done.",
            $"Three yes/no facts; together they can take at most {N(r.NoSpecialStudy + r.NoTopLeaderResponsibility + r.NoPlanWithMeasures)} of the {N(r.Standard)} points, so the score never falls below {N(Math.Max(0m, r.Standard - r.NoSpecialStudy - r.NoTopLeaderResponsibility - r.NoPlanWithMeasures))}.",
            Seq1(Department.PovertyAlleviationOffice));
    }
}
