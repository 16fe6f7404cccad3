// The planner's exact question in 差距与可达: for which values of one target or rule parameter does a condition hold?
// GetThresholds (POST /v1/scenarios:thresholds) answers with exact intervals, and for each end the units and clauses
// that bind there, in Chinese. The page only picks the question and shows the answer.
import { h, labelled, select, button, table } from "./dom.js";
import { call, scope, isAbort, errorText } from "./api.js";
import { SCOPES, GROUP } from "./words.js";
import { state, baseRequest } from "./data.js";
import { parameterOptions, parameterValue, scopeNow } from "./overrides.js";

const CONDITIONS = [
  ["KIND_AT_LEAST_QUALIFIED", "至少 K 个单位合格", { group: true, count: true }],
  ["KIND_NONE_BELOW_PASS_LINE", "无单位低于合格线", { group: true }],
  ["KIND_UNIT_QUALIFIED", "指定单位合格", { unit: true }],
  ["KIND_UNIT_CLASS_1", "指定单位评为一类", { unit: true }],
  ["KIND_UNIT_KEEPS_RANK", "指定单位保持现有名次", { unit: true }],
  ["KIND_NO_GRADE_CHANGE", "所有单位等级不变", {}],
];

export function thresholds(code) {
  const c = state.catalog;
  const units = state.assessment.scoreCards.map(x => [x.unitCode, x.name]);
  const kind = select([["target", "目标(附件2)"], ["parameter", "规则参数"]], state.thresholdKind || "target");
  const field = select(c.targetFields.map(f => [f.wireValue, `${f.label}(${f.unit})`]), "TARGET_FIELD_REDUCTION_RATE_PERCENT");
  const scopePicker = select([...SCOPES, ...units], "group:ASSESSMENT_GROUP_COUNTIES_AND_CITIES");
  const parameter = select(parameterOptions(), "pass_line");
  const condition = select(CONDITIONS.map(([k, t]) => [k, t]), "KIND_AT_LEAST_QUALIFIED");
  const conditionUnit = select(units, code);
  const group = select([["ASSESSMENT_GROUP_UNSPECIFIED", "全部单位"], ...Object.entries(GROUP)], "ASSESSMENT_GROUP_COUNTIES_AND_CITIES");
  const count = h("input", { type: "text", inputmode: "numeric", size: 4, value: "6" });
  const from = h("input", { type: "text", inputmode: "decimal", size: 6, placeholder: "全域" });
  const to = h("input", { type: "text", inputmode: "decimal", size: 6, placeholder: "全域" });
  const now = h("span", { class: "now", "aria-live": "polite" });
  const subject = h("span", {}), conditionParts = h("span", {});
  const answer = h("div", { id: "thresholds-answer", "aria-live": "polite" });

  function drawSubject() {
    subject.replaceChildren(...(kind.value === "target" ? [labelled("阈值目标列", field), labelled("目标范围", scopePicker)] : [labelled("阈值参数", parameter)]));
    now.textContent = kind.value === "target" ? `现值:${scopeNow(scopePicker.value, field.value)}` : `现值:${parameterValue(parameter.value) ?? "—"}`;
  }
  function drawCondition() {
    const needs = CONDITIONS.find(([k]) => k === condition.value)[2];
    conditionParts.replaceChildren(...[needs.unit ? labelled("条件单位", conditionUnit) : null, needs.group ? labelled("条件范围", group) : null, needs.count ? labelled("单位数 K", count) : null].filter(Boolean));
  }
  kind.addEventListener("change", () => { state.thresholdKind = kind.value; drawSubject(); });
  for (const x of [field, scopePicker, parameter]) x.addEventListener("change", drawSubject);
  condition.addEventListener("change", drawCondition);
  drawSubject(); drawCondition();

  function request() {
    let template;
    if (kind.value === "target") {
      const t = { field: field.value, value: "0" };
      const [k, v] = scopePicker.value.split(":");
      if (k === "group") t.group = v; else if (k === "kind") t.kind = v; else t.unitCode = scopePicker.value;
      template = { target: t };
    } else template = { parameter: { path: parameter.value, value: "0" } };
    const needs = CONDITIONS.find(([k]) => k === condition.value)[2];
    const cond = { kind: condition.value };
    if (needs.unit) cond.unitCode = conditionUnit.value;
    if (needs.group && group.value !== "ASSESSMENT_GROUP_UNSPECIFIED") cond.group = group.value;
    if (needs.count) cond.count = Number.parseInt(count.value, 10) || 0;
    return { base: baseRequest(), template, condition: cond, from: from.value.trim(), to: to.value.trim() };
  }

  async function ask() {
    answer.replaceChildren(h("p", {}, "正在计算……"));
    let reply;
    try { reply = await call("/v1/scenarios:thresholds", { body: request(), signal: scope("thresholds") }); }
    catch (e) { if (!isAbort(e)) answer.replaceChildren(h("p", { class: "error", role: "alert" }, errorText(e))); return; }
    const end = (e, side) => h("td", { class: "text", "data-end": side, "data-value": e?.value ?? "" },
      h("strong", {}, e?.value ?? "—"), e?.beyond ? `(再往${side === "low" ? "下" : "上"}一格 ${e.beyond} 即不成立)` : "", h("br", {}), e?.localizedDescription?.message || e?.description || "");
    const intervals = reply.intervals || [];
    answer.replaceChildren(
      h("p", { class: "callout", "data-summary": "" }, reply.localizedSummary?.message || reply.summary || ""),
      h("p", {}, `分析范围 ${reply.from} – ${reply.to},步长 ${reply.grid};${reply.baseValue ? `现值 ${reply.baseValue},` : ""}现在条件${reply.holdsAtBase ? "成立" : "不成立"}。`),
      h("details", { class: "calc-details" }, h("summary", {}, "计算详情"), h("p", {}, `共 ${reply.breakpoints} 个断点,计算 ${reply.evaluations} 次。`)),
      intervals.length
        ? table("条件成立的取值区间(含两端;每端说明在该处起作用的单位与条款)", ["区间", "下端", "上端"], intervals.map((i, n) => h("tr", { "data-interval": n },
            h("td", {}, `${i.low?.value ?? ""} – ${i.high?.value ?? ""}`), end(i.low, "low"), end(i.high, "high"))), { class: "thresholds" })
        : h("p", {}, "在分析范围内,没有任何取值使条件成立。"));
  }

  return h("section", { id: "thresholds" },
    h("h3", {}, "阈值:目标或参数取哪些值时条件成立(精确区间,非扫描)"),
    h("div", {}, labelled("阈值对象", kind), subject, now),
    h("div", {}, labelled("条件", condition), conditionParts, labelled("范围起点(可空)", from), labelled("范围终点(可空)", to), button("求阈值", ask)),
    answer);
}
