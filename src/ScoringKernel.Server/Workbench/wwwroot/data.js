// What the page holds: the catalog, the figures in use (an AssessRequest, or an EvaluateRequest with its answer) and
// the draft kept in the browser. Nothing here computes a score: it only reads and writes the request's fields.
import { call } from "./api.js";

export const state = { catalog: null, targets: null, request: null, evaluation: null, assessment: null, evaluated: null, sourceName: "", example: false, scenarios: [], timings: [], dirty: false };

/** A field path's proto3 JSON name ("house_renovation.households_renovated" → "houseRenovation.householdsRenovated"): the protocol's rule, not words. */
export const jsonName = path => path.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
const camel = path => jsonName(path).split(".");
export const clone = x => JSON.parse(JSON.stringify(x));
/** Today's date where the clerk is, YYYY-MM-DD. */
export const today = () => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`; };
export const unitName = code => (state.assessment?.scoreCards || []).find(c => c.unitCode === code)?.name || code;
export const figureInfo = wire => state.catalog.figureFields.find(x => x.wireValue === wire);
export const figureTitle = f => `${f.clauseId ? f.clauseId + " " : ""}${f.label}${f.unit ? `(${f.unit})` : ""}`;

export function setFigure(unit, info, text) {
  const [group, leaf] = info.path.includes(".") ? camel(info.path) : [null, camel(info.path)[0]];
  const target = group ? (unit[group] ??= {}) : unit;
  target[leaf] = info.kind === "yes_no" ? (text === "1" || text === true) : text;
}
export function getFigure(unit, info) {
  const [group, leaf] = info.path.includes(".") ? camel(info.path) : [null, camel(info.path)[0]];
  const value = group ? unit?.[group]?.[leaf] : unit?.[leaf];
  return info.kind === "yes_no" ? (value ? "1" : "0") : String(value ?? (info.kind === "yes_no" ? "0" : "0"));
}
/** The figure a finding is about, as the office calls it: the catalog's label, or the village's name. */
export const findingFigure = finding => finding?.figure?.village ? `${finding.figure.village.name} 贫困村` : figureInfo(finding?.figure?.field)?.label || "";
/** A figure's value as people read it: 是/否 for yes/no. */
export const shown = (info, value) => info.kind === "yes_no" ? (value === "1" ? "是" : "否") : value;

/** The figures of the year as scored: the request, or for an evaluation the evaluated figures of each unit. */
export function baseRequest() {
  if (!state.evaluation) return state.request;
  return { ruleSetId: state.evaluation.ruleSetId, units: state.evaluated.units.map(figuresOf) };
}
function figuresOf(u) {
  const self = clone(state.evaluation.submissions.find(x => x.selfEvaluation.unitCode === u.unitCode).selfEvaluation);
  for (const f of u.figures || []) {
    if (f.figure.village) {
      const v = self.villageAssistance.villages.find(x => x.name === f.figure.village.name);
      if (f.figure.village.field === "VILLAGE_FIELD_RESIDENT_TEAM") v.residentTeam = f.value === "1"; else v.projectInvestmentWan = f.value;
    } else setFigure(self, figureInfo(f.figure.field), f.value);
  }
  return self;
}

/** The unit figures the page shows for a unit: the request's, or in evaluation mode the evaluated ones. */
export function unitFigures(code) { return baseRequest().units.find(u => u.unitCode === code); }

export async function refresh(signal) {
  if (state.evaluation) {
    state.evaluated = await call("/v1/evaluate", { body: state.evaluation, signal });
    state.assessment = state.evaluated.assessment;
  } else {
    state.evaluated = null;
    state.assessment = (await call("/v1/assess", { body: state.request, signal })).assessment;
  }
  document.getElementById("source").textContent = `数据:${state.sourceName}${state.evaluation ? "(综合评定:自评、部门数据、检查发现)" : ""}${state.dirty ? " · 有未保存的修改(草稿已保存在本浏览器)" : ""}`;
}

export async function useRequest(json, label) {
  const previous = [state.request, state.evaluation, state.sourceName, state.dirty, state.example];
  if (json.submissions) { state.evaluation = json; state.request = null; } else { state.request = json; state.evaluation = null; }
  state.sourceName = label;
  state.dirty = false;
  state.example = false;
  try { await refresh(); }
  catch (e) { [state.request, state.evaluation, state.sourceName, state.dirty, state.example] = previous; throw e; }
  if (state.evaluation) state.request = baseRequest();
}

// ---------- drafts: every edit is kept in localStorage until the work is saved or set aside ----------
const DRAFT = "scoringkernel.workbench.draft";
export function saveDraft() {
  state.dirty = true;
  keepWorkingSet(true);
}
/**
 * The data set in use kept in the browser: from the moment a file is loaded (`edited` false: nothing changed yet) and
 * after every edit, so that a reload offers it back instead of falling back to the example.
 */
export function keepWorkingSet(edited = false) {
  localStorage.setItem(DRAFT, JSON.stringify({ savedAt: new Date().toISOString(), sourceName: state.sourceName, example: Boolean(state.example), edited,
    request: state.evaluation ? null : state.request, evaluation: state.evaluation }));
}
export function readDraft() {
  try { return JSON.parse(localStorage.getItem(DRAFT) || "null"); } catch { return null; }
}
export function dropDraft() { localStorage.removeItem(DRAFT); state.dirty = false; }
