import { h, labelled, select, button, status } from "./dom.js";
import { call, scope, isAbort, errorText } from "./api.js";
import { GROUP } from "./words.js";
import { startsFrom } from "./round-state.js";
import { state, baseRequest, unitName, figureInfo } from "./data.js";
import { describe, overrideEditor, parameterName, targetScope } from "./overrides.js";
import { sweepChart } from "./charts.js";

/** The swept value's name and unit, for the horizontal axis: "衡东县 扶贫开发总投入" and "万元". */
function axisOf(o) {
  const c = state.catalog;
  if (o.figure) { const f = figureInfo(o.figure.field); return [`${unitName(o.figure.unitCode)} ${f.label}`, f.unit || ""]; }
  if (o.target) {
    const f = c.targetFields.find(x => x.wireValue === o.target.field);
    return [`${targetScope(o)} ${f.label}`, f.unit || ""];
  }
  if (o.parameter) {
    return [parameterName(o.parameter.path), o.parameter.path === "pass_line" ? "分" : o.parameter.path.startsWith("quotas.") ? "名" : ""];
  }
  return [describe(o), ""];
}

export async function sweep() {
  const area = h("div", { id: "sweep-chart" });
  let template = state.sweepTemplate || null;
  const chosen = h("p", {}, template ? `扫描对象:${describe(template)}` : "扫描对象:未选择");
  const editor = overrideEditor(o => { template = o; state.sweepTemplate = o; chosen.textContent = `扫描对象:${describe(o)}`; }, "选定扫描对象", true);
  const from = h("input", { type: "text", value: state.sweepRange?.[0] ?? "500" });
  const to = h("input", { type: "text", value: state.sweepRange?.[1] ?? "1000" });
  const step = h("input", { type: "text", value: state.sweepRange?.[2] ?? "10" });
  const mode = select([["total", "总分"], ["rank", "名次"]], "total");
  const group = select(Object.entries(GROUP), state.sweepGroup || "ASSESSMENT_GROUP_COUNTIES_AND_CITIES");
  group.addEventListener("change", () => { state.sweepGroup = group.value; if (state.sweepPoints) draw(true); });
  mode.addEventListener("change", () => { if (state.sweepPoints) draw(true); });
  let chart = null;
  /** One group at a time: a new chart when the group or the axis changes, the same chart redrawn as points stream in. */
  let drawMs = 0;
  function draw(fresh) {
    const began = performance.now();
    if (fresh || !chart) {
      const [start, stop] = state.sweepRange;
      const g = state.assessment.groups.find(x => x.group === group.value);
      const t = state.sweepTemplate, [xTitle, xUnit] = axisOf(t);
      const quotaPath = group.value === "ASSESSMENT_GROUP_DISTRICTS" ? "quotas.districts_class_1" : "quotas.counties_and_cities_class_1";
      chart = sweepChart({
        mode: mode.value, group: group.value, units: g.units.map(u => ({ unitCode: u.unitCode, name: u.name })), xTitle, xUnit, start, stop,
        passLine: state.catalog.passLine, passSwept: t.parameter?.path === "pass_line", quota: t.parameter?.path === quotaPath ? null : g.class1Quota,
      });
      area.replaceChildren(chart.node);
    }
    chart.draw(state.sweepPoints);
    drawMs += performance.now() - began;
  }
  async function run() {
    if (!template) { status("请先选定扫描对象"); return; }
    state.sweepRange = [from.value, to.value, step.value];
    area.replaceChildren(h("p", {}, "计算中…"));
    const started = performance.now();
    let response;
    try {
      response = await call("/v1/scenarios:sweep", { body: { base: baseRequest(), template, start: from.value, stop: to.value, step: step.value }, signal: scope("sweep"), raw: true });
    } catch (e) {
      if (!isAbort(e)) area.replaceChildren(h("p", { class: "error", role: "alert" }, errorText(e)));
      return;
    }
    const points = [];
    state.sweepPoints = points;
    chart = null;
    drawMs = 0;
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffered = "", drawn = 0;
    for (;;) {
      const { value, done } = await reader.read();
      if (value) buffered += decoder.decode(value, { stream: true });
      let cut;
      while ((cut = buffered.indexOf("\n")) >= 0) {
        const line = buffered.slice(0, cut).trim();
        buffered = buffered.slice(cut + 1);
        if (line) {
          const parsed = JSON.parse(line);
          if (parsed.error) { area.replaceChildren(h("p", { class: "error", role: "alert" }, parsed.error.message)); return; }
          points.push(parsed.point);
        }
      }
      if (points.length - drawn >= 25 || (done && points.length)) { draw(); drawn = points.length; }
      if (done) break;
    }
    area.dataset.drawMs = String(Math.round(drawMs));
    area.dataset.ms = String(Math.round(performance.now() - started));
    status(`扫描完成:${points.length} 个点`);
  }
  if (state.sweepPoints?.length && state.sweepTemplate && state.sweepRange) draw(true);
  return [h("h2", {}, "区间扫描:一个取值从起点到终点逐步变化"), h("p", { class: "starts-from" }, startsFrom()), editor, chosen,
    labelled("起点", from), labelled("终点", to), labelled("步长", step), labelled("纵轴", mode), labelled("组别", group), button("开始扫描", run), area];
}
