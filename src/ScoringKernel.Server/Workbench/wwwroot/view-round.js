// The year's round: the year picker (the years with rounds; a new year opened under the rule set of its year), who has
// given what with the values, the import, each party's part, the findings, 报送截止 and its reopening, the evaluation,
// the Leading Group's approval (审定), reopening with a reason, publication with 文号 and 印发日期, the round's own
// documents and the history of every figure. Development profile: one actor holds every role.
import { h, labelled, select, table, button, saveFile, actorName } from "./dom.js";
import { call, errorText } from "./api.js";
import { DEPARTMENTS, ROUND_STATUS, GRADE, departmentWords } from "./words.js";
import { state, figureInfo, shown, today } from "./data.js";
import { roundHistory } from "./round-history.js";
import { demoMode, loadYears, ruleSetForYear, documentWords, shortDigest } from "./round-state.js";
import { feedback, act, refuse } from "./round-act.js";
import { roundImport } from "./round-import.js";
import { selfEvaluationForm, departmentForm, findingsForm } from "./round-forms.js";

const when = t => {
  if (!t) return "";
  const ms = typeof t === "string" ? Date.parse(t) : Number(t.seconds) * 1000;
  return new Date(ms).toLocaleString("zh-CN", { hour12: false, month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit" });
};
const mark = m => m ? `${actorName(m.actor)} · ${when(m.time)}` : "";
const editableStatus = s => s === "ROUND_STATUS_OPEN";

/** The years with a round, and "开启新的年度": the chosen one opens at #/round/{year}. */
function yearPicker() {
  const years = state.rounds.map(r => [String(r.year), `${r.year}年(${ROUND_STATUS[r.status] || ""})`]);
  const opened = state.rounds.some(r => r.year === state.year);
  const picker = select([...years, ["new", "开启新的年度……"]], opened ? String(state.year) : "new");
  picker.addEventListener("change", () => { if (picker.value !== "new") location.hash = `#/round/${picker.value}`; else drawOpen(); });
  const holder = h("div", { class: "open-year" });
  function drawOpen() {
    const next = opened ? Math.max(...state.rounds.map(r => r.year)) + 1 : state.year;
    const year = h("input", { type: "number", min: "2000", max: "2100", value: String(next) });
    const sets = select(state.ruleSets.map(s => [s.id, s.title]), ruleSetForYear(next)?.id || "");
    const note = h("p", { class: "hint" });
    const sayDefault = () => {
      const match = ruleSetForYear(Number(year.value));
      if (match) sets.value = match.id;
      note.textContent = match ? `默认选用 ${year.value} 年的规则:${documentWords(match)}。` : `服务器没有 ${year.value} 年的规则;请选定一套规则,或请管理员载入该年度的规则文件。`;
    };
    year.addEventListener("input", sayDefault);
    sayDefault();
    holder.replaceChildren(labelled("新年度", year), labelled("考核规则", sets), note,
      act("year", "开启该年度考核", async () => {
        const y = Number(year.value);
        await call("/v1/rounds", { body: { year: y, ruleSetId: sets.value } });
        await loadYears();
        history.pushState(null, "", `#/round/${y}`);
        return `${y}年度考核已开启`;
      }));
  }
  if (!opened) drawOpen();
  return h("section", { class: "round-step", id: "round-year" }, labelled("考核年度", picker), holder, feedback("year"));
}

/** What a unit has not given yet: its self-evaluation, and how many departments (named on hover and to screen readers). */
function missingCell(u) {
  // The server's keys, not words: "selfEvaluation" and "departments/DEPARTMENT_…".
  const missing = u.missing || [];
  const deps = missing.filter(m => m !== "selfEvaluation").map(m => DEPARTMENTS.find(([d]) => m === `departments/${d}`)?.[1]).filter(Boolean);
  const words = [missing.includes("selfEvaluation") ? "自评" : null, deps.length ? `${deps.length} 个部门的数据` : null].filter(Boolean).join("、");
  return h("td", { class: "text", "data-missing": missing.length, title: deps.length ? `未报部门:${deps.join("、")}` : null }, words || "—");
}

/** Who has given what: the self-evaluation's version, each department's values, the findings, the evaluated total. */
function overview(r) {
  const totals = new Map((state.roundEvaluated?.units || []).map(u => [u.unitCode, u]));
  const depWords = u => (u.departments || []).filter(d => d.figures?.figures?.length).map(d =>
    `${departmentWords(d.figures.department)}:${d.figures.figures.map(f => { const info = figureInfo(f.figure?.field); return info ? `${info.label} ${shown(info, f.value)}` : `${f.figure?.village?.name || ""} ${f.value}`; }).join("、")}`);
  const active = code => (r.findings || []).filter(f => f.unitCode === code && !f.withdrawn).length;
  return table(`各单位材料(${ROUND_STATUS[r.status] || ""})`, ["单位", "自评", "部门数据", "检查发现", "自评总分", "核定总分", "尚未报送"], r.units.map(u => {
    const e = totals.get(u.unitCode);
    return h("tr", { "data-unit": u.unitCode },
      h("td", {}, u.unitName),
      h("td", { "data-source": "self" }, u.selfEvaluation?.submitted ? `第${u.selfEvaluation.version}版 · ${when(u.selfEvaluation.submitted.time)}` : "未交"),
      h("td", { class: "text", "data-source": "departments" }, depWords(u).map(x => h("div", {}, x))),
      h("td", { "data-source": "findings" }, active(u.unitCode) ? `${active(u.unitCode)} 条` : "—"),
      h("td", {}, e?.selfEvaluated.total ?? "—"), h("td", { "data-evaluated": e?.evaluated.total ?? "" }, e?.evaluated.total ?? "—"),
      missingCell(u));
  }), { class: "round-units" });
}

/** The evaluation of the round's sources now: self-evaluated and evaluated totals, grades, the corrections and why. */
function evaluationTable(r) {
  const ev = state.roundEvaluated;
  if (!ev) return h("p", { id: "round-evaluation" }, `综合评定须等全部单位报送自评(还差 ${(r.missingSelfEvaluations || []).length} 个单位)。`);
  const grades = new Map(ev.assessment.groups.flatMap(g => g.units).map(u => [u.unitCode, u.grade]));
  return h("div", { id: "round-evaluation" }, h("p", {}, `综合评定(按本年度现有材料,${shortDigest(ev.stamp.inputSha256)}):共 ${(ev.units || []).length} 个单位。`),
    table("综合评定:自评与核定", ["单位", "自评总分", "核定总分", "差值", "等级", "核定依据"], (ev.units || []).map(u =>
      h("tr", { "data-unit": u.unitCode, class: u.overstated ? "overstated" : null }, h("td", {}, u.name), h("td", {}, u.selfEvaluated.total), h("td", { "data-evaluated": u.evaluated.total }, u.evaluated.total),
        h("td", {}, u.totalDifference), h("td", {}, GRADE[grades.get(u.unitCode)] || ""),
        h("td", { class: "text" }, (u.corrections || []).map(c => `${c.label}:${c.reportedDisplay}→${c.evaluatedDisplay}(${c.source?.words || ""}${c.source?.note ? "," + c.source.note : ""})`).join(";") || "按自评"))), { class: "evaluation" }));
}

/** 报送截止 and its reopening, the evaluation asked again, approval, reopening with a reason, publication. */
function stages(r) {
  const year = r.year;
  const digest = state.roundEvaluated?.stamp?.inputSha256 || "";
  const units = (state.roundEvaluated?.units || []).length;
  const reason = h("input", { type: "text", size: 28 });
  const number = h("input", { type: "text", size: 20, placeholder: `例:衡贫发〔${year + 1}〕3号` });
  // 印发日期: today while it is in the year after the round's (when a year's notice is issued), else left to the clerk.
  const issued = h("input", { type: "date", value: today().startsWith(`${year + 1}-`) ? today() : "" });
  const issuedHint = h("p", { class: "hint", id: "issued-on-hint" }, `印发日期默认为今天,仅当今天在 ${year + 1} 年内;否则请按通报的实际印发日期填写。`);
  const needReason = () => reason.value.trim() ? null : refuse("stage", "请写明原因。");
  const s = r.status;
  const controls = [];
  if (s === "ROUND_STATUS_OPEN" || s === "ROUND_STATUS_CLOSED") controls.push(act("stage", "重新综合评定", async () => "已按现有材料重新综合评定"));
  if (s === "ROUND_STATUS_OPEN")
    controls.push(act("stage", "报送截止", () => call("/v1/rounds:closeSubmissions", { body: { year, etag: r.etag, reason: reason.value.trim() } }).then(() => "报送已截止:自评、部门数据和检查发现不再接受修改,可以综合评定和审定"),
      () => [`${year}年度考核报送截止:此后各单位自评、部门数据和检查发现不再接受修改,直到恢复报送。`, "确认截止", null]));
  if (s === "ROUND_STATUS_CLOSED")
    controls.push(act("stage", "恢复报送", () => call("/v1/rounds:reopenSubmissions", { body: { year, etag: r.etag, reason: reason.value.trim() } }).then(() => "已恢复报送"), needReason));
  if (s === "ROUND_STATUS_OPEN" || s === "ROUND_STATUS_CLOSED")
    controls.push(act("stage", "审定(领导小组)", () => call("/v1/rounds:approve", { body: { year, evaluationDigest: digest } }).then(() => "已审定:本年度结果以此为准"),
      () => digest ? [`审定 ${year} 年度综合评定:共 ${units} 个单位(${shortDigest(digest)})。`, "确认审定", "审定后,本年度的材料不再修改,除非重新开启。"] : refuse("stage", "尚无综合评定,不能审定。")));
  if (s === "ROUND_STATUS_APPROVED" || s === "ROUND_STATUS_PUBLISHED")
    controls.push(act("stage", "重新开启", () => call("/v1/rounds:reopen", { body: { year, reason: reason.value.trim(), etag: r.etag } }).then(() => "已重新开启:材料可以修改,须重新审定"),
      () => reason.value.trim() ? [`重新开启 ${year} 年度考核:已审定的结果作废,须重新审定。原因:${reason.value.trim()}`, "确认重新开启", null] : refuse("stage", "重新开启须写明原因。")));
  if (s === "ROUND_STATUS_APPROVED")
    controls.push(act("stage", "发布通报", () => call("/v1/rounds:publishNotice", { body: { year, evaluationDigest: r.approval?.evaluationDigest || digest, noticeNumber: number.value.trim(), issuedOn: issued.value } }).then(() => `通报已发布(${number.value.trim()},${issued.value})`),
      () => !number.value.trim() ? refuse("stage", "请填写通报文号。") : !issued.value ? refuse("stage", "请填写印发日期。")
        : [`发布 ${year} 年度考核通报:文号 ${number.value.trim()},印发日期 ${issued.value},共 ${units} 个单位。`, "确认发布", "通报发布后即为本年度的正式结果。"]));
  const publication = r.publication ? h("p", { "data-published": "true" }, `通报已发布:${[r.publication.noticeNumber, r.publication.issuedOn].filter(Boolean).join(",")}(${mark(r.publication.approved)})`) : null;
  return h("section", { class: "round-step", id: "round-stages" }, h("h3", {}, "报送截止、综合评定、审定与通报(扶贫办、领导小组)"), publication,
    h("div", { class: "stage-fields" }, labelled("原因或说明", reason), s === "ROUND_STATUS_APPROVED" ? [labelled("通报文号", number), labelled("印发日期", issued), issuedHint] : null),
    h("div", { class: "stage-buttons" }, controls), feedback("stage"), evaluationTable(r));
}

/** The round's own documents, made by the server from the approved evaluation (marked 草稿 before approval). */
function documents(r) {
  const year = r.year;
  const draft = !r.approval;
  // A draft's file says so in its name: a draft and the approved document never share a name in the Downloads folder.
  const mark = draft ? "(草稿)" : "";
  const files = [["notice.docx", `${year}年度考核情况通报${mark}.docx`, "通报(.docx)"], ["notice.html", `${year}年度考核情况通报${mark}.html`, "通报(网页,可打印)"],
    ["results.xlsx", `${year}年度考核结果${mark}.xlsx`, "考核结果工作簿"], ["evaluation.xlsx", `${year}年度综合评定${mark}.xlsx`, "综合评定工作簿"]];
  const get = (path, name) => async () => {
    const area = document.getElementById("feedback-documents");
    try {
      const response = await call(`/v1/rounds/${year}/documents/${path}`, { raw: true });
      saveFile(await response.blob(), name);
      area.replaceChildren(h("p", { class: "done" }, `已下载 ${name}`));
    } catch (e) { area.replaceChildren(h("p", { class: "error", role: "alert" }, `${name} 无法下载:${errorText(e)}`)); }
  };
  return h("section", { class: "round-step", id: "round-documents" }, h("h3", {}, `本年度的文件${draft ? "(尚未审定:每页标有“草稿”)" : "(依据审定的结果)"}`),
    h("div", { class: "downloads", role: "group", "aria-label": "下载本年度的文件" }, files.map(([path, name, words]) => button(`下载${words}`, get(path, name), { "data-document": path }))),
    feedback("documents"));
}

/** The round view's steps, reached from the keyboard in a few presses: each link scrolls to its section and focuses its heading. */
function steps(year) {
  const all = [["round-import", "导入"], ["round-self", "单位自评"], ["round-department", "部门数据"], ["round-findings", "检查发现"],
    ["round-stages", "截止、评定、审定与通报"], ["round-documents", "本年度的文件"], ["round-history", "变更记录"]];
  const go = id => e => {
    e.preventDefault();
    const section = document.getElementById(id)?.closest("section");
    if (!section) return;
    section.scrollIntoView();
    const head = section.querySelector("h3");
    head.tabIndex = -1;
    head.focus();
  };
  return h("nav", { class: "round-steps", "aria-label": "本页各步骤" }, "本页:", all.map(([id, words]) => h("a", { href: `#/round/${year}`, "data-step": id, onclick: go(id) }, words)));
}

export async function round() {
  if (demoMode()) return [h("h2", {}, "考核轮次"), h("p", { class: "callout" }, "演示模式中的虚构示例数据不能提交到任何考核年度。", h("a", { href: "/#/round" }, "离开演示模式,回到考核轮次"))];
  const r = state.round;
  const year = state.year;
  if (!r) return [h("h2", {}, `${year}年度考核`), yearPicker(), h("p", {}, `${year}年度考核尚未开启。`)];
  const editable = editableStatus(r.status);
  const frozen = editable ? null : h("p", { class: "callout" }, r.status === "ROUND_STATUS_CLOSED" ? "报送已截止:自评、部门数据和检查发现暂不接受修改;恢复报送后才能修改。" : "已审定:材料不再修改;如须更改,请先重新开启(写明原因)。");
  return [h("h2", {}, `${year}年度考核 · 状态:`, h("span", { "data-status": r.status }, ROUND_STATUS[r.status] || "")),
    h("p", { class: "round-facts" }, `依据 ${documentWords()};开启:${mark(r.opened)}${r.approval ? `;审定:${mark(r.approval.approved)}` : ""}${r.publication ? `;通报:${mark(r.publication.approved)}` : ""}。尚未报送自评:${(r.missingSelfEvaluations || []).length} 个单位。`),
    steps(year), yearPicker(), overview(r), frozen, roundImport(r, editable), selfEvaluationForm(r, editable), departmentForm(r, editable), findingsForm(r, editable), stages(r), documents(r),
    roundHistory(year, r.units, r.findings || [])];
}
