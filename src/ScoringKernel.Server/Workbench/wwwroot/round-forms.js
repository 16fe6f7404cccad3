// What each party gives the year's round, entered in the page: a unit's self-evaluation (a new version, confirmed with
// the figures it changes), a department's figures (only those changed are sent, with an update mask, so the others are
// kept), and the inspectors' findings (listed with their values and notes; recorded, or withdrawn with a reason).
import { h, labelled, select, table } from "./dom.js";
import { call, problemTable } from "./api.js";
import { DEPARTMENTS, YES_NO, CHECKS, checkWords, departmentWords } from "./words.js";
import { state, clone, getFigure, setFigure, shown, figureInfo, findingFigure, jsonName, today } from "./data.js";
import { feedback, act, refuse, problems } from "./round-act.js";
import { readTyped } from "./decimal.js";

/** What a figure's control holds, read as the workbook reader reads a typed number (是/否 as chosen). */
const typedValue = (info, control) => info.kind === "yes_no" ? control.value : readTyped(control.value, info.kind).text;
/** A date of the round's year by default: today if it falls in the year, else the year's last day. */
const dayOfYear = year => today().startsWith(`${year}-`) ? today() : `${year}-12-31`;

/** An input for a figure: 是/否 for yes/no, a decimal field otherwise; `data-path` names the figure. */
function figureInput(info, value) {
  const control = info.kind === "yes_no" ? h("select", {}, value === "" ? h("option", { value: "" }, "未报") : null, YES_NO.map(([v, t]) => h("option", { value: v }, t))) : h("input", { type: "text", inputmode: "decimal", size: 8 });
  control.value = value ?? "";
  control.dataset.path = info.path;
  return control;
}
const label = info => `${info.label}${info.unit && info.unit !== "是/否" ? `(${info.unit})` : ""}`;

/** A unit's self-evaluation: its figures as the round holds them; a new version sent with the changed ones. */
export function selfEvaluationForm(round, editable) {
  const units = round.units;
  const code = units.some(u => u.unitCode === state.selfUnit) ? state.selfUnit : units[0]?.unitCode;
  const picker = select(units.map(u => [u.unitCode, u.unitName]), code);
  const holder = h("div", {});
  const draw = () => {
    state.selfUnit = picker.value;
    const u = units.find(x => x.unitCode === picker.value);
    const figures = u.selfEvaluation?.figures;
    if (!figures) { holder.replaceChildren(h("p", {}, `${u.unitName} 尚未报送自评:请先导入该单位的填报工作簿。`)); return; }
    const inputs = state.catalog.figureFields.map(info => [info, figureInput(info, getFigure(figures, info))]);
    const submitting = `提交 ${u.unitName} 的自评`;
    const next = () => {
      const changed = clone(figures);
      for (const [info, control] of inputs) setFigure(changed, info, typedValue(info, control));
      return changed;
    };
    const submit = act("self", submitting, async () => {
      const answer = await call("/v1/rounds:submitSelfEvaluation", { body: { year: round.year, unitCode: u.unitCode, figures: next(), etag: u.selfEvaluation.etag } });
      return `${u.unitName} 的自评已提交(第 ${answer.selfEvaluation.version} 版)`;
    }, async () => {
      const changes = inputs.filter(([info, control]) => typedValue(info, control) !== getFigure(figures, info))
        .map(([info, control]) => `${info.label} ${shown(info, getFigure(figures, info))} → ${shown(info, typedValue(info, control))}`);
      if (!changes.length) return refuse("self", `${u.unitName} 的自评没有改动,无需提交。`);
      // A count travels as a JSON number: text that is no whole number is said here, at its figure (the server would
      // say it in the request body's terms, and stop there).
      const notWhole = inputs.filter(([info, control]) => info.kind === "count" && !/^-?[0-9]+$/.test(typedValue(info, control)));
      if (notWhole.length) {
        document.getElementById("feedback-self").replaceChildren(problemTable(`${submitting}未完成(共 ${notWhole.length} 处问题)`,
          notWhole.map(([info, control]) => ({ unit: u.unitName, column: label(info), cell: "", reason: `请填写整数,不能为“${control.value}”` }))));
        return false;
      }
      // The values checked first, by the server's rules for a unit's figures (ScoreUnit): only valid input is asked to confirm.
      try { await call("/v1/scoreUnit", { body: { ruleSetId: round.ruleSet?.id || "", unit: next() } }); }
      catch (e) { problems(document.getElementById("feedback-self"), submitting, e); return false; }
      return [`提交 ${u.unitName} 的自评第 ${u.selfEvaluation.version + 1} 版:${changes.join(";")}。`, "确认提交", "其余指标(含贫困村)按第 " + u.selfEvaluation.version + " 版不变。"];
    }, { disabled: editable ? null : true });
    holder.replaceChildren(h("div", { class: "figure-grid" }, inputs.map(([info, control]) => labelled(label(info), control))), submit);
  };
  picker.addEventListener("change", draw);
  draw();
  return h("section", { class: "round-step", id: "round-self" }, h("h3", {}, "单位自评(逐个单位修改后提交新一版)"), labelled("自评单位", picker), holder, feedback("self"));
}

/** A department's figures for a unit: every figure Attachment 1 has it give, with the value it gave; only changes are sent. */
export function departmentForm(round, editable) {
  const units = round.units;
  const unit = select(units.map(u => [u.unitCode, u.unitName]), units.some(u => u.unitCode === state.depUnit) ? state.depUnit : units[0]?.unitCode);
  const dep = select(DEPARTMENTS, state.depDepartment || "DEPARTMENT_FINANCE_BUREAU");
  const holder = h("div", {});
  const draw = () => {
    state.depUnit = unit.value; state.depDepartment = dep.value;
    const u = units.find(x => x.unitCode === unit.value);
    const given = (u.departments || []).find(d => d.figures?.department === dep.value);
    const valueOf = info => given?.figures?.figures?.find(f => f.figure?.field === info.wireValue)?.value;
    const fields = state.catalog.figureFields.filter(f => (f.departments || []).includes(dep.value));
    const inputs = fields.map(info => [info, figureInput(info, valueOf(info) ?? "")]);
    const rows = inputs.map(([info, control]) => h("tr", { "data-field": info.wireValue },
      h("td", { class: "text" }, label(info)), h("td", { "data-current": valueOf(info) ?? "" }, valueOf(info) === undefined ? "未报" : shown(info, valueOf(info))),
      h("td", {}, h("label", { class: "visually-hidden", for: `dep-${info.wireValue}` }, `${label(info)} 新值`), Object.assign(control, { id: `dep-${info.wireValue}` }))));
    const submit = act("department", "提交改动的部门数据", async () => {
      const changed = inputs.filter(([info, control]) => control.value.trim() !== (valueOf(info) ?? ""));
      const figures = changed.filter(([, c]) => c.value.trim() !== "").map(([info, c]) => ({ figure: { field: info.wireValue }, value: c.value.trim() }));
      await call("/v1/rounds:submitDepartmentFigures", { body: { year: round.year, unitCode: u.unitCode, etag: given?.etag || "",
        figures: { department: dep.value, figures }, updateMask: changed.map(([info]) => jsonName(info.path)).join(",") } });
      return `${departmentWords(dep.value)} 为 ${u.unitName} 提交:${changed.map(([info, c]) => `${info.label} ${c.value.trim() === "" ? "(清除)" : shown(info, c.value.trim())}`).join("、")};其余数据保留。`;
    }, () => inputs.some(([info, control]) => control.value.trim() !== (valueOf(info) ?? "")) ? null : refuse("department", "没有改动的数据,无需提交。"), { disabled: editable ? null : true });
    holder.replaceChildren(fields.length
      ? table(`${departmentWords(dep.value)}为${u.unitName}提供的数据${given ? `(第 ${given.version} 版)` : ""}`, ["指标", "现值", "新值"], rows, { class: "department-figures" })
      : h("p", {}, `${departmentWords(dep.value)} 不提供单位指标。`), submit);
  };
  unit.addEventListener("change", draw);
  dep.addEventListener("change", draw);
  draw();
  return h("section", { class: "round-step", id: "round-department" }, h("h3", {}, "部门数据(只提交改动的数据,其余保留)"), labelled("部门", dep), labelled("部门单位", unit), holder, feedback("department"));
}

/** The findings of the year: listed with their values and notes, recorded, withdrawn with a reason. */
export function findingsForm(round, editable) {
  const year = round.year;
  const nameOf = code => round.units.find(u => u.unitCode === code)?.unitName || "";
  const figureOf = f => findingFigure(f.finding);
  const valueOf = f => { const info = figureInfo(f.finding?.figure?.field); return info ? shown(info, f.finding.value) : f.finding?.value; };
  const findings = round.findings || [];
  const list = findings.length ? table(`检查发现(共 ${findings.length} 条,其中已撤回 ${findings.filter(f => f.withdrawn).length} 条)`,
    ["单位", "指标", "数值", "检查类别", "日期", "说明", "检查人", "状态"], findings.map(f => h("tr", { "data-finding": f.findingId, class: f.withdrawn ? "withdrawn" : null },
      h("td", {}, nameOf(f.unitCode)), h("td", { class: "text" }, figureOf(f)), h("td", {}, valueOf(f)), h("td", {}, checkWords(f.finding?.check)),
      h("td", {}, f.finding?.date || ""), h("td", { class: "text" }, f.finding?.note || ""), h("td", {}, f.inspector || ""),
      h("td", { class: "text", "data-withdrawn": f.withdrawn ? "true" : "false" }, f.withdrawn ? `已撤回:${f.withdrawalReason || ""}` : "有效"))), { class: "findings" })
    : h("p", {}, "本年度尚无检查发现。");
  const units = round.units.map(u => [u.unitCode, u.unitName]);
  const figureOptions = state.catalog.figureFields.map(f => [f.wireValue, label(f)]);
  const fUnit = select(units), fField = select(figureOptions), fValue = h("input", { type: "text", size: 8 }),
    fDate = h("input", { type: "date", value: dayOfYear(year) }), fNote = h("input", { type: "text", size: 24 }), fInspector = h("input", { type: "text", size: 8 }), fCheck = select(CHECKS);
  const valueFor = () => figureInfo(fField.value).kind === "yes_no" ? (/^(是|1)$/.test(fValue.value.trim()) ? "1" : "0") : fValue.value.trim();
  const record = act("findings", "记录检查发现", () => call("/v1/rounds:recordFinding", { body: { year, findingId: `f-${Date.now()}`, unitCode: fUnit.value, inspector: fInspector.value.trim(),
    finding: { figure: { field: fField.value }, value: valueFor(), check: fCheck.value, date: fDate.value, note: fNote.value.trim() } } })
    .then(() => `已记录 ${nameOf(fUnit.value)} ${figureInfo(fField.value).label} 的检查发现`), null, { disabled: editable ? null : true });
  const active = findings.filter(f => !f.withdrawn);
  const which = select(active.map(f => [f.findingId, `${nameOf(f.unitCode)} · ${figureOf(f)} ${valueOf(f)} · ${f.finding?.date || ""} · ${f.inspector || ""}`]));
  const reason = h("input", { type: "text", size: 28 });
  const withdraw = act("findings", "撤回检查发现", () => call("/v1/rounds:withdrawFinding", { body: { year, findingId: which.value, reason: reason.value.trim(), etag: active.find(f => f.findingId === which.value)?.etag || "" } })
    .then(() => `已撤回检查发现(${which.selectedOptions[0]?.textContent}),原因:${reason.value.trim()}`),
  () => reason.value.trim() ? null : refuse("findings", "撤回须写明原因。"), { disabled: editable && active.length ? null : true });
  return h("section", { class: "round-step", id: "round-findings" }, h("h3", {}, "检查发现(督查人员)"), list,
    h("fieldset", {}, h("legend", {}, "记录一条检查发现"), labelled("发现单位", fUnit), labelled("发现指标", fField), labelled("数值", fValue), labelled("检查类别", fCheck),
      labelled("日期", fDate), labelled("说明", fNote), labelled("检查人", fInspector), record),
    active.length ? h("fieldset", {}, h("legend", {}, "撤回一条检查发现"), labelled("撤回哪一条", which), labelled("撤回原因", reason), withdraw) : null,
    feedback("findings"));
}
