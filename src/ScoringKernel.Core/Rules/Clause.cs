namespace ScoringKernel.Core.Rules;

/// <summary>
/// The regulation's own words for one indicator of Attachment 1, an English rendering, and the reading
/// PRODUCT.md fixes where the text leaves room. The catalog and the explanations are built from these.
/// </summary>
public sealed record Clause(Indicator Indicator, string Id, string Requirement, string ScoringText, string English, string Reading);

public static class Clauses
{
    public static string Id(Indicator indicator) => indicator switch
    {
        Indicator.PovertyReduction => "附件1-一",
        Indicator.TargetedAssistance => "附件1-二",
        Indicator.VillageIncome => "附件1-三",
        Indicator.HouseRenovation => "附件1-四",
        Indicator.Leadership => "附件1-五",
        Indicator.VillageAssistance => "附件1-六",
        Indicator.SocialInvestment => "附件1-七",
        Indicator.TotalInvestment => "附件1-八",
        Indicator.OwnBudget => "附件1-九",
        Indicator.WorkSystems => "附件1-十",
    };

    public static Clause Of(Indicator indicator) => indicator switch
    {
        Indicator.PovertyReduction => new(indicator, Id(indicator),
            "扶贫建档立卡信息平台动态化管理,贫困对象减贫率达16.5%以上。(由统计局、扶贫办提供)",
            "减贫率每减少一个百分点扣1分。未落实建档立卡贫困户动态化管理扣3分",
            "Dynamic management of the registered poor-household platform; a poverty-reduction rate at or above the unit's target (16.5 %). Deduct 1 per percentage point the rate is short; deduct 3 if dynamic management of registered households is not in place.",
            "The target is the unit's reduction rate in Attachment 2 (16.5 / 16.7 / 17.5 %). The actual rate is persons lifted ÷ 2014 poor population × 100; a 2014 population of zero counts as fully met."),
        Indicator.TargetedAssistance => new(indicator, Id(indicator),
            "精准扶贫到人、精准扶贫到户完成任务100%。(由统计局、扶贫办提供)",
            "完成任务每减少一个百分点扣0.5分。",
            "Targeted assistance reaches 100 % of the persons and households assigned. Deduct 0.5 per percentage point of completion short.",
            "Completion is the lower of the persons rate and the households rate against Attachment 2, capped at 100; a target of zero counts as fully met."),
        Indicator.VillageIncome => new(indicator, Id(indicator),
            "贫困村居民年人均可支配收入达3650元,增长16%以上。(由统计局、扶贫办提供)",
            "收入每减少100元、增长每减少一个百分点扣1分。",
            "Per-capita disposable income of poor-village residents reaches 3650 yuan and grows by 16 % or more. Deduct 1 per 100 yuan of income short and 1 per percentage point of growth short.",
            "The targets are the unit's Attachment 2 columns (3650 yuan, 16 %), or the rule set's when the table leaves them empty. The two deductions add up."),
        Indicator.HouseRenovation => new(indicator, Id(indicator),
            "完成农村贫困户的危房改造任务。(由建设局、扶贫办提供)",
            "县市每减少一户扣0.3分。区每减少一户扣1分。",
            "Complete the renovation of rural poor households' dilapidated houses. Counties and cities: deduct 0.3 per household short; districts: deduct 1 per household short.",
            "The target is the unit's Attachment 2 households; county-level cities take the county rate."),
        Indicator.Leadership => new(indicator, Id(indicator),
            "加强对精准扶贫工作的领导,党委、政府专题研究扶贫工作,落实“一把手”负责制。制定扶贫规划,落实工作措施。(由扶贫办等部门提供)",
            "未专题研究扶贫工作扣2分,未落实“一把手”负责制扣2分,未制定扶贫规划,落实工作措施扣3分。",
            "Leadership of targeted poverty alleviation: the party committee and government study the work specially; the top leader is responsible; a plan is drawn up with measures. Deduct 2, 2 and 3 for each not done.",
            "Three yes/no facts; together they can take at most 7 of the 10 points, so the score never falls below 3."),
        Indicator.VillageAssistance => new(indicator, Id(indicator),
            "落实干部驻村帮扶100%,包村单位帮扶资金到位100%,贫困村年度扶贫项目投入30万元以上。(由组织部和扶贫办提供)。",
            "每减少帮扶1个村扣0.5分。帮扶资金每少1万元扣0.5分。扶贫项目投入每少3万元扣0.5分。",
            "Every poor village has a resident cadre team; the helping units deliver 100 % of their pledged funds; each poor village receives 30 万元 or more of project investment in the year. Deduct 0.5 per village without a team, 0.5 per 1 万元 of pledged funds not delivered, 0.5 per 3 万元 of project investment short.",
            "The village count is Attachment 2's. Project investment is judged village by village: each village's shortfall is counted in steps on its own and the steps are summed, so one village's surplus never offsets another's shortfall. A village missing from the list counts as having no team and zero investment."),
        Indicator.SocialInvestment => new(indicator, Id(indicator),
            "完成社会扶贫工作任务100%。开展好10.17全国扶贫日活动(由扶贫办及相关部门提供)",
            "县市每减少10万元扣0.3分。区每减少5万元扣0.5分。未按省办要求开展扶贫日活动的扣2分",
            "Complete 100 % of the social poverty-alleviation task; hold the 10·17 national poverty-alleviation day activities. Counties and cities: deduct 0.3 per 10 万元 short; districts: 0.5 per 5 万元 short; deduct 2 if the day's activities were not held as the provincial office requires.",
            "The target is the unit's Attachment 2 social investment."),
        Indicator.TotalInvestment => new(indicator, Id(indicator),
            "完成年度扶贫开发总投入目标任务。(由财政、统计、扶贫等部门提供)",
            "县市每少100万元扣0.5分。区每少50万元扣1分",
            "Reach the year's total poverty-alleviation investment target. Counties and cities: deduct 0.5 per 100 万元 short; districts: 1 per 50 万元 short.",
            "The target is the unit's Attachment 2 total investment; national, provincial and city fiscal funds count at their actual amounts (Attachment 2, note)."),
        Indicator.OwnBudget => new(indicator, Id(indicator),
            "完成精准扶贫专项资金列入财政预算;其他扶贫资金管理使用情况,(由财政、扶贫办等部门提供)",
            "县市财政预算安排每少10万元扣0.5分。区财政预算安排每少5万元扣1分。其他扶贫资金没有按政策规范使用的扣1分。",
            "Put targeted poverty-alleviation funds into the own-level fiscal budget; manage other poverty funds as policy requires. Counties and cities: deduct 0.5 per 10 万元 of budget short; districts: 1 per 5 万元 short; deduct 1 if other funds were not used as policy requires.",
            "The target is the unit's Attachment 2 own-level budget."),
        Indicator.WorkSystems => new(indicator, Id(indicator),
            "扶贫工作制度实施情况,包括扶贫项目公示、项目招投标、扶贫资金管理、扶贫统计监测等制度落实在100%。(由县扶贫办提供)",
            "扶贫工作制度落实情况每减少5%扣0.5分。",
            "The work systems (project publicity, project tendering, fund management, statistical monitoring) are 100 % implemented. Deduct 0.5 per 5 percentage points short.",
            "One implementation rate for the four systems together, as reported."),
    };

    /// <summary>Readings that hold for every indicator (PRODUCT.md).</summary>
    public const string CommonReadings =
        "An indicator's deductions together never exceed its standard score. 'Short' is max(0, target − actual). " +
        "'Per N short' counts steps under the rule set's unit policy (proportional, whole_units or started_units). " +
        "Each indicator score is rounded half away from zero to the rule set's decimals after capping; the total is the sum of the rounded scores.";
}
