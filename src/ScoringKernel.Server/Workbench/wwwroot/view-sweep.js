import { h, labelled, select, button, status } from "./dom.js";
import { call, scope, isAbort, errorText } from "./api.js";
import { GROUP } from "./words.js";
import { state, baseRequest } from "./data.js";
import { describe, overrideEditor } from "./overrides.js";
import { lineChart } from "./charts.js";

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
  group.addEventListener("change", () => { state.sweepGroup = group.value; if (state.sweepPoints) draw(); });
  mode.addEventListener("change", () => { if (state.sweepPoints) draw(); });
  function draw() {
    const [start, stop] = state.sweepRange.map(Number);
    area.replaceChildren(lineChart(state.sweepPoints, mode.value, start, stop, group.value, describe(state.sweepTemplate).replace(/[((]现为 [^))]*[))]/, "").replace(/^指标:/, "")));
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
    area.dataset.ms = String(Math.round(performance.now() - started));
    status(`扫描完成:${points.length} 个点`);
  }
  return [h("h2", {}, "区间扫描:一个取值从起点到终点逐步变化"), editor, chosen,
    labelled("起点", from), labelled("终点", to), labelled("步长", step), labelled("纵轴", mode), labelled("组别", group), button("开始扫描", run), area];
}
