import { h, table, button } from "./dom.js";
import { GRADE, gradeClass, GROUP } from "./words.js";
import { state } from "./data.js";
import { downloads } from "./downloads.js";

/** The notice (考核情况通报) as a page to print: the print stylesheet hides the workbench around it. */
export async function notice() {
  const a = state.assessment;
  const unqualified = a.scoreCards.filter(c => a.groups.some(g => g.units.some(u => u.unitCode === c.unitCode && u.grade === "GRADE_UNQUALIFIED")));
  const overstated = (state.evaluated?.units || []).filter(u => u.overstated);
  return [h("div", { class: "no-print" }, button("打印通报", () => window.print()), downloads(["notice"])),
    h("article", { class: "notice" },
      h("h2", { class: "notice-title" }, `${state.catalog.year || 2015}年衡阳市精准扶贫工作考核情况通报`),
      h("p", {}, `依据${state.catalog.title || "考核办法"},各县市区考核结果通报如下。合格线 ${state.catalog.passLine} 分。`),
      a.groups.map(g => [h("h3", {}, GROUP[g.group]), table(null, ["名次", "单位", "总分", "等级"], g.units.map(u =>
        h("tr", { class: gradeClass(u.grade) }, h("td", {}, u.rank || "—"), h("td", {}, u.name), h("td", {}, u.total), h("td", {}, GRADE[u.grade]))))]),
      h("p", {}, `考核不合格的单位:${unqualified.length ? unqualified.map(c => c.name).join("、") : "无"}。`),
      state.evaluated ? h("p", {}, `自评总分高于核定总分1分及以上的单位:${overstated.length ? overstated.map(u => u.name).join("、") : "无"}。`) : null)];
}
