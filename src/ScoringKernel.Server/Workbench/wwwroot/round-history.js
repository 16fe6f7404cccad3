// The history of every figure of one unit in the year's round, from ListRoundEvents (GET /v1/rounds/{year}/events):
// who changed which figure when, before → after, and from which source (自评, a department, a finding), per figure.
import { h, labelled, select, table, actorName } from "./dom.js";
import { call, errorText, isAbort } from "./api.js";
import { state } from "./data.js";

const when = t => {
  if (!t) return "";
  const ms = typeof t === "string" ? Date.parse(t) : Number(t.seconds) * 1000 + Math.floor((t.nanos || 0) / 1e6);
  return new Date(ms).toLocaleString("zh-CN", { hour12: false });
};

/** A value as the office reads it: 是/否 for a yes/no figure or a village's 驻村工作队. */
function shownValue(path, value) {
  if (value === undefined || value === null || value === "") return null;
  const info = state.catalog.figureFields.find(f => f.path === path);
  const yesNo = info ? info.kind === "yes_no" : /\.resident_team$/.test(path);
  return yesNo ? (value === "1" ? "是" : "否") : value;
}

/** A finding as the clerk knows it: its figure, date and inspector; the round's internal id is not shown. */
function findingWords(f, short) {
  const label = state.catalog.figureFields.find(x => x.wireValue === f.finding?.figure?.field)?.label || (f.finding?.figure?.village ? `${f.finding.figure.village.name} 贫困村` : "");
  if (short) return "检查发现"; // the record says its date and inspector beside it, the row its figure
  return `检查发现(${[label, f.finding?.date, f.inspector ? `检查人 ${f.inspector}` : ""].filter(Boolean).join(",")})`;
}
/** The server's "检查发现 f-…" in a text, said by the finding's figure, date and inspector. */
export function withoutFindingIds(text, findings, short) {
  return String(text || "").replace(/检查发现 ([A-Za-z0-9_-]+)/g, (all, id) => { const f = findings.find(x => x.findingId === id); return f ? findingWords(f, short) : "检查发现"; })
    .replace(/\bdevelopment\b/g, actorName("development"));
}

export function roundHistory(year, units, findings = []) {
  const unit = select(units.map(u => [u.unitCode, u.unitName]), state.historyUnit && units.some(u => u.unitCode === state.historyUnit) ? state.historyUnit : units[0]?.unitCode);
  const which = select([["changed", "只看改动过的指标"], ["all", "全部指标(含首次填报)"]], state.historyWhich || "changed");
  const area = h("div", { id: "round-history", "aria-live": "polite" });
  // This section's own calls: a newer choice aborts an older answer; a view drawn again has its own section.
  let controller = null;
  async function load() {
    state.historyUnit = unit.value; state.historyWhich = which.value;
    controller?.abort();
    controller = new AbortController();
    let answer;
    try { answer = await call(`/v1/rounds/${year}/events?unitCode=${encodeURIComponent(unit.value)}`, { signal: controller.signal }); }
    catch (e) { if (!isAbort(e)) area.replaceChildren(h("p", { class: "error", role: "alert" }, `变更记录无法读取:${errorText(e)}`)); return; }
    // Every change of the unit's figures, in the order the round recorded them, grouped by figure.
    const byFigure = new Map();
    for (const entry of answer.entries || [])
      for (const c of entry.changes || []) {
        if (c.unitCode !== unit.value) continue;
        if (!byFigure.has(c.path)) byFigure.set(c.path, { label: c.label, rows: [] });
        byFigure.get(c.path).rows.push({ entry, change: c });
      }
    const figures = [...byFigure.entries()].filter(([, f]) => which.value === "all" || f.rows.length > 1 || f.rows.some(r => r.change.before !== undefined));
    if (!figures.length) {
      area.replaceChildren(h("p", {}, which.value === "all" ? "该单位在本年度考核中尚无指标数据。" : "该单位的指标自首次填报以来没有改动。"));
      return;
    }
    const rows = figures.flatMap(([path, f]) => f.rows.map((r, i) => h("tr", { "data-path": path, "data-version": r.entry.version },
      i === 0 ? h("th", { scope: "rowgroup", rowspan: f.rows.length, class: "text" }, f.label) : null,
      h("td", {}, when(r.entry.event?.mark?.time)), h("td", {}, actorName(r.entry.event?.mark?.actor)),
      h("td", { "data-before": r.change.before ?? "" }, shownValue(path, r.change.before) ?? "(首次填报)"),
      h("td", { "data-after": r.change.after ?? "" }, shownValue(path, r.change.after) ?? "(删除)"),
      h("td", {}, withoutFindingIds(r.change.source, findings)), h("td", { class: "text" }, withoutFindingIds(r.entry.summary, findings, true)))));
    area.replaceChildren(table(`${units.find(u => u.unitCode === unit.value)?.unitName || unit.value}:每项指标的变更记录(共 ${figures.length} 项指标)`,
      ["指标", "时间", "操作人", "原值", "新值", "来源", "记录"], rows, { class: "history" }));
  }
  unit.addEventListener("change", load);
  which.addEventListener("change", load);
  load();
  return h("section", {}, h("h3", {}, "指标变更记录(谁在何时改了哪项指标,原值 → 新值)"), labelled("记录单位", unit), labelled("显示", which), area);
}
