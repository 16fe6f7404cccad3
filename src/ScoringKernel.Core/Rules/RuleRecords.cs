using ScoringKernel.Core.Units;

namespace ScoringKernel.Core.Rules;

// The parameters of each rule of Attachment 1: data a scenario may change. The formulas are in Scoring/.

/// <summary>一: "减贫率每减少一个百分点扣1分。未落实建档立卡贫困户动态化管理扣3分".</summary>
public sealed record PovertyReductionRule(decimal Standard, StepRate RateShort, decimal NoDynamicManagement);

/// <summary>二: "完成任务每减少一个百分点扣0.5分" against a completion target of 100 %.</summary>
public sealed record TargetedAssistanceRule(decimal Standard, decimal CompletionTargetPercent, StepRate CompletionShort);

/// <summary>三: "收入每减少100元、增长每减少一个百分点扣1分"; the targets apply where Attachment 2 leaves them empty.</summary>
public sealed record VillageIncomeRule(decimal Standard, decimal IncomeTargetYuan, decimal GrowthTargetPercent, StepRate IncomeShort, StepRate GrowthShort);

/// <summary>四: "县市每减少一户扣0.3分。区每减少一户扣1分".</summary>
public sealed record HouseRenovationRule(decimal Standard, ByKind<StepRate> HouseholdsShort);

/// <summary>五: "未专题研究扶贫工作扣2分,未落实“一把手”负责制扣2分,未制定扶贫规划,落实工作措施扣3分".</summary>
public sealed record LeadershipRule(decimal Standard, decimal NoSpecialStudy, decimal NoTopLeaderResponsibility, decimal NoPlanWithMeasures);

/// <summary>六: "每减少帮扶1个村扣0.5分。帮扶资金每少1万元扣0.5分。扶贫项目投入每少3万元扣0.5分".</summary>
public sealed record VillageAssistanceRule(
    decimal Standard,
    StepRate VillagesWithoutTeam,
    decimal FundsDeliveredTargetPercent,
    StepRate FundsShort,
    decimal PerVillageInvestmentTargetWan,
    StepRate InvestmentShort);

/// <summary>七: "县市每减少10万元扣0.3分。区每减少5万元扣0.5分。未按省办要求开展扶贫日活动的扣2分".</summary>
public sealed record SocialInvestmentRule(decimal Standard, ByKind<StepRate> InvestmentShort, decimal NoPovertyDay);

/// <summary>八: "县市每少100万元扣0.5分。区每少50万元扣1分".</summary>
public sealed record TotalInvestmentRule(decimal Standard, ByKind<StepRate> InvestmentShort);

/// <summary>九: "县市财政预算安排每少10万元扣0.5分。区财政预算安排每少5万元扣1分。其他扶贫资金没有按政策规范使用的扣1分".</summary>
public sealed record OwnBudgetRule(decimal Standard, ByKind<StepRate> BudgetShort, decimal OtherFundsNotCompliant);

/// <summary>十: "扶贫工作制度落实情况每减少5%扣0.5分" against 100 %.</summary>
public sealed record WorkSystemsRule(decimal Standard, decimal TargetPercent, StepRate ImplementationShort);

/// <summary>A group's Class 1 quota; the rest of the group's qualified units are Class 2.</summary>
public sealed record GroupQuotas(int CountiesAndCitiesClass1, int DistrictsClass1)
{
    public int Class1(AssessmentGroup group) => group switch
    {
        AssessmentGroup.CountiesAndCities => CountiesAndCitiesClass1,
        AssessmentGroup.Districts => DistrictsClass1,
    };
}
