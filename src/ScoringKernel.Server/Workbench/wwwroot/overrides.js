// Pickers for one change (target, rule parameter, unit figure or policy), each with the current value beside it.
import { h, labelled, select, button } from "./dom.js";
import { SCOPES, POLICIES, YES_NO, parameterName } from "./words.js";
import { state, unitName, figureInfo, figureTitle, getFigure, unitFigures, shown } from "./data.js";

const camel = name => name.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());

export function parameterOptions() {
  const c = state.catalog;
  const list = [["pass_line", `合格线(现为 ${c.passLine})`], ["quotas.counties_and_cities_class_1", `县市组一类名额(现为 ${c.countiesAndCitiesClass1Quota})`], ["quotas.districts_class_1", `区组一类名额(现为 ${c.districtsClass1Quota})`]];
  for (const i of c.indicators) {
    const key = i.indicator.replace("INDICATOR_", "").toLowerCase();
    for (const p of i.parameters || [])
      if (!p.tableColumn) list.push([`${key}.${p.name}`, `${i.clauseId} ${parameterName(p.name)}(现为 ${p.value})`]);
  }
  return list;
}

const scopeUnits = scope => {
  const [k, v] = scope.split(":");
  return state.assessment.scoreCards.filter(c => k === "group" ? c.group === v : k === "kind" ? c.kind === v : c.unitCode === scope);
};
export function targetOf(code, field) {
  const info = state.catalog.targetFields.find(f => f.wireValue === field);
  return state.targets?.rows.find(r => r.code === code)?.[camel(info.name)];
}
/** What each unit of a target's scope has now: "衡阳县 16.5、衡南县 16.5 …". */
export function scopeNow(scope, field) {
  return scopeUnits(scope).map(c => `${c.name} ${targetOf(c.unitCode, field) ?? "—"}`).join("、");
}

export function describe(o) {
  const c = state.catalog;
  if (o.target) {
    const f = c.targetFields.find(x => x.wireValue === o.target.field);
    const scope = o.target.unitCode ? unitName(o.target.unitCode) : SCOPES.find(([k]) => k === (o.target.group ? `group:${o.target.group}` : `kind:${o.target.kind}`))?.[1];
    return `目标:${scope} ${f.label}(${f.unit})`;
  }
  if (o.parameter) return `参数:${parameterOptions().find(([k]) => k === o.parameter.path)?.[1] ?? o.parameter.path}`;
  if (o.policy) return `扣分口径:${POLICIES.find(([k]) => k === o.policy.unitPolicy)[1]}`;
  const f = figureInfo(o.figure.field);
  return `指标:${unitName(o.figure.unitCode)} ${figureTitle(f)}(现为 ${shown(f, getFigure(unitFigures(o.figure.unitCode), f))})`;
}

/** Pickers for one override: kind, then what it sets (its current value shown), then its value. No JSON to type. */
export function overrideEditor(onAdd, buttonText, forSweep) {
  const kind = select([["target", "目标(附件2)"], ["parameter", "规则参数"], ["figure", "单位指标"], ...(forSweep ? [] : [["policy", "扣分口径"]])], "target");
  const holder = h("span", {});
  let build;
  function draw() {
    holder.replaceChildren();
    const c = state.catalog;
    const units = state.assessment.scoreCards.map(x => [x.unitCode, `${x.name}(${x.unitCode})`]);
    const now = h("span", { class: "now", "aria-live": "polite" });
    if (kind.value === "target") {
      const field = select(c.targetFields.map(f => [f.wireValue, `${f.label}(${f.unit})`]));
      const scope = select([...SCOPES, ...units]);
      const value = h("input", { type: "text", size: 8 });
      const update = () => { now.textContent = `现值:${scopeNow(scope.value, field.value)}`; };
      field.addEventListener("change", update); scope.addEventListener("change", update); update();
      holder.append(labelled("目标列", field), labelled("范围", scope), forSweep ? "" : labelled("取值", value), now);
      build = () => {
        const t = { field: field.value, value: forSweep ? "0" : value.value };
        const [k, v] = scope.value.split(":");
        if (k === "group") t.group = v; else if (k === "kind") t.kind = v; else t.unitCode = scope.value;
        return { target: t };
      };
    } else if (kind.value === "parameter") {
      const path = select(parameterOptions());
      const value = h("input", { type: "text", size: 8 });
      holder.append(labelled("参数", path), forSweep ? "" : labelled("取值", value));
      build = () => ({ parameter: { path: path.value, value: forSweep ? "0" : value.value } });
    } else if (kind.value === "figure") {
      const unit = select(units);
      const field = select(c.figureFields.filter(f => f.kind !== "yes_no" || !forSweep).map(f => [f.wireValue, figureTitle(f)]));
      const slot = h("span", {});
      let value;
      const update = () => {
        const info = figureInfo(field.value);
        const current = getFigure(unitFigures(unit.value), info);
        now.textContent = `现值:${shown(info, current)}`;
        value = info.kind === "yes_no" ? select(YES_NO, current === "1" ? "0" : "1") : h("input", { type: "text", size: 8 });
        slot.replaceChildren(forSweep ? "" : labelled("取值", value));
      };
      unit.addEventListener("change", update); field.addEventListener("change", update); update();
      holder.append(labelled("单位", unit), labelled("指标", field), slot, now);
      build = () => ({ figure: { unitCode: unit.value, field: field.value, value: forSweep ? "0" : value.value } });
    } else {
      const policy = select(POLICIES);
      holder.append(labelled("扣分口径", policy));
      build = () => ({ policy: { unitPolicy: policy.value } });
    }
  }
  kind.addEventListener("change", draw);
  draw();
  return h("div", { class: "editor" }, labelled("类型", kind), holder, button(buttonText, () => onAdd(build())));
}
