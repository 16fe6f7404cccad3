import { h, labelled, select, table } from "./dom.js";
import { call, scope } from "./api.js";
import { startsFrom } from "./round-state.js";
import { state, baseRequest, unitName, shown } from "./data.js";
import { thresholds } from "./view-thresholds.js";

export async function margins(code) {
  const cards = state.assessment.scoreCards;
  code = code || cards[0].unitCode;
  const picker = select(cards.map(c => [c.unitCode, c.name]), code);
  picker.addEventListener("change", () => { location.hash = `#/margins/${picker.value}`; });
  const base = baseRequest();
  const signal = scope("view");
  const [answer, reach] = await Promise.all([
    call("/v1/scenarios:margins", { body: { base, unitCode: code }, signal }),
    call("/v1/scenarios:reach", { body: { ruleSetId: base.ruleSetId || "" }, signal })]);
  const byField = {};
  for (const m of answer.margins || []) (byField[m.field] ??= {})[m.goal] = m;
  const fields = state.catalog.figureFields.filter(f => byField[f.wireValue]);
  const cell = (f, m) => !m ? "" : m.status === "MARGIN_STATUS_MET" ? "已达到" : m.status === "MARGIN_STATUS_REACHABLE" ? shown(f, m.required) : "无法达到";
  const change = m => m?.status === "MARGIN_STATUS_REACHABLE" ? (Number(m.change) > 0 ? "+" : "") + m.change : "";
  const why = m => !m ? "" : `${m.thresholdTotal ? `须达 ${m.thresholdTotal} 分` : ""}${m.thresholdTotal && m.localizedReason?.message ? ";" : ""}${m.localizedReason?.message || ""}`;
  const r = (reach.reaches || []).find(x => x.unitCode === code);
  const pass = state.catalog.passLine;
  return [h("h2", {}, "差距与可达"), h("p", { class: "starts-from" }, startsFrom()), labelled("单位", picker), h("a", { href: "#thresholds", class: "button", onclick: e => { e.preventDefault(); document.getElementById("thresholds").scrollIntoView(); } }, "阈值分析(目标、参数的精确区间)↓"),
    h("p", {}, `${unitName(code)} 当前总分 ${cards.find(c => c.unitCode === code).total};在现行规则与目标下,可能的最低总分 ${r?.lowestTotal ?? "—"},最高总分 ${r?.highestTotal ?? "—"}。`),
    table("单一指标需要达到的数值(其余指标不变)", ["条款", "指标", "单位", "当前值", `合格(${pass}分)所需`, "变化", "一类所需", "变化", "合格:所需分数与原因", "一类:所需分数与原因"], fields.map(f => {
      const p = byField[f.wireValue].GOAL_PASS_LINE, c1 = byField[f.wireValue].GOAL_CLASS_1;
      return h("tr", { "data-field": f.wireValue }, h("td", {}, f.clauseId || ""), h("td", { class: "text" }, f.label), h("td", {}, f.unit),
        h("td", {}, shown(f, p?.current ?? c1?.current)), h("td", {}, cell(f, p)), h("td", {}, change(p)),
        h("td", {}, cell(f, c1)), h("td", {}, change(c1)),
        h("td", { class: "text", "data-goal": "pass" }, why(p)), h("td", { class: "text", "data-goal": "class1", "data-threshold": c1?.thresholdTotal || "" }, why(c1)));
    })), thresholds(code)];
}
