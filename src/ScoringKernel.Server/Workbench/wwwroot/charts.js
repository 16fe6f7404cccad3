// The page's charts as SVG: bars per group with the labelled pass line and Class 1 line, and the sweep's lines.
import { s } from "./dom.js";
import { GRADE, GRADE_CLASS, GROUP } from "./words.js";
import { state, unitName } from "./data.js";

export function barChart(group, passLine, onPick) {
  const W = 460, H = 280, top = 18, left = 44, plot = 200, barW = Math.min(44, (W - left - 90) / group.units.length - 10);
  const y = v => top + plot * (1 - v / 100);
  const units = group.units;
  const class1 = units.filter(u => u.grade === "GRADE_CLASS_1").map(u => Number(u.total));
  const svgEl = s("svg", { class: "chart", width: W, height: H, role: "img", "aria-label": `${GROUP[group.group]}总分柱状图,合格线${passLine}分` });
  for (const t of [0, 20, 40, 60, 80, 100]) svgEl.append(s("text", { x: left - 6, y: y(t) + 4, "text-anchor": "end" }, t), s("line", { x1: left, x2: W - 80, y1: y(t), y2: y(t), stroke: "#eee" }));
  svgEl.append(s("text", { x: 10, y: top + plot / 2, transform: `rotate(-90 10 ${top + plot / 2})`, "text-anchor": "middle" }, "总分(分)"));
  units.forEach((u, i) => {
    const x = left + 8 + i * (barW + 10), v = Number(u.total);
    const bar = s("rect", { class: `bar ${GRADE_CLASS[u.grade]}`, x, y: y(v), width: barW, height: plot * v / 100, "data-unit": u.unitCode }, s("title", {}, `${u.name} ${u.total} ${GRADE[u.grade]}`));
    bar.addEventListener("click", () => onPick(u.unitCode));
    svgEl.append(bar, s("text", { x: x + barW / 2, y: y(v) - 3, "text-anchor": "middle" }, u.total), s("text", { x: x + barW / 2, y: top + plot + 14, "text-anchor": "middle" }, u.name));
  });
  svgEl.append(s("line", { class: "pass-line", x1: left, x2: W - 80, y1: y(passLine), y2: y(passLine) }), s("text", { x: W - 76, y: y(passLine) + 4, fill: "#c00" }, `合格线 ${passLine}`));
  if (class1.length) {
    const line = Math.min(...class1);
    svgEl.append(s("line", { class: "class-line", x1: left, x2: W - 80, y1: y(line), y2: y(line) }), s("text", { x: W - 76, y: y(line) - 2, fill: "#2e7d32" }, `一类线 ${line.toFixed(2)}`));
  }
  const legend = [["class_1", "一类"], ["class_2", "二类"], ["unqualified", "不合格"], ["disqualified", "取消排序资格"]];
  legend.forEach(([c, t], i) => svgEl.append(s("rect", { class: `swatch ${c}`, x: left + i * 90, y: H - 26, width: 12, height: 12 }), s("text", { x: left + 16 + i * 90, y: H - 16 }, t)));
  return svgEl;
}

const COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"];
function niceTicks(lo, hi, count) {
  const raw = (hi - lo) / count, mag = 10 ** Math.floor(Math.log10(raw)), step = [1, 2, 5, 10].map(m => m * mag).find(x => x >= raw);
  const ticks = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + 1e-9; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
  return ticks;
}

/** One group's lines of a sweep: names at the line ends, the labelled pass line and Class 1 line, axis titles. */
export function lineChart(points, mode, start, stop, group, xTitle) {
  const W = 1000, H = 380, left = 56, right = 120, top = 14, plot = 300;
  const codes = new Set(state.assessment.scoreCards.filter(c => c.group === group).map(c => c.unitCode));
  const units = (points[0]?.units || []).map(u => u.unitCode).filter(c => codes.has(c));
  const worst = units.length + 1;
  const valueOf = u => mode === "rank" ? (u.rank || worst) : Number(u.total);
  const values = points.flatMap(p => p.units.filter(u => codes.has(u.unitCode)).map(valueOf));
  const lo = mode === "rank" ? 0.5 : Math.max(0, Math.floor(Math.min(...values, 80) / 10) * 10 - 5), hi = mode === "rank" ? worst + 0.5 : 100;
  const x = v => left + (W - left - right) * (stop === start ? 0 : (Number(v) - start) / (stop - start));
  const y = v => mode === "rank" ? top + plot * ((v - lo) / (hi - lo)) : top + plot * (1 - (v - lo) / (hi - lo));
  const svgEl = s("svg", { class: "chart sweep", width: W, height: H, role: "img", "aria-label": `区间扫描:${points.length} 个点,${GROUP[group]}各单位${mode === "rank" ? "名次" : "总分"}随取值变化`, "data-points": points.length });
  const yTicks = mode === "rank" ? [...Array(worst).keys()].map(i => i + 1) : niceTicks(lo, hi, 5);
  for (const t of yTicks) svgEl.append(s("line", { x1: left, x2: W - right, y1: y(t), y2: y(t), stroke: "#eee" }), s("text", { x: left - 6, y: y(t) + 4, "text-anchor": "end" }, t));
  for (const t of niceTicks(start, stop, 8)) svgEl.append(s("line", { x1: x(t), x2: x(t), y1: top + plot, y2: top + plot + 4, stroke: "#666" }), s("text", { x: x(t), y: top + plot + 16, "text-anchor": "middle" }, t));
  svgEl.append(s("text", { x: (left + W - right) / 2, y: H - 30, "text-anchor": "middle" }, xTitle),
    s("text", { x: 14, y: top + plot / 2, transform: `rotate(-90 14 ${top + plot / 2})`, "text-anchor": "middle" }, mode === "rank" ? "组内名次" : "总分(分)"));
  const ends = [];
  units.forEach((code, i) => {
    const color = COLORS[i % COLORS.length];
    const d = points.map((p, k) => { const u = p.units.find(z => z.unitCode === code); return `${k ? "L" : "M"}${x(p.value).toFixed(1)},${y(valueOf(u)).toFixed(1)}`; }).join(" ");
    svgEl.append(s("path", { class: "series", d, stroke: color, "stroke-dasharray": i >= COLORS.length ? "5 3" : "", "data-unit": code }, s("title", {}, unitName(code))));
    const last = points[points.length - 1]?.units.find(z => z.unitCode === code);
    if (last) ends.push({ y: y(valueOf(last)), name: unitName(code), color });
  });
  ends.sort((a, b) => a.y - b.y);
  for (let i = 1; i < ends.length; i++) if (ends[i].y - ends[i - 1].y < 13) ends[i].y = ends[i - 1].y + 13;
  for (const e of ends) svgEl.append(s("text", { x: W - right + 6, y: e.y + 4, fill: e.color, class: "end-label" }, e.name));
  if (mode === "total") {
    const pass = Number(state.catalog.passLine);
    svgEl.append(s("line", { class: "pass-line", x1: left, x2: W - right, y1: y(pass), y2: y(pass) }), s("text", { x: left + 4, y: y(pass) + 14, fill: "#c00" }, `合格线 ${pass}`));
    const d = points.map((p, k) => {
      const class1 = p.units.filter(u => codes.has(u.unitCode) && u.grade === "GRADE_CLASS_1").map(u => Number(u.total));
      return class1.length ? `${k ? "L" : "M"}${x(p.value).toFixed(1)},${y(Math.min(...class1)).toFixed(1)}` : "";
    }).join(" ").trim();
    if (d) svgEl.append(s("path", { class: "class-line series", d, stroke: "#2e7d32" }, s("title", {}, `${GROUP[group]}一类线`)), s("text", { x: left + 4, y: top + 12, fill: "#2e7d32" }, "一类线(虚线:组内一类最低分)"));
  }
  return svgEl;
}
