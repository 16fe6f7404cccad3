import { h, labelled, select, button, status, fileToBase64, table, confirmAct } from "./dom.js";
import { call, scope, isAbort, problemsOf, problemTable, issuesOf } from "./api.js";
import { YES_NO } from "./words.js";
import { state, clone, setFigure, getFigure, unitName, unitFigures, refresh, useRequest, saveDraft, figureTitle, dropDraft, baseRequest, keepWorkingSet, today } from "./data.js";
import { downloads } from "./downloads.js";
import { readTyped } from "./decimal.js";
import { villageGrid } from "./view-villages.js";
import { demoMode } from "./round-state.js";
import { roundFigures } from "./round-figures.js";

export async function loadExample(name, label) {
  await useRequest(await call(`/workbench/${name}`), label);
  state.example = true;
  dropDraft();
}

/** An example loaded over unsaved edits replaces them only when the clerk says so. */
async function loadExampleAsked(name, label) {
  if (state.dirty && !await confirmAct(`当前数据“${state.sourceName}”有未保存的修改。载入“${label}”将替换这些修改。`, "放弃修改,载入示例", "保留修改")) {
    status("已保留修改,未载入示例");
    return;
  }
  await loadExample(name, label);
  status(`已载入 ${label}`);
  window.workbench.route();
}


export async function figures(arg) {
  if (!demoMode()) return roundFigures(arg);
  const codes = state.request.units.map(u => u.unitCode);
  const chosen = codes.includes(arg) ? arg : codes.includes(state.figuresUnit) ? state.figuresUnit : codes[0];
  state.figuresUnit = chosen;
  const picker = select(codes.map(c => [c, `${unitName(c)}(${c})`]), chosen);
  picker.addEventListener("change", () => { location.hash = `#/figures/${picker.value}`; });
  const problems = h("div", { id: "problems" });
  const upload = h("input", { type: "file", accept: ".json,.xlsx,application/json" });
  upload.addEventListener("change", async () => {
    const file = upload.files[0];
    if (!file) return;
    problems.replaceChildren();
    try {
      let request, warnings = [];
      if (file.name.toLowerCase().endsWith(".xlsx")) {
        const answer = await call("/v1/workbooks:readFigures", { body: { workbook: await fileToBase64(file) } });
        request = answer.request; warnings = answer.warnings || [];
      } else {
        // Sent as it is, so that a problem's line and column are the file's own.
        const text = await file.text();
        await call(isEvaluation(text) ? "/v1/evaluate" : "/v1/assess", { text });
        request = JSON.parse(text);
      }
      await useRequest(request, file.name);
      keepWorkingSet();
      status(`已载入 ${file.name}`);
      await window.workbench.route();
      if (warnings.length) document.getElementById("problems")?.replaceChildren(problemTable(`${file.name} 的提示(不影响载入)`, issuesOf(warnings)));
    } catch (e) {
      const all = e instanceof SyntaxError ? [{ unitCode: "", unit: "", column: "", cell: "", reason: `不是有效的 JSON 文件:${e.message}` }] : problemsOf(e);
      status(`${file.name}:未载入,共 ${all.length} 处问题(见下表)`);
      problems.replaceChildren(problemTable(`${file.name} 的问题(共 ${all.length} 处),文件未载入`, all, p => `#/figures/${p.unitCode}`));
    }
  });
  const unit = unitFigures(chosen);
  const evaluationMode = Boolean(state.evaluation);
  const note = h("input", { type: "text", value: "工作台更正", size: 24 });
  const inputs = state.catalog.figureFields.map(info => {
    const id = `figure-${info.path.replace(/\./g, "-")}`;
    const error = h("span", { class: "error", id: `${id}-error`, role: "alert" });
    const read = h("span", { class: "field-note", id: `${id}-note` });
    const control = info.kind === "yes_no"
      ? select(YES_NO, getFigure(unit, info))
      : h("input", { type: "text", inputmode: "decimal", value: getFigure(unit, info), "aria-describedby": `${id}-error ${id}-note` });
    control.id = id;
    control.dataset.path = info.path;
    let timer;
    control.addEventListener(info.kind === "yes_no" ? "change" : "input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => check(info, control, error, read), 250);
    });
    return labelled(figureTitle(info), control, error, read);
  });

  // The fields whose last change the server refused: the total beside them does not include that change.
  const refused = new Set();
  async function check(info, control, error, read) {
    const signal = scope(`figure:${info.path}`);
    const { text, note } = info.kind === "yes_no" ? { text: control.value, note: "" } : readTyped(control.value, info.kind);
    const candidate = evaluationMode ? corrected(info, text) : clone(state.request);
    if (!evaluationMode) setFigure(candidate.units.find(u => u.unitCode === chosen), info, text);
    try {
      refused.delete(info.path);
      await commit(candidate, info.label, signal);
      control.removeAttribute("aria-invalid"); error.textContent = ""; read.textContent = note;
    } catch (e) {
      if (isAbort(e)) return;
      refused.add(info.path);
      control.setAttribute("aria-invalid", "true");
      error.textContent = problemsOf(e).map(p => p.reason).join(";");
      read.textContent = "";
      showTotal();
    }
  }
  /** Sends the candidate (the whole request, or the evaluation) to the server; applies it only when accepted. */
  async function commit(candidate, what, signal, asSelfEvaluation) {
    await call(evaluationMode ? "/v1/evaluate" : "/v1/assess", { body: evaluationMode ? candidate : { ...candidate, view: "ASSESSMENT_VIEW_BASIC" }, signal: signal || scope("village") });
    if (evaluationMode) state.evaluation = candidate; else state.request = candidate;
    saveDraft();
    await refresh(scope("refresh"));
    if (evaluationMode) state.request = baseRequest();
    showTotal();
    status(`${unitName(chosen)} ${what} 已更新${!evaluationMode ? "" : asSelfEvaluation ? "(作为新一版自评,核定更正保留)" : "(作为核定更正,综合评定保留)"}`);
  }
  const total = h("p", { id: "figures-total", "aria-live": "polite" });
  function showTotal() {
    const card = state.assessment.scoreCards.find(c => c.unitCode === chosen);
    total.replaceChildren(`${unitName(chosen)} 当前总分 `, h("strong", { "data-total": card?.total ?? "" }, card?.total ?? "—"), " 分(服务器按当前数据计算)",
      ...(refused.size ? [h("span", { class: "untallied", "data-untallied": refused.size }, `(未计入出错的修改:${[...refused].map(p => state.catalog.figureFields.find(f => f.path === p)?.label).join("、")})`)] : []));
  }
  showTotal();
  /** In evaluation mode an edit is the office's correction: a finding on that figure with today's date and the note. */
  function corrected(info, value) {
    const candidate = clone(state.evaluation);
    const submission = candidate.submissions.find(x => x.selfEvaluation.unitCode === chosen);
    submission.findings = (submission.findings || []).filter(f => f.figure?.field !== info.wireValue);
    submission.findings.push({ figure: { field: info.wireValue }, value: info.kind === "yes_no" ? value : value, check: "CHECK_KIND_ROUTINE", date: today(), note: note.value || "工作台更正" });
    return candidate;
  }
  const villages = unit.villageAssistance?.villages || [];
  return [h("h2", {}, "指标数据"),
    h("div", {}, button("载入示例数据", () => loadExampleAsked("illustrative-2015.json", "示例数据(虚构)")),
      button("载入综合评定示例", () => loadExampleAsked("evaluation-2015.json", "综合评定示例(虚构)")),
      labelled("上传指标工作簿(.xlsx)或数据文件(.json)", upload)),
    downloads(["template", "figures"]), problems,
    labelled("单位", picker), total,
    evaluationMode ? h("p", { class: "callout" }, "综合评定模式:在此修改的数值作为扶贫办的核定更正(检查发现)记录,自评与部门数据保留。", labelled("更正说明", note)) : null,
    h("form", { onsubmit: e => e.preventDefault(), "aria-label": "单位年度指标" },
      h("fieldset", {}, h("legend", {}, `${unitName(chosen)}(${chosen})的年度指标:修改后由服务器即时校验`), inputs)),
    villageGrid(chosen, villages, { commit, note: () => note.value, redraw: () => window.workbench.route(), problemsOf, isAbort })];
}

/** Whether a file's text is an evaluation (it has submissions); text that is no JSON goes to Assess, which names the mistake. */
function isEvaluation(text) {
  try { return Object.hasOwn(JSON.parse(text) ?? {}, "submissions"); } catch { return false; }
}
