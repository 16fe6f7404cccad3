import { h, labelled, select, table, button } from "./dom.js";
import { call, scope, isAbort, errorText } from "./api.js";
import { GRADE, GROUP, BOUNDARY, YES_NO } from "./words.js";
import { startsFrom } from "./round-state.js";
import { state, baseRequest, figureInfo } from "./data.js";
import { describe, overrideEditor, preview, wire } from "./overrides.js";

export async function whatif() {
  if (!state.scenarios.length) state.scenarios.push({ name: "方案1", overrides: [] });
  const area = h("div", { id: "comparison" });
  const redraw = () => window.workbench.route();
  const blocks = state.scenarios.map(scenario => h("fieldset", { class: "scenario" },
    h("legend", {}, scenario.name),
    h("ul", { class: "overrides" }, scenario.overrides.map((o, oi) => h("li", {}, describe(o), " ",
      valueEditor(o, area), button("删除", () => { scenario.overrides.splice(oi, 1); redraw(); }, { "aria-label": `删除 ${describe(o)}` })))),
    overrideEditor(o => { scenario.overrides.push(o); redraw(); }, `添加到${scenario.name}`)));
  const add = button("新增方案", () => { state.scenarios.push({ name: `方案${state.scenarios.length + 1}`, overrides: [] }); redraw(); });
  setTimeout(() => compare(area), 0);
  return [h("h2", {}, "假设分析:改变目标、参数或指标,比较得分、名次和等级"), h("p", { class: "starts-from" }, startsFrom()), h("div", { class: "scenarios" }, blocks), add, area];
}

function valueEditor(o, area) {
  const holder = o.target || o.parameter || o.figure;
  if (!holder) return null;
  const info = o.figure ? figureInfo(o.figure.field) : null;
  const now = h("span", { class: "now", "aria-live": "polite" }, preview(o));
  if (info?.kind === "yes_no") {
    const picker = select(YES_NO, holder.value);
    picker.addEventListener("change", () => { holder.value = picker.value; now.textContent = preview(o); compare(area); });
    return [labelled("取值", picker), now];
  }
  // A relative change keeps what was asked ("+20 %"); the value each unit gets is the preview's.
  const input = h("input", { type: "text", value: o.change ? o.change.by : holder.value, size: 8, inputmode: "decimal" });
  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => { if (o.change) o.change.by = input.value; else holder.value = input.value; now.textContent = preview(o); compare(area); }, 120);
  });
  return [labelled(o.change ? (o.change.mode === "percent" ? "取值(%)" : "取值(增减)") : "取值", input), now];
}

async function compare(area) {
  const scenarios = state.scenarios.filter(x => x.overrides.length);
  if (!scenarios.length) { area.replaceChildren(h("p", {}, "添加一项改变后,这里显示各单位得分、名次和等级的变化。")); return; }
  const started = performance.now();
  let reply;
  try {
    reply = await call("/v1/scenarios:compare", { body: { base: baseRequest(), scenarios: scenarios.map(x => ({ name: x.name, overrides: x.overrides.flatMap(wire) })) }, signal: scope("compare") });
  } catch (e) {
    if (isAbort(e)) return;
    area.replaceChildren(h("p", { class: "error", role: "alert" }, errorText(e)));
    return;
  }
  const first = reply.comparisons[0];
  const rows = first.units.map(u => h("tr", { "data-unit": u.unitCode },
    h("td", {}, u.name), h("td", {}, GROUP[u.group]), h("td", {}, u.totalBefore), h("td", {}, GRADE[u.gradeBefore]),
    reply.comparisons.map(c => {
      const x = c.units.find(y => y.unitCode === u.unitCode);
      const crossing = (x.crossings || []).map(k => `${BOUNDARY[k.boundary] || ""}${k.direction === "DIRECTION_UP" ? "↑" : "↓"}`).join(" ");
      const cls = (x.crossings || []).some(k => k.direction === "DIRECTION_DOWN") ? "cross-down" : (x.crossings || []).length ? "cross-up" : null;
      return [h("td", { class: cls, "data-scenario": c.scenario, "data-total": x.totalAfter }, `${x.totalAfter}(${Number(x.totalDelta) > 0 ? "+" : ""}${x.totalDelta})`),
        h("td", {}, `${x.rankBefore || "—"}→${x.rankAfter || "—"}`), h("td", { class: cls }, `${GRADE[x.gradeAfter]}${crossing ? " " + crossing : ""}`)];
    })));
  area.replaceChildren(table("各单位在各方案下的变化(越过合格线或一类线的单元格标色)",
    ["单位", "组", "现总分", "现等级", ...reply.comparisons.flatMap(c => [`${c.scenario} 总分`, `${c.scenario} 名次`, `${c.scenario} 等级`])], rows));
  state.timings.push(performance.now() - started);
  area.dataset.updated = String(state.timings.length);
}
