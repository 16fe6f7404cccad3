// The page's words for the wire's enums, in one place. Figure and target names, units and clauses come from the
// catalog (GET /v1/ruleSets/{id}); the rule parameters have no Chinese name in the catalog yet, so theirs are here.
export const GRADE = { GRADE_CLASS_1: "一类", GRADE_CLASS_2: "二类", GRADE_UNQUALIFIED: "不合格", GRADE_DISQUALIFIED: "取消排序资格" };
export const GRADE_CLASS = { GRADE_CLASS_1: "class_1", GRADE_CLASS_2: "class_2", GRADE_UNQUALIFIED: "unqualified", GRADE_DISQUALIFIED: "disqualified" };
export const GROUP = { ASSESSMENT_GROUP_COUNTIES_AND_CITIES: "县市组", ASSESSMENT_GROUP_DISTRICTS: "区组" };
export const MEASURE = { MEASURE_PERCENT: "%", MEASURE_YUAN: "元", MEASURE_WAN: "万元", MEASURE_HOUSEHOLDS: "户", MEASURE_VILLAGES: "个村", MEASURE_FLAG: "" };
export const SCOPES = [
  ["group:ASSESSMENT_GROUP_COUNTIES_AND_CITIES", "县市组全部单位"], ["group:ASSESSMENT_GROUP_DISTRICTS", "区组全部单位"],
  ["kind:UNIT_KIND_COUNTY", "各县"], ["kind:UNIT_KIND_COUNTY_CITY", "各县级市"], ["kind:UNIT_KIND_DISTRICT", "各区"],
];
export const POLICIES = [["UNIT_POLICY_PROPORTIONAL", "按比例扣分"], ["UNIT_POLICY_WHOLE_UNITS", "满一个单位才扣"], ["UNIT_POLICY_STARTED_UNITS", "不足一个单位按一个扣"]];
export const DEPARTMENTS = [
  ["DEPARTMENT_ORGANIZATION", "组织部"], ["DEPARTMENT_POVERTY_ALLEVIATION_OFFICE", "扶贫办"], ["DEPARTMENT_STATISTICS_BUREAU", "统计局"],
  ["DEPARTMENT_FINANCE_BUREAU", "财政局"], ["DEPARTMENT_HOUSING_AND_CONSTRUCTION_BUREAU", "住建局"],
];
export const ROUND_STATUS = { ROUND_STATUS_OPEN: "进行中", ROUND_STATUS_APPROVED: "已审定", ROUND_STATUS_PUBLISHED: "已通报" };
export const YES_NO = [["1", "是"], ["0", "否"]];
export const BOUNDARY = { BOUNDARY_PASS_LINE: "合格线", BOUNDARY_CLASS_1: "一类线" };

const SUBJECT = {
  rate_short: "减贫率差距(百分点)", completion_short: "精准扶贫完成率差距(百分点)", income_short: "人均收入差距(元)",
  growth_short: "收入增长差距(百分点)", households_short: "危房改造差距(户)", villages_without_team: "未派驻工作队的村(个)",
  funds_short: "帮扶资金到位差距(万元)", investment_short: "投入差距(万元)", budget_short: "财政预算差距(万元)",
  implementation_short: "制度落实率差距(百分点)",
};
const WHOLE = {
  standard: "标准分", no_dynamic_management: "未落实动态化管理扣分", completion_target_percent: "精准扶贫完成目标(%)",
  income_target_yuan: "人均收入目标(元)", growth_target_percent: "收入增长目标(%)", no_special_study: "未专题研究扣分",
  no_top_leader_responsibility: "未落实“一把手”负责制扣分", no_plan_with_measures: "未制定规划和措施扣分",
  funds_delivered_target_percent: "帮扶资金到位目标(%)", per_village_investment_target_wan: "每村项目投入目标(万元)",
  no_poverty_day: "未开展扶贫日活动扣分", other_funds_not_compliant: "其他扶贫资金未规范使用扣分", target_percent: "制度落实目标(%)",
};
/** A rule parameter's Chinese name: "减贫率差距(百分点) 每档" for rate_short.step. */
export function parameterName(name) {
  if (WHOLE[name]) return WHOLE[name];
  const parts = name.split(".");
  const who = parts.includes("county") ? "县市" : parts.includes("district") ? "区" : "";
  const last = parts[parts.length - 1];
  const subject = SUBJECT[parts[0]] || parts[0];
  return `${who}${subject}${last === "step" ? " 每档" : last === "deduction" ? " 每档扣分" : " " + last}`;
}
