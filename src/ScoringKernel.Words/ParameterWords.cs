using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Rules;

namespace ScoringKernel.Words;

/// <summary>
/// What the office calls each numeric parameter of a rule set: "减贫率差距(百分点) 每档", "县市 危房改造差距(户) 每档扣分",
/// "合格线". The catalog (GetRuleSet) carries the Chinese one beside each parameter, so the page and the command line name
/// parameters as the regulation does, never by path.
/// </summary>
public static class ParameterWords
{
    public static string Label(RuleParameterDef parameter, Language language = Languages.Default)
    {
        var zh = language == Language.ZhCn;
        if (parameter == RuleParameters.PassLine) return zh ? "合格线" : "pass line";
        if (parameter == RuleParameters.CountiesAndCitiesClass1Quota) return zh ? "县市组一类名额" : "Class 1 places of the counties and cities";
        if (parameter == RuleParameters.DistrictsClass1Quota) return zh ? "区组一类名额" : "Class 1 places of the districts";
        var indicator = parameter.Indicator.Match(i => i, () => Indicator.PovertyReduction);
        var parts = parameter.Name.Split('.');
        if (parts.Length == 1) return Whole(parts[0], zh);
        var who = parts.Contains("county") ? (zh ? "县市 " : "counties and cities: ") : parts.Contains("district") ? (zh ? "区 " : "districts: ") : "";
        var last = parts[^1];
        var subject = Subject(indicator, parts[0], zh);
        return zh
            ? $"{who}{subject} {(last == "step" ? "每档" : last == "deduction" ? "每档扣分" : last)}"
            : $"{who}{subject}, {(last == "step" ? "step" : last == "deduction" ? "deduction per step" : last)}";
    }

    private static string Whole(string name, bool zh) => (name, zh) switch
    {
        ("standard", true) => "标准分",
        ("standard", false) => "standard score",
        ("no_dynamic_management", true) => "未落实动态化管理扣分",
        ("no_dynamic_management", false) => "deduction without dynamic management",
        ("completion_target_percent", true) => "精准扶贫完成目标(%)",
        ("completion_target_percent", false) => "targeted assistance completion target (%)",
        ("income_target_yuan", true) => "人均收入目标(元)",
        ("income_target_yuan", false) => "per-capita income target (yuan)",
        ("growth_target_percent", true) => "收入增长目标(%)",
        ("growth_target_percent", false) => "income growth target (%)",
        ("no_special_study", true) => "未专题研究扣分",
        ("no_special_study", false) => "deduction without a special study",
        ("no_top_leader_responsibility", true) => "未落实“一把手”负责制扣分",
        ("no_top_leader_responsibility", false) => "deduction without top-leader responsibility",
        ("no_plan_with_measures", true) => "未制定规划和措施扣分",
        ("no_plan_with_measures", false) => "deduction without a plan and measures",
        ("funds_delivered_target_percent", true) => "帮扶资金到位目标(%)",
        ("funds_delivered_target_percent", false) => "assistance funds delivered target (%)",
        ("per_village_investment_target_wan", true) => "每村项目投入目标(万元)",
        ("per_village_investment_target_wan", false) => "project investment target per village (万元)",
        ("no_poverty_day", true) => "未开展扶贫日活动扣分",
        ("no_poverty_day", false) => "deduction without poverty-alleviation day activities",
        ("other_funds_not_compliant", true) => "其他扶贫资金未规范使用扣分",
        ("other_funds_not_compliant", false) => "deduction for other funds not used as the policy requires",
        ("target_percent", true) => "制度落实目标(%)",
        ("target_percent", false) => "work systems implementation target (%)",
        (_, true) => $"参数 {name}",
        (_, false) => name,
    };

    private static string Subject(Indicator indicator, string name, bool zh) => (indicator, name, zh) switch
    {
        (_, "rate_short", true) => "减贫率差距(百分点)",
        (_, "rate_short", false) => "reduction rate shortfall (points)",
        (_, "completion_short", true) => "精准扶贫完成率差距(百分点)",
        (_, "completion_short", false) => "completion shortfall (points)",
        (_, "income_short", true) => "人均收入差距(元)",
        (_, "income_short", false) => "income shortfall (yuan)",
        (_, "growth_short", true) => "收入增长差距(百分点)",
        (_, "growth_short", false) => "growth shortfall (points)",
        (_, "households_short", true) => "危房改造差距(户)",
        (_, "households_short", false) => "renovation shortfall (households)",
        (_, "villages_without_team", true) => "未派驻工作队的村(个)",
        (_, "villages_without_team", false) => "villages without a resident team",
        (_, "funds_short", true) => "帮扶资金到位差距(万元)",
        (_, "funds_short", false) => "assistance funds shortfall (万元)",
        (Indicator.VillageAssistance, "investment_short", true) => "每村项目投入差距(万元)",
        (Indicator.VillageAssistance, "investment_short", false) => "project investment shortfall per village (万元)",
        (Indicator.SocialInvestment, "investment_short", true) => "社会扶贫投入差距(万元)",
        (Indicator.SocialInvestment, "investment_short", false) => "social investment shortfall (万元)",
        (_, "investment_short", true) => "扶贫开发总投入差距(万元)",
        (_, "investment_short", false) => "total investment shortfall (万元)",
        (_, "budget_short", true) => "本级财政预算差距(万元)",
        (_, "budget_short", false) => "own budget shortfall (万元)",
        (_, "implementation_short", true) => "制度落实率差距(百分点)",
        (_, "implementation_short", false) => "implementation shortfall (points)",
        (_, _, true) => $"参数 {name}",
        (_, _, false) => name,
    };
}
