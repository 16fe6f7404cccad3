// 指标数据 in a round: each unit's figures as the round's evaluation resolved them, with where each came from (自评,
// a department, a finding). They are changed in the round view (a new self-evaluation, a department's figures, a
// finding), never here: this view only reads.
import { h, labelled, select, table } from "./dom.js";
import { state } from "./data.js";

export function roundFigures(arg) {
  const units = state.roundEvaluated.units;
  const chosen = units.find(u => u.unitCode === arg) || units.find(u => u.unitCode === state.figuresUnit) || units[0];
  state.figuresUnit = chosen.unitCode;
  const picker = select(units.map(u => [u.unitCode, u.name]), chosen.unitCode);
  picker.addEventListener("change", () => { location.hash = `#/figures/${picker.value}`; });
  return [h("h2", {}, `指标数据(${state.year}年度考核的核定数据)`),
    h("p", { class: "callout" }, "本年度的指标在“考核轮次”中报送和更正(导入填报工作簿、单位自评、部门数据、检查发现);这里显示核定后的数值及其来源。",
      h("a", { href: `#/round/${state.year}` }, "到考核轮次")),
    labelled("单位", picker),
    table(`${chosen.name}:核定的指标及来源`, ["指标", "核定数值", "来源", "说明"], (chosen.figures || []).map(f => h("tr", { "data-path": f.path },
      h("td", { class: "text" }, f.label), h("td", {}, f.display), h("td", {}, f.source?.words || ""), h("td", { class: "text" }, f.source?.note || ""))), { class: "round-figures" })];
}
