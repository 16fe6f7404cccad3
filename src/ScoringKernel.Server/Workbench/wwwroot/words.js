// The page's words for the wire's enums, in one place. Figure and target names, units and clauses come from the
// catalog (GET /v1/ruleSets/{id}), the rule parameters' too (each parameter's label and path).
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

