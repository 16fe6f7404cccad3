import { h, table, button } from "./dom.js";
import { GRADE, gradeClass, GROUP } from "./words.js";
import { state } from "./data.js";
import { downloads } from "./downloads.js";
import { demoMode, documentWords } from "./round-state.js";

/** The notice as a page to print: in a round, the round's evaluation under its year, document and 文号 (草稿 before approval). */
export async function notice() {
  const a = state.assessment;
  const round = demoMode() ? null : state.round;
  const year = round ? state.year : state.catalog.year || 2015;
  const published = round?.publication;
  const mark = round && !round.approval ? h("p", { class: "draft-mark" }, "草稿(未经领导小组审定)") : null;
  const unqualified = a.scoreCards.filter(c => a.groups.some(g => g.units.some(u => u.unitCode === c.unitCode && u.grade === "GRADE_UNQUALIFIED")));
  const overstated = (state.evaluated?.units || []).filter(u => u.overstated);
  return [h("div", { class: "no-print" }, button("打印通报", () => window.print()), downloads(["noticeDocx"])),
    h("article", { class: "notice" },
      mark, h("h2", { class: "notice-title" }, `${year}年衡阳市精准扶贫工作考核情况通报`),
      published?.noticeNumber ? h("p", { class: "notice-number" }, `${published.noticeNumber} · ${published.issuedOn}`) : null,
      h("p", {}, `依据${round ? documentWords() : state.catalog.title || "考核办法"},各县市区考核结果通报如下。合格线 ${state.catalog.passLine} 分。`),
      a.groups.map(g => [h("h3", {}, GROUP[g.group]), table(null, ["名次", "单位", "总分", "等级"], g.units.map(u =>
        h("tr", { class: gradeClass(u.grade) }, h("td", {}, u.rank || "—"), h("td", {}, u.name), h("td", {}, u.total), h("td", {}, GRADE[u.grade]))))]),
      h("p", {}, `考核不合格的单位:${unqualified.length ? unqualified.map(c => c.name).join("、") : "无"}。`),
      state.evaluated ? h("p", {}, `自评总分高于核定总分1分及以上的单位:${overstated.length ? overstated.map(u => u.name).join("、") : "无"}。`) : null)];
}
