import { h, table } from "./dom.js";
import { GRADE, gradeClass, GROUP } from "./words.js";
import { state } from "./data.js";
import { barChart } from "./charts.js";
import { issuesOf, problemTable } from "./api.js";
import { downloads } from "./downloads.js";
import { demoMode } from "./round-state.js";

export async function ranking() {
  const evaluated = new Map((state.evaluated?.units || []).map(u => [u.unitCode, u]));
  // 四: below the pass line, 通报批评 — as the notice and the result workbook say it.
  const criticised = new Set(state.assessment.criticisedUnitCodes || []);
  // The unit code only in demo mode; in a round the clerk reads names.
  const codes = demoMode();
  const headers = ["名次", "单位", ...(codes ? ["代码"] : []), "总分", "等级", "备注", ...(state.evaluated ? ["自评", "核定", "差值"] : [])];
  const groups = state.assessment.groups.map(g => h("section", { class: "group", "data-group": g.group },
    h("h2", {}, `${GROUP[g.group]}(一类名额 ${g.class1Quota} 名)`),
    table(null, headers, g.units.map(u => {
      const e = evaluated.get(u.unitCode);
      const card = state.assessment.scoreCards.find(c => c.unitCode === u.unitCode);
      const note = [u.tieUnresolved ? "并列,待领导小组裁定" : "", card?.fundsMisused ? "违规违纪使用扶贫资金,取消排序资格" : "",
        criticised.has(u.unitCode) ? "低于合格线,通报批评" : "", e?.overstated ? "自评高于核定1分及以上" : ""].filter(Boolean).join(";");
      return h("tr", { class: gradeClass(u.grade), "data-unit": u.unitCode },
        h("td", {}, u.rank || "—"), h("td", {}, h("a", { href: `#/unit/${u.unitCode}` }, u.name)), codes ? h("td", {}, u.unitCode) : null,
        h("td", {}, u.total), h("td", {}, GRADE[u.grade]), h("td", { class: "text" }, note),
        e ? [h("td", {}, e.selfEvaluated.total), h("td", {}, e.evaluated.total), h("td", {}, e.totalDifference)] : null);
    }), { id: `table-${g.group}` }),
    barChart(g, state.catalog.passLine, code => { location.hash = `#/unit/${code}`; }, `table-${g.group}`)));
  const overstated = (state.evaluated?.units || []).filter(u => u.overstated);
  const issues = [...issuesOf(state.assessment.tableIssues), ...issuesOf(state.assessment.consistencyWarnings), ...issuesOf(state.evaluated?.warnings)];
  return [h("h2", {}, codes ? "各组排名与等级(演示数据)" : `${state.year}年度各组排名与等级(${state.round?.approval ? "已审定" : "尚未审定"})`), downloads(),
    state.evaluated ? h("p", { class: "callout" }, "自评总分高于核定总分1分及以上的单位:",
      overstated.length ? overstated.map(u => `${u.name}(自评 ${u.selfEvaluated.total},核定 ${u.evaluated.total})`).join("、") : "无") : null,
    h("div", { class: state.evaluated ? "groups evaluated" : "groups" }, groups),
    issues.length ? h("details", {}, h("summary", {}, `提示 ${issues.length} 条(目标表核对、数据前后矛盾、部门数据来源)`),
      problemTable(null, issues)) : null];
}
