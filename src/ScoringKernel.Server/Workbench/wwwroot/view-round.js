// The year's round: who has submitted what, and when; each party's part entered here (development profile: one
// actor holds every role); the office's evaluation, the Leading Group's approval (审定) and the notice's publication.
import { h, labelled, select, table, button, status, confirmAct, actorName } from "./dom.js";
import { call, scope, problemTable, problemsOf } from "./api.js";
import { DEPARTMENTS, ROUND_STATUS, GRADE } from "./words.js";
import { state, unitFigures, figureInfo, figureTitle } from "./data.js";
import { roundHistory, withoutFindingIds } from "./round-history.js";

const when = t => {
  if (!t) return "";
  const ms = typeof t === "string" ? Date.parse(t) : Number(t.seconds) * 1000;
  return new Date(ms).toLocaleString("zh-CN", { hour12: false });
};
const mark = m => m ? `${actorName(m.actor)} · ${when(m.time)}` : "";
const today = () => new Date().toISOString().slice(0, 10);

export async function round(arg) {
  const year = Number(arg) || state.catalog.year || 2015;
  const signal = scope("view");
  const out = h("div", { id: "round-messages", role: "status" });
  const redraw = () => window.workbench.route();
  // `ask`: the question to confirm first (null: no question), with its yes-button's words.
  const act = (label, f, ask) => button(label, async () => {
    out.replaceChildren();
    const question = ask?.();
    if (question && !await confirmAct(question[0], question[1], "取消", question[2])) { status(`${label}:已取消`); return; }
    try { const text = await f(); status(text || `${label}:完成`); redraw(); }
    catch (e) { out.replaceChildren(problemTable(`${label}未完成(共 ${problemsOf(e).length} 处问题)`, problemsOf(e))); status(`${label}:未完成`); }
  });
  // The list first: a year not yet opened is no failed request.
  const opened = ((await call("/v1/rounds", { signal })).rounds || []).some(x => x.year === year);
  if (!opened) {
    return [h("h2", {}, `${year}年度考核`), h("p", {}, `${year}年度考核尚未开启。`), act("开启本年度考核", () => call("/v1/rounds", { body: { year } }).then(() => `${year}年度考核已开启`)), out];
  }
  const r = (await call(`/v1/rounds/${year}`, { signal })).round;
  const units = r.units || [];
  const findingsOf = code => (r.findings || []).filter(f => f.unitCode === code && !f.withdrawn);
  const grid = table(`${year}年度考核:各单位材料(${ROUND_STATUS[r.status] || r.status})`, ["单位", "自评", ...DEPARTMENTS.map(([, n]) => n), "检查发现", "缺少"], units.map(u =>
    h("tr", { "data-unit": u.unitCode },
      h("td", {}, u.unitName),
      h("td", { "data-source": "self" }, u.selfEvaluation?.submitted ? `第${u.selfEvaluation.version}版 · ${mark(u.selfEvaluation.submitted)}` : "未交"),
      DEPARTMENTS.map(([d]) => { const s = (u.departments || []).find(x => x.figures?.department === d); return h("td", { "data-source": d }, s?.submitted ? `第${s.version}版 · ${mark(s.submitted)}` : "—"); }),
      h("td", { "data-source": "findings" }, findingsOf(u.unitCode).map(f => `${figureInfo(f.finding?.figure?.field)?.label || "贫困村"} ${f.finding?.date || ""} ${f.inspector}`).join(";") || "—"),
      h("td", { class: "text", "data-missing": (u.missing || []).length }, (u.missing || []).map(m => m === "selfEvaluation" ? "自评" : DEPARTMENTS.find(([d]) => m.endsWith(d))?.[1] || m).join("、")))));
  const nameOf = code => units.find(u => u.unitCode === code)?.unitName || code;
  const unitOptions = units.map(u => [u.unitCode, `${u.unitName}(${u.unitCode})`]);
  const figureOptions = state.catalog.figureFields.map(f => [f.wireValue, figureTitle(f)]);

  // Self-evaluation: the figures loaded in the workbench for that unit.
  const selfUnit = select(unitOptions);
  const submitSelf = code => call("/v1/rounds:submitSelfEvaluation", { body: { year, unitCode: code, figures: unitFigures(code) } });
  // A department's figure.
  const depUnit = select(unitOptions), dep = select(DEPARTMENTS), depField = select(figureOptions), depValue = h("input", { type: "text", size: 8 });
  // A finding.
  const fUnit = select(unitOptions), fField = select(figureOptions), fValue = h("input", { type: "text", size: 8 }),
    fDate = h("input", { type: "date", value: today() }), fNote = h("input", { type: "text", size: 24 }), fInspector = h("input", { type: "text", size: 10 }),
    fCheck = select([["CHECK_KIND_YEAR_END", "年终考核"], ["CHECK_KIND_ROUTINE", "平时检查"]]);
  const valueOf = (field, input) => figureInfo(field).kind === "yes_no" ? (/^(是|1|true)$/.test(input.value.trim()) ? "1" : "0") : input.value.trim();

  const evaluation = h("div", { id: "round-evaluation" });
  const digest = state.roundEvaluation?.year === year ? state.roundEvaluation.digest : "";
  if (state.roundEvaluation?.year === year) evaluation.append(h("p", {}, `综合评定(依据 ${state.roundEvaluation.etag} 版材料):`, h("code", { "data-digest": digest }, digest.slice(0, 12)),
    `,共 ${state.roundEvaluation.units} 个单位。`),
    table("综合评定:自评与核定", ["单位", "自评总分", "核定总分", "差值", "等级", "核定依据"], (state.roundEvaluated.units || []).map(u => {
      const grade = state.roundEvaluated.assessment.groups.flatMap(g => g.units).find(x => x.unitCode === u.unitCode)?.grade;
      return h("tr", { "data-unit": u.unitCode, class: u.overstated ? "overstated" : null }, h("td", {}, u.name), h("td", {}, u.selfEvaluated.total), h("td", { "data-evaluated": u.evaluated.total }, u.evaluated.total),
        h("td", {}, u.totalDifference), h("td", {}, GRADE[grade] || ""), h("td", { class: "text" }, (u.corrections || []).map(c => `${c.label}:${c.reportedDisplay}→${c.evaluatedDisplay}(${withoutFindingIds(c.source?.words, r.findings || [])}${c.source?.note ? "," + c.source.note : ""})`).join(";") || "按自评"));
    })));

  return [h("h2", {}, `${year}年度考核 · 状态:`, h("span", { "data-status": r.status }, ROUND_STATUS[r.status] || r.status)),
    h("p", {}, `开启:${mark(r.opened)}${r.approval ? `;审定:${mark(r.approval.approved)}` : ""}${r.publication ? `;通报:${mark(r.publication.approved)}` : ""}。尚未提交自评:${(r.missingSelfEvaluations || []).length} 个单位。`),
    grid, out,
    h("fieldset", {}, h("legend", {}, `单位自评(用工作台中已载入的指标:${state.sourceName}${state.example && !state.sourceName.includes("虚构") ? ",虚构的示例" : ""})`), labelled("自评单位", selfUnit),
      act("提交自评", () => submitSelf(selfUnit.value).then(x => `${nameOf(selfUnit.value)} 的自评已提交(第 ${x.selfEvaluation?.version ?? "?"} 版)`)),
      act("提交全部单位自评", async () => { for (const [code] of unitOptions) await submitSelf(code); return `全部 ${unitOptions.length} 个单位的自评已提交`; }, () =>
        [`将以工作台中已载入的“${state.sourceName}”为全部 ${unitOptions.length} 个单位各提交一版自评。`, "确认提交",
          state.example ? "注意:这是虚构的示例数据,不是各单位的真实填报;提交后成为各单位的自评(新一版)。" : "提交后成为各单位的自评(新一版)。"])),
    h("fieldset", {}, h("legend", {}, "部门数据"), labelled("部门单位", depUnit), labelled("部门", dep), labelled("部门指标", depField), labelled("部门取值", depValue),
      act("提交部门数据", () => call("/v1/rounds:submitDepartmentFigures", { body: { year, unitCode: depUnit.value, figures: { department: dep.value, figures: [{ figure: { field: depField.value }, value: valueOf(depField.value, depValue) }] } } }).then(() => "部门数据已提交"))),
    h("fieldset", {}, h("legend", {}, "检查发现(督查人员)"), labelled("发现单位", fUnit), labelled("发现指标", fField), labelled("核实取值", fValue), labelled("检查类别", fCheck),
      labelled("检查日期", fDate), labelled("说明", fNote), labelled("检查人", fInspector),
      act("记录检查发现", () => call("/v1/rounds:recordFinding", { body: { year, findingId: `f-${Date.now()}`, unitCode: fUnit.value, inspector: fInspector.value,
        finding: { figure: { field: fField.value }, value: valueOf(fField.value, fValue), check: fCheck.value, date: fDate.value, note: fNote.value } } }).then(() => "检查发现已记录"))),
    h("fieldset", {}, h("legend", {}, "综合评定、审定与通报(扶贫办、领导小组)"),
      act("综合评定", async () => {
        const answer = await call(`/v1/rounds/${year}/evaluation`);
        state.roundEvaluation = { year, digest: answer.evaluation.stamp.inputSha256, etag: answer.etag, units: (answer.evaluation.units || []).length };
        state.roundEvaluated = answer.evaluation;
        return "综合评定完成";
      }),
      act("审定(领导小组)", () => call("/v1/rounds:approve", { body: { year, evaluationDigest: digest } }).then(() => "已审定"), () => digest
        ? [`审定 ${year} 年度综合评定:依据材料摘要 ${digest.slice(0, 12)},共 ${state.roundEvaluation.units} 个单位。`, "确认审定", "审定后,本年度的材料不再修改。"] : null),
      act("发布通报", () => call("/v1/rounds:publishNotice", { body: { year, evaluationDigest: digest } }).then(() => "通报已发布"), () => digest
        ? [`发布 ${year} 年度考核通报:依据材料摘要 ${digest.slice(0, 12)},共 ${state.roundEvaluation.units} 个单位。`, "确认发布", "通报发布后即为本年度的正式结果。"] : null),
      evaluation),
    roundHistory(year, units, r.findings || [])];
}
