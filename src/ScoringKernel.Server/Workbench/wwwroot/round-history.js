// The history of every figure of one unit in the year's round, from ListRoundEvents (GET /v1/rounds/{year}/events):
// who changed which figure when, before → after, and from which source (自评, a department, a finding), per figure.
import { h, labelled, select, table, actorName } from "./dom.js";
import { call, errorText, isAbort } from "./api.js";
import { state, findingFigure } from "./data.js";
import { departmentWords, checkWords } from "./words.js";

const when = t => {
  if (!t) return "";
  const ms = typeof t === "string" ? Date.parse(t) : Number(t.seconds) * 1000 + Math.floor((t.nanos || 0) / 1e6);
  return new Date(ms).toLocaleString("zh-CN", { hour12: false });
};

/** A finding as the clerk knows it: its figure, date and inspector (the round's finding_id is not shown). */
function findingWords(f) {
  return `检查发现(${[findingFigure(f?.finding), f?.finding?.date, f?.inspector ? `检查人 ${f.inspector}` : ""].filter(Boolean).join(",")})`;
}

/** Where a change came from: a finding said by its fields (the change's finding_id), else the server's words (自评, a department). */
function sourceWords(change, findings) {
  if (!change.findingId) return change.source || "";
  const f = findings.find(x => x.findingId === change.findingId);
  return f ? findingWords(f) : "检查发现";
}

/** What the event did, from its fields (who, when, the figure and the source have their own columns). */
function recordWords(event) {
  const self = event?.selfEvaluationSubmitted, department = event?.departmentFiguresSubmitted, recorded = event?.findingRecorded, withdrawn = event?.findingWithdrawn;
  if (self) return `报送自评(第 ${self.version} 版)`;
  if (department) return `${departmentWords(department.figures?.department)}报送数据(第 ${department.version} 版,${(department.figures?.figures || []).length} 项)`;
  if (recorded) return `${checkWords(recorded.finding?.check)}记录:${recorded.finding?.note || ""}`;
  if (withdrawn) return `撤回,理由:${withdrawn.reason || ""}`;
  return "";
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
      h("td", { "data-before": r.change.before ?? "" }, r.change.beforeDisplay || "(首次填报)"),
      h("td", { "data-after": r.change.after ?? "" }, r.change.afterDisplay || (r.change.findingId ? "(撤回)" : "(删除)")),
      h("td", { class: "text" }, sourceWords(r.change, findings)), h("td", { class: "text" }, recordWords(r.entry.event)))));
    area.replaceChildren(table(`${units.find(u => u.unitCode === unit.value)?.unitName || unit.value}:每项指标的变更记录(共 ${figures.length} 项指标)`,
      ["指标", "时间", "操作人", "原值", "新值", "来源", "记录"], rows, { class: "history" }));
  }
  unit.addEventListener("change", load);
  which.addEventListener("change", load);
  load();
  return h("section", {}, h("h3", {}, "指标变更记录(谁在何时改了哪项指标,原值 → 新值)"), labelled("记录单位", unit), labelled("显示", which), area);
}
