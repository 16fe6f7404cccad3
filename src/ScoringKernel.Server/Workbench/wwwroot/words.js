// The page's words for the wire's enums, in one place. Figure and target names, units and clauses come from the
// catalog (GET /v1/ruleSets/{id}), the rule parameters' too (each parameter's label and path), and so do the grades'
// and departments' words (useCatalogWords).
/** Each grade's words (GRADE_CLASS_1: 一类 …, in the order grades rank), from the catalog's grade_labels. */
export const GRADE = {};
/** A grade's CSS class, the wire's name without its prefix as the CSV's machine column has it: GRADE_CLASS_1 → class_1. */
export const gradeClass = grade => String(grade || "").slice("GRADE_".length).toLowerCase();
export const GROUP = { ASSESSMENT_GROUP_COUNTIES_AND_CITIES: "县市组", ASSESSMENT_GROUP_DISTRICTS: "区组" };
export const MEASURE = { MEASURE_PERCENT: "%", MEASURE_YUAN: "元", MEASURE_WAN: "万元", MEASURE_HOUSEHOLDS: "户", MEASURE_VILLAGES: "个村", MEASURE_FLAG: "" };
export const SCOPES = [
  ["group:ASSESSMENT_GROUP_COUNTIES_AND_CITIES", "县市组全部单位"], ["group:ASSESSMENT_GROUP_DISTRICTS", "区组全部单位"],
  ["kind:UNIT_KIND_COUNTY", "各县"], ["kind:UNIT_KIND_COUNTY_CITY", "各县级市"], ["kind:UNIT_KIND_DISTRICT", "各区"],
];
export const POLICIES = [["UNIT_POLICY_PROPORTIONAL", "按比例扣分"], ["UNIT_POLICY_WHOLE_UNITS", "满一个单位才扣"], ["UNIT_POLICY_STARTED_UNITS", "不足一个单位按一个扣"]];
/** Each department that provides figures, [value, words], from the catalog's department_labels. */
export const DEPARTMENTS = [];
export const departmentWords = d => DEPARTMENTS.find(([k]) => k === d)?.[1] || "部门";

/** The words the server's catalog (GET /v1/ruleSets/{id}) gives for the wire's grades and departments, taken once it is read. */
export function useCatalogWords(catalog) {
  for (const { value, label } of catalog.gradeLabels || []) GRADE[value] = label;
  DEPARTMENTS.splice(0, DEPARTMENTS.length, ...(catalog.departmentLabels || []).map(({ value, label }) => [value, label]));
}
export const ROUND_STATUS = { ROUND_STATUS_OPEN: "进行中", ROUND_STATUS_CLOSED: "报送截止", ROUND_STATUS_APPROVED: "已审定", ROUND_STATUS_PUBLISHED: "已通报" };
export const YES_NO = [["1", "是"], ["0", "否"]];
/** Each kind of check a finding comes from, [value, words]. */
export const CHECKS = [["CHECK_KIND_YEAR_END", "年终考核"], ["CHECK_KIND_ROUTINE", "平时检查"]];
export const checkWords = check => CHECKS.find(([k]) => k === check)?.[1] || "";
export const BOUNDARY = { BOUNDARY_PASS_LINE: "合格线", BOUNDARY_CLASS_1: "一类线" };

