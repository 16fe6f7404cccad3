using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Attachment1;
using static LanguageExt.Prelude;

namespace ScoringKernel.TestSupport;

/// <summary>
/// 衡贫发[2015]2号, Attachment 1, written out by hand from the regulation's text: the tests' oracle for the rule set the
/// product reads from <c>specs/rule-sets/hengyang-2015.yaml</c> (RuleSetFileTests holds the two equal), and the rules
/// the kernel's properties and examples score under. Production code never reads it.
/// </summary>
public static class Hengyang2015
{
    public const string Id = "hengyang-2015";

    public static readonly RuleSet RuleSet = new(
        Id: Id,
        Version: "1",
        Title: "2015年衡阳市精准扶贫工作考核量化考评表 (衡贫发[2015]2号 附件1)",
        Year: 2015,
        PovertyReduction: new(Standard: 15m, RateShort: new(1m, 1m), NoDynamicManagement: 3m),
        TargetedAssistance: new(Standard: 20m, CompletionTargetPercent: 100m, CompletionShort: new(1m, 0.5m)),
        VillageIncome: new(Standard: 5m, IncomeTargetYuan: 3650m, GrowthTargetPercent: 16m, IncomeShort: new(100m, 1m), GrowthShort: new(1m, 1m)),
        HouseRenovation: new(Standard: 5m, HouseholdsShort: new ByKind<StepRate>(County: new(1m, 0.3m), District: new(1m, 1m))),
        Leadership: new(Standard: 10m, NoSpecialStudy: 2m, NoTopLeaderResponsibility: 2m, NoPlanWithMeasures: 3m),
        VillageAssistance: new(
            Standard: 20m,
            VillagesWithoutTeam: new(1m, 0.5m),
            FundsDeliveredTargetPercent: 100m,
            FundsShort: new(1m, 0.5m),
            PerVillageInvestmentTargetWan: 30m,
            InvestmentShort: new(3m, 0.5m)),
        SocialInvestment: new(Standard: 7m, InvestmentShort: new ByKind<StepRate>(County: new(10m, 0.3m), District: new(5m, 0.5m)), NoPovertyDay: 2m),
        TotalInvestment: new(Standard: 5m, InvestmentShort: new ByKind<StepRate>(County: new(100m, 0.5m), District: new(50m, 1m))),
        OwnBudget: new(Standard: 8m, BudgetShort: new ByKind<StepRate>(County: new(10m, 0.5m), District: new(5m, 1m)), OtherFundsNotCompliant: 1m),
        WorkSystems: new(Standard: 5m, TargetPercent: 100m, ImplementationShort: new(5m, 0.5m)),
        Policy: UnitPolicy.Proportional,
        PassLine: 80m,
        Quotas: new GroupQuotas(CountiesAndCitiesClass1: 3, DistrictsClass1: 2),
        TieBreakOrder: Indicators.All,
        ScoreDecimals: 2);
}
