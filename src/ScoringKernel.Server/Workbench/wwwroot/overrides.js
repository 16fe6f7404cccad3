// Pickers for one change (target, rule parameter, unit figure or policy), each with the current value beside it.
import { h, labelled, select, button } from "./dom.js";
import { SCOPES, POLICIES, YES_NO } from "./words.js";
import { state, unitName, figureInfo, figureTitle, getFigure, unitFigures, shown, jsonName } from "./data.js";
import { changed, parse, compare } from "./decimal.js";

/** How a value is changed: set to, add to, or by a percentage of each unit's own value. */
export const MODES = [["set", "设为"], ["add", "增减(+/−)"], ["percent", "按百分比增减(%)"]];


/** Every rule parameter a scenario may set, named as the catalog names it (its Chinese label), its value beside it. */
export function parameterOptions() {
  return parameters().map(p => [p.path, `${p.name}(现为 ${p.value})`]);
}

/** Every parameter a scenario may set, with its name ("附件1-六 驻村工作队扣分") and current value. */
function parameters() {
  const c = state.catalog;
  const list = (c.rankingParameters || []).map(p => ({ path: p.path, name: p.label, value: p.value }));
  for (const i of c.indicators)
    for (const p of i.parameters || [])
      if (!p.tableColumn) list.push({ path: p.path, name: `${i.clauseId} ${p.label}`, value: p.value });
  return list;
}

/** A parameter's name without its value, for an axis. */
export const parameterName = path => parameters().find(p => p.path === path)?.name ?? path;

export const scopeUnits = scope => {
  const [k, v] = scope.split(":");
  return state.assessment.scoreCards.filter(c => k === "group" ? c.group === v : k === "kind" ? c.kind === v : c.unitCode === scope);
};
export function targetOf(code, field) {
  const info = state.catalog.targetFields.find(f => f.wireValue === field);
  return state.targets?.rows.find(r => r.code === code)?.[jsonName(info.name)];
}
/** What each unit of a target's scope has now: "衡阳县 16.5、衡南县 16.5 …". */
export function scopeNow(scope, field) {
  return scopeUnits(scope).map(c => `${c.name} ${targetOf(c.unitCode, field) ?? "—"}`).join("、");
}

const modeWords = o => !o.change || o.change.mode === "set" ? "" : `,${o.change.mode === "add" ? "增减" : "按百分比增减(%)"}`;

/** Whom a target override covers: a unit's name, a kind or a group. */
export const targetScope = o => o.target.unitCode ? unitName(o.target.unitCode)
  : SCOPES.find(([k]) => k === (o.target.group ? `group:${o.target.group}` : `kind:${o.target.kind}`))?.[1];

export function describe(o) {
  return describeOne(o) + modeWords(o);
}
function describeOne(o) {
  const c = state.catalog;
  if (o.target) {
    const f = c.targetFields.find(x => x.wireValue === o.target.field);
    return `目标:${targetScope(o)} ${f.label}(${f.unit})`;
  }
  if (o.parameter) return `参数:${parameterOptions().find(([k]) => k === o.parameter.path)?.[1] ?? o.parameter.path}`;
  if (o.policy) return `扣分口径:${POLICIES.find(([k]) => k === o.policy.unitPolicy)[1]}`;
  const f = figureInfo(o.figure.field);
  return `指标:${unitName(o.figure.unitCode)} ${figureTitle(f)}(现为 ${shown(f, getFigure(unitFigures(o.figure.unitCode), f))})`;
}

/** A parameter's current value in the catalog ("pass_line" → "80"). */
export function parameterValue(path) {
  const c = state.catalog;
  return [...(c.rankingParameters || []), ...c.indicators.flatMap(i => i.parameters || [])].find(p => p.path === path)?.value;
}

/**
 * What an override sets, unit by unit: [{ who, code, now, after }] from each unit's current value and the change
 * (set to / add / percentage), in exact decimal strings. The scope's preview and the wire both read it.
 */
export function effects(o) {
  const mode = o.change?.mode || "set";
  const by = o.change ? o.change.by : (o.target || o.parameter || o.figure)?.value;
  if (o.target) {
    const t = o.target;
    const scope = t.unitCode || (t.group ? `group:${t.group}` : `kind:${t.kind}`);
    return scopeUnits(scope).map(c => {
      const now = targetOf(c.unitCode, t.field);
      return { who: c.name, code: c.unitCode, now, after: now === undefined || now === null ? null : changed(now, mode, by) };
    });
  }
  if (o.parameter) {
    const now = parameterValue(o.parameter.path);
    return [{ who: "", now, after: changed(now, mode, by) }];
  }
  if (o.figure) {
    const info = figureInfo(o.figure.field);
    const now = getFigure(unitFigures(o.figure.unitCode), info);
    return [{ who: unitName(o.figure.unitCode), code: o.figure.unitCode, now, after: info.kind === "yes_no" ? o.figure.value : changed(now, mode, by) }];
  }
  return [];
}

/** "常宁市 16.5 → 19.8、祁东县 17.5 → 21(升)": what each unit's value becomes, before it is applied. */
export function preview(o) {
  const info = o.figure ? figureInfo(o.figure.field) : null;
  const show = v => info ? shown(info, v) : v;
  return effects(o).map(e => {
    const a = e.after === null ? null : parse(e.after), n = parse(e.now);
    const how = a && n ? ["(降)", "", "(升)"][compare(a, n) + 1] : "";
    return `${e.who ? e.who + " " : ""}${e.now === undefined || e.now === null ? "—" : show(e.now)} → ${e.after === null ? (e.now === undefined || e.now === null ? "—(无此目标,不变)" : "?") : show(e.after)}${how}`;
  }).join("、");
}

/**
 * The overrides the scenario API takes for one of the page's: a set value as typed (the server checks it); a relative
 * change as each unit's own new value, computed exactly. A unit with no such target is left as it is.
 */
export function wire(o) {
  if (!o.change || o.change.mode === "set") {
    const { change, ...rest } = o;
    if (change) { const holder = rest.target || rest.parameter || rest.figure; rest[rest.target ? "target" : rest.parameter ? "parameter" : "figure"] = { ...holder, value: change.by }; }
    return [rest];
  }
  const by = o.change.by;
  if (o.target) return effects(o).filter(e => e.now !== undefined && e.now !== null)
    .map(e => ({ target: { unitCode: e.code, field: o.target.field, value: e.after ?? by } }));
  const [e] = effects(o);
  if (o.parameter) return [{ parameter: { path: o.parameter.path, value: e.after ?? by } }];
  return [{ figure: { ...o.figure, value: e.after ?? by } }];
}

/**
 * Pickers for one override: kind, then what it sets (its current value shown), then how (set to, +/−, ±%) and the
 * value; before it is added, the preview says what each unit's value becomes. No JSON to type.
 */
export function overrideEditor(onAdd, buttonText, forSweep) {
  const kind = select([["target", "目标(附件2)"], ["parameter", "规则参数"], ["figure", "单位指标"], ...(forSweep ? [] : [["policy", "扣分口径"]])], "target");
  const holder = h("span", {});
  let build;
  function draw() {
    holder.replaceChildren();
    const c = state.catalog;
    const units = state.assessment.scoreCards.map(x => [x.unitCode, x.name]);
    const now = h("span", { class: "now", "aria-live": "polite" });
    const mode = select(MODES, "set");
    const value = h("input", { type: "text", size: 8, inputmode: "decimal" });
    const howControls = forSweep ? [] : [labelled("改变方式", mode), labelled("取值", value)];
    // The change as the page holds it: the wire's override plus, for +/− and %, how it was asked.
    const withChange = o => forSweep || mode.value === "set" ? o : { ...o, change: { mode: mode.value, by: value.value } };
    let current = () => "";
    const update = () => { now.textContent = current(); };
    mode.addEventListener("change", update);
    value.addEventListener("input", update);
    if (kind.value === "target") {
      const field = select(c.targetFields.map(f => [f.wireValue, `${f.label}(${f.unit})`]));
      const scope = select([...SCOPES, ...units]);
      const target = v => {
        const t = { field: field.value, value: v };
        const [k, x] = scope.value.split(":");
        if (k === "group") t.group = x; else if (k === "kind") t.kind = x; else t.unitCode = scope.value;
        return { target: t };
      };
      current = () => value.value.trim() && !forSweep ? `现值 → 新值:${preview(withChange(target(value.value)))}` : `现值:${scopeNow(scope.value, field.value)}`;
      field.addEventListener("change", update); scope.addEventListener("change", update);
      holder.append(labelled("目标列", field), labelled("范围", scope), ...howControls, now);
      build = () => withChange(target(forSweep ? "0" : value.value));
    } else if (kind.value === "parameter") {
      const path = select(parameterOptions());
      const parameter = v => ({ parameter: { path: path.value, value: v } });
      current = () => value.value.trim() && !forSweep ? `现值 → 新值:${preview(withChange(parameter(value.value)))}` : `现值:${parameterValue(path.value) ?? "—"}`;
      path.addEventListener("change", update);
      holder.append(labelled("参数", path), ...howControls, now);
      build = () => withChange(parameter(forSweep ? "0" : value.value));
    } else if (kind.value === "figure") {
      const unit = select(units);
      const field = select(c.figureFields.filter(f => f.kind !== "yes_no" || !forSweep).map(f => [f.wireValue, figureTitle(f)]));
      const slot = h("span", {});
      let yesNo = null;
      const figure = v => ({ figure: { unitCode: unit.value, field: field.value, value: v } });
      current = () => {
        const info = figureInfo(field.value);
        const was = `现值:${shown(info, getFigure(unitFigures(unit.value), info))}`;
        if (yesNo) return `${was},改为 ${shown(info, yesNo.value)}`;
        return value.value.trim() && !forSweep ? `现值 → 新值:${preview(withChange(figure(value.value)))}` : was;
      };
      const redrawValue = () => {
        const info = figureInfo(field.value);
        const now0 = getFigure(unitFigures(unit.value), info);
        yesNo = info.kind === "yes_no" ? select(YES_NO, now0 === "1" ? "0" : "1") : null;
        yesNo?.addEventListener("change", update);
        slot.replaceChildren(...(forSweep ? [] : yesNo ? [labelled("取值", yesNo)] : howControls));
        update();
      };
      unit.addEventListener("change", redrawValue); field.addEventListener("change", redrawValue);
      holder.append(labelled("单位", unit), labelled("指标", field), slot, now);
      redrawValue();
      build = () => yesNo ? figure(yesNo.value) : withChange(figure(forSweep ? "0" : value.value));
    } else {
      const policy = select(POLICIES);
      holder.append(labelled("扣分口径", policy));
      build = () => ({ policy: { unitPolicy: policy.value } });
    }
    update();
  }
  kind.addEventListener("change", draw);
  draw();
  return h("div", { class: "editor" }, labelled("类型", kind), holder, button(buttonText, () => onAdd(build())));
}
