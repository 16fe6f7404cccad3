using static LanguageExt.Prelude;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Units;
using static ScoringKernel.Core.Rules.Wording;

namespace ScoringKernel.Core.Attachment1;

public static class VillageAssistanceClause
{
    public static Clause Of(RuleSet rules)
    {
        var r = rules.VillageAssistance;
        string W(Scoring.Component c) => c.Words(rules, RateKind.County);
        return new(Indicator.VillageAssistance,
            $"落实干部驻村帮扶100%,包村单位帮扶资金到位{N(r.FundsDeliveredTargetPercent)}%,贫困村年度扶贫项目投入{N(r.PerVillageInvestmentTargetWan)}万元以上。(由组织部和扶贫办提供)。",
            $"{W(VillageAssistanceRule.ResidentTeams)}。{W(VillageAssistanceRule.FundsDelivered)}。{W(VillageAssistanceRule.ProjectInvestment)}。",
            $"Every poor village has a resident cadre team; the helping units deliver {N(r.FundsDeliveredTargetPercent)} % of their pledged funds; each poor village receives {N(r.PerVillageInvestmentTargetWan)} 万元 or more of project investment in the year. Deduct {N(r.VillagesWithoutTeam.Deduction)} per {PerEn(r.VillagesWithoutTeam.Step, "village")} without a team, {N(r.FundsShort.Deduction)} per {N(r.FundsShort.Step)} 万元 of pledged funds not delivered, {N(r.InvestmentShort.Deduction)} per {N(r.InvestmentShort.Step)} 万元 of project investment short.",
            "The village count is Attachment 2's. Project investment is judged village by village: each village's shortfall is counted in steps on its own and the steps are summed, so one village's surplus never offsets another's shortfall. A village missing from the list counts as having no team and zero investment.",
            Seq(Department.Organization, Department.PovertyAlleviationOffice));
    }
}
