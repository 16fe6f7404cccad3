// The page's charts, drawn by Apache ECharts 6.1.0 (vendored in ./vendor/echarts/, served by this server, no CDN) with
// its SVG renderer, each with a table of the same numbers beside it. Every number drawn or tabled is a string the API
// sent (a total, a rank, a swept value) or the catalog's pass line; the page converts them to plot them and computes
// none. The Class 1 line is the lowest total of the units the API graded Class 1 in the group: one of their totals.
import { h, table } from "./dom.js";
import { GRADE, GROUP } from "./words.js";

const PASS = "#c62828", CLASS1 = "#1b5e20", INK = "#333", GRID = "#e4e4e4";
const GRADE_COLOR = { GRADE_CLASS_1: "#2e7d32", GRADE_CLASS_2: "#1565c0", GRADE_UNQUALIFIED: "#c62828", GRADE_DISQUALIFIED: "#9e9e9e" };
/** Seven colours told apart at a glance, none of them the pass line's red or the Class 1 line's green. */
export const SERIES_COLORS = ["#1f77b4", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#7f7f00"];
const FONT = { fontFamily: "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, sans-serif", color: INK };
const esc = t => String(t ?? "").replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
// The library (1.1 MB) is fetched as the page starts but parsed off the first view's path: the tables show at once,
// each chart as soon as the library is in.
const library = import("./vendor/echarts-6.1.0/echarts.esm.min.js");

/**
 * A chart's box: ECharts is started once the box is in the page and has a size, follows the box's size, and lets go of
 * its instance when the box leaves the page. `box.update(option)` draws (again); `box.chart` is the ECharts instance.
 */
function chartBox(attrs, option, onReady) {
  const box = h("div", { class: "echart", role: "img", ...attrs });
  let pending = option;
  const drawn = () => { box.dataset.drawn = "true"; box.afterDraw?.(box.chart); };
  const observer = new ResizeObserver(async () => {
    if (!box.isConnected) { box.chart?.dispose(); box.chart = null; observer.disconnect(); return; }
    if (!box.clientWidth || !box.clientHeight) return;
    if (!box.chart) {
      const echarts = await library;
      if (box.chart || !box.isConnected) return;
      box.chart = echarts.init(box, null, { renderer: "svg", locale: "ZH" });
      onReady?.(box.chart);
    } else { box.chart.resize(); if (!pending) drawn(); }
    if (pending) { box.chart.setOption(pending, true); pending = null; drawn(); }
  });
  observer.observe(box);
  // The first drawing replaces everything; later ones (streamed points) merge into the same chart.
  box.update = (next, fresh) => {
    if (!box.chart) { pending = next; return; }
    box.chart.setOption(next, fresh ? true : { replaceMerge: ["series"] });
    drawn();
  };
  return box;
}

/**
 * Names at the line ends, set apart so that none covers another (at least 15 px between two), each tied to its line's
 * end by a short leader when it had to move: ECharts' own end labels may touch where lines run close.
 */
function placeEndLabels(chart, lines, shown) {
  const ends = lines.filter(l => shown[l.label] !== false).map(l => {
    const last = [...l.data].reverse().find(d => d[1] !== null && d[1] !== undefined);
    if (!last) return null;
    const [x, y] = chart.convertToPixel({ xAxisIndex: 0, yAxisIndex: 0 }, last);
    return { name: l.label, color: l.color, bold: l.bold, x, y, at: y };
  }).filter(Boolean).sort((a, b) => a.y - b.y);
  const gap = 15;
  for (let i = 1; i < ends.length; i++) ends[i].at = Math.max(ends[i].at, ends[i - 1].at + gap);
  const bottom = chart.getHeight() - 8;
  for (let i = ends.length - 1; i >= 0; i--) if (ends[i].at > (i === ends.length - 1 ? bottom : ends[i + 1].at - gap)) ends[i].at = i === ends.length - 1 ? bottom : ends[i + 1].at - gap;
  chart.setOption({ graphic: [{ id: "end-labels", type: "group", silent: true, children: ends.flatMap(e => [
    { type: "polyline", shape: { points: [[e.x + 1, e.y], [e.x + 8, e.at]] }, style: { stroke: e.color, lineWidth: 1 } },
    { type: "text", x: e.x + 10, y: e.at, style: { text: e.name, fill: e.color, fontSize: 12, fontWeight: e.bold ? "bold" : "normal", fontFamily: FONT.fontFamily, verticalAlign: "middle" } },
  ]) }] }, { replaceMerge: ["graphic"] });
}

/** A table of the chart's numbers, in a disclosure beside the chart (closed by default, read by screen readers). */
function tableView(id, summary, headers, rows) {
  return h("details", { class: "chart-table", id }, h("summary", {}, summary), table(null, headers, rows));
}

const lowestClass1 = units => units.filter(u => u.grade === "GRADE_CLASS_1").reduce((low, u) => (low && Number(low.total) <= Number(u.total) ? low : u), null);

/** One group's totals as bars coloured by grade, the labelled pass line and Class 1 line; a bar opens its unit. */
export function barChart(group, passLine, onPick, tableId) {
  const units = group.units, name = GROUP[group.group], line = lowestClass1(units);
  const grades = Object.keys(GRADE).filter(g => units.some(u => u.grade === g));
  const marks = [{ yAxis: Number(passLine), label: { formatter: `合格线 ${passLine}`, color: PASS }, lineStyle: { color: PASS, type: "solid", width: 1.5 } }];
  if (line) marks.push({ yAxis: Number(line.total), label: { formatter: `一类线 ${line.total}`, color: CLASS1 }, lineStyle: { color: CLASS1, type: "dashed", width: 1.5 } });
  const option = {
    animation: false, textStyle: FONT,
    grid: { left: 52, right: 92, top: 40, bottom: 44 },
    legend: { top: 4, left: 48, itemWidth: 14, itemHeight: 10, textStyle: FONT },
    tooltip: { trigger: "item", formatter: p => { const u = units[p.dataIndex]; return `${esc(u.name)}<br>总分 ${esc(u.total)} 分 · ${esc(GRADE[u.grade])}${u.rank ? ` · 组内第 ${u.rank} 名` : ""}`; } },
    xAxis: { type: "category", data: units.map(u => u.name), name: "单位", nameLocation: "middle", nameGap: 28, axisLabel: { interval: 0, ...FONT }, axisTick: { alignWithLabel: true } },
    yAxis: { type: "value", min: 0, max: 100, interval: 20, name: "总分(分)", nameLocation: "middle", nameGap: 36, nameTextStyle: FONT, splitLine: { lineStyle: { color: GRID } } },
    series: grades.map((g, i) => ({
      type: "bar", name: GRADE[g], barGap: "-100%", barMaxWidth: 40, itemStyle: { color: GRADE_COLOR[g] }, cursor: "pointer",
      data: units.map(u => (u.grade === g ? { value: Number(u.total), total: u.total } : null)),
      label: { show: true, position: "top", formatter: p => p.data?.total ?? "", color: INK, fontSize: 11, backgroundColor: "rgba(255,255,255,0.85)", padding: [1, 2] },
      markLine: i === 0 ? { silent: true, symbol: "none", data: marks, label: { position: "end", fontSize: 12 } } : undefined,
    })),
  };
  const box = chartBox({
    class: "echart bars", "data-group": group.group, "aria-describedby": tableId,
    "aria-label": `${name}总分柱状图:合格线 ${passLine} 分${line ? `,一类线 ${line.total} 分(${line.name})` : ""};各单位总分见${name}排名表`,
  }, option, chart => chart.on("click", p => onPick(units[p.dataIndex].unitCode)));
  return box;
}

/**
 * The sweep of one group: a line per unit named at its end (and in the legend), the pass line (the catalog's, or the
 * swept value when the pass line is what is swept) and the Class 1 line, axis titles with units, a tooltip in Chinese;
 * and the table of the same numbers. `sweepChart(...)` returns { node, draw(points) } so that streamed points redraw
 * the same chart.
 */
export function sweepChart({ mode, group, units, xTitle, xUnit, passLine, passSwept, quota, start, stop }) {
  const rank = mode === "rank";
  const groupName = GROUP[group];
  const yTitle = rank ? "组内名次(第几名)" : "总分(分)";
  const box = chartBox({ class: "echart sweep", id: "sweep-echart", "aria-describedby": "sweep-table",
    "aria-label": `区间扫描:${groupName}${units.length}个单位的${rank ? "名次" : "总分"}随${xTitle}变化;数字见下方表格` }, null,
    chart => chart.on("legendselectchanged", e => { shown = e.selected; box.afterDraw?.(chart); }));
  let shown = {}, first = true;
  const holder = h("div", {});
  const node = h("div", { class: "sweep-view" }, box, holder);
  const colorOf = i => SERIES_COLORS[i % SERIES_COLORS.length];
  const xLabel = v => `${v}${xUnit ? " " + xUnit : ""}`;

  function draw(points) {
    const byUnit = units.map(u => points.map(p => p.units.find(z => z.unitCode === u.unitCode)));
    const lows = points.map(p => lowestClass1(p.units.filter(z => units.some(u => u.unitCode === z.unitCode))));
    const y = s => (rank ? (s?.rank ? s.rank : null) : s ? Number(s.total) : null);
    const series = units.map((u, i) => ({
      type: "line", name: u.name, color: colorOf(i), showSymbol: points.length <= 30, symbolSize: 5, lineStyle: { width: 2 },
      emphasis: { focus: "series" }, connectNulls: false,
      data: points.map((p, k) => [Number(p.value), y(byUnit[i][k])]),
    }));
    if (!rank && lows.some(Boolean)) series.push({
      type: "line", name: "一类线", color: CLASS1, showSymbol: false, lineStyle: { type: "dashed", width: 1.5 },
      data: points.map((p, k) => [Number(p.value), lows[k] ? Number(lows[k].total) : null]),
    });
    if (!rank && passSwept) series.push({
      type: "line", name: "合格线", color: PASS, showSymbol: false, lineStyle: { width: 1.5 },
      data: points.map(p => [Number(p.value), Number(p.value)]),
    });
    if (series.length && !passSwept && (!rank || quota)) series[0].markLine = {
      silent: true, symbol: "none", animation: false,
      data: [rank ? { yAxis: quota, label: { formatter: `一类名额:前 ${quota} 名`, color: CLASS1 }, lineStyle: { color: CLASS1, type: "dashed" } }
        : { yAxis: Number(passLine), label: { formatter: `合格线 ${passLine}`, color: PASS }, lineStyle: { color: PASS, type: "solid", width: 1.5 } }],
      label: { position: "insideStartTop", fontSize: 12, fontWeight: "bold" },
    };
    box.afterDraw = chart => placeEndLabels(chart, series.map(l => ({ label: l.name, color: l.color, bold: l.name === "一类线" || l.name === "合格线", data: l.data })), shown);
    const totals = points.flatMap(p => p.units.filter(z => units.some(u => u.unitCode === z.unitCode)).map(z => Number(z.total)));
    box.update({
      animation: false, textStyle: FONT,
      grid: { left: 64, right: 120, top: 44, bottom: 56 },
      // The legend lists the units only; the 一类线 and 合格线 are named on the lines themselves.
      legend: { top: 6, left: 60, right: 120, itemWidth: 18, itemHeight: 8, textStyle: FONT, data: units.map(u => u.name) },
      tooltip: {
        trigger: "axis", axisPointer: { type: "line" }, confine: true,
        formatter: params => {
          const k = params[0]?.dataIndex ?? 0, p = points[k];
          if (!p) return "";
          const rows = units.map((u, i) => ({ u, s: byUnit[i][k], c: i })).filter(r => r.s)
            .sort((a, b) => (rank ? (a.s.rank || 99) - (b.s.rank || 99) : Number(b.s.total) - Number(a.s.total)));
          return `<b>${esc(xTitle)}:${esc(xLabel(p.value))}</b><br>` + rows.map(r =>
            `<span class="tip-swatch tip-${r.c % SERIES_COLORS.length}"></span>${esc(r.u.name)} ${esc(r.s.total)} 分 · ${r.s.rank ? `第 ${r.s.rank} 名` : "不排名"} · ${esc(GRADE[r.s.grade])}`).join("<br>")
            + (!rank && lows[k] ? `<br>一类线 ${esc(lows[k].total)} 分(${esc(units.find(u => u.unitCode === lows[k].unitCode)?.name)})` : "");
        },
      },
      xAxis: { type: "value", min: Number(start), max: Number(stop), name: `${xTitle}${xUnit ? `(${xUnit})` : ""}`, nameLocation: "middle", nameGap: 30,
        nameTextStyle: { ...FONT, fontSize: 13 }, axisLabel: { ...FONT, hideOverlap: true, formatter: v => String(v) }, splitLine: { show: false } },
      yAxis: rank
        ? { type: "value", inverse: true, min: 1, max: units.length, interval: 1, name: yTitle, nameLocation: "middle", nameGap: 40, nameTextStyle: { ...FONT, fontSize: 13 }, splitLine: { lineStyle: { color: GRID } } }
        : { type: "value", name: yTitle, nameLocation: "middle", nameGap: 42, nameTextStyle: { ...FONT, fontSize: 13 }, splitLine: { lineStyle: { color: GRID } },
          min: Math.min(Math.floor(Math.min(...totals, Number(passLine)) / 10) * 10, Number(passLine) - 10), max: 100 },
      series,
    }, first);
    first = false;
    box.dataset.points = String(points.length);
    holder.replaceChildren(tableView("sweep-table", `表格视图:${groupName}各单位${rank ? "名次" : "总分"},${points.length} 个取值(与图同数)`,
      [`${xTitle}${xUnit ? `(${xUnit})` : ""}`, ...units.map(u => u.name), ...(rank ? [] : ["一类线"])],
      points.map((p, k) => h("tr", { "data-value": p.value }, h("th", { scope: "row" }, p.value),
        byUnit.map(col => { const s = col[k]; return h("td", {}, !s ? "—" : rank ? (s.rank || "—") : s.total); }),
        rank ? null : h("td", {}, lows[k]?.total ?? "—")))));
  }
  return { node, draw };
}
