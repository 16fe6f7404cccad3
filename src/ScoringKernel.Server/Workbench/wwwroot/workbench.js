// The workbench: every number on the page comes from the server's HTTP/JSON API (/v1/…); this script only asks and draws.
"use strict";

const GRADE = { GRADE_CLASS_1: "一类", GRADE_CLASS_2: "二类", GRADE_UNQUALIFIED: "不合格", GRADE_DISQUALIFIED: "取消排序资格" };
const GRADE_CLASS = { GRADE_CLASS_1: "class_1", GRADE_CLASS_2: "class_2", GRADE_UNQUALIFIED: "unqualified", GRADE_DISQUALIFIED: "disqualified" };
const GROUP = { ASSESSMENT_GROUP_COUNTIES_AND_CITIES: "县市组", ASSESSMENT_GROUP_DISTRICTS: "区组" };
const MEASURE = { MEASURE_PERCENT: "%", MEASURE_YUAN: "元", MEASURE_WAN: "万元", MEASURE_HOUSEHOLDS: "户", MEASURE_VILLAGES: "个村", MEASURE_FLAG: "" };
const NUMERALS = "一二三四五六七八九十";
const SCOPES = [
  ["group:ASSESSMENT_GROUP_COUNTIES_AND_CITIES", "县市组全部单位"], ["group:ASSESSMENT_GROUP_DISTRICTS", "区组全部单位"],
  ["kind:UNIT_KIND_COUNTY", "各县"], ["kind:UNIT_KIND_COUNTY_CITY", "各县级市"], ["kind:UNIT_KIND_DISTRICT", "各区"],
];
const POLICIES = [["UNIT_POLICY_PROPORTIONAL", "按比例扣分"], ["UNIT_POLICY_WHOLE_UNITS", "满一个单位才扣"], ["UNIT_POLICY_STARTED_UNITS", "不足一个单位按一个扣"]];

const state = { catalog: null, request: null, evaluation: null, assessment: null, evaluated: null, sourceName: "", scenarios: [], timings: [] };

// ---------- DOM helpers ----------
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v); else el.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}
function s(tag, attrs, ...children) {
  const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
  for (const c of children.flat()) if (c !== null && c !== undefined) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}
function table(caption, headers, rows) {
  return h("table", {}, caption ? h("caption", {}, caption) : null,
    h("thead", {}, h("tr", {}, headers.map(x => h("th", { scope: "col" }, x)))),
    h("tbody", {}, rows));
}
let fieldCounter = 0;
function labelled(text, control, error) {
  const id = control.id || `f${++fieldCounter}`;
  control.id = id;
  return h("div", { class: "field" }, h("label", { for: id }, text), control, error || null);
}
function select(options, value) {
  const el = h("select", {}, options.map(([v, t]) => h("option", { value: v }, t)));
  if (value !== undefined) el.value = value;
  return el;
}
function status(text) { document.getElementById("status").textContent = text; }
const camel = path => path.split(".").map(p => p.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase()));
const clone = x => JSON.parse(JSON.stringify(x));
const unitName = code => (state.assessment?.scoreCards || []).find(c => c.unitCode === code)?.name || code;
const clause = indicator => "附件1-" + NUMERALS[Number(indicator.match(/\d+/)?.[0] ?? 0) - 1];

// ---------- the API ----------
class ApiError extends Error {
  constructor(httpStatus, body) {
    super(body?.message || `HTTP ${httpStatus}`);
    this.httpStatus = httpStatus;
    this.violations = (body?.details || []).flatMap(d => d.fieldViolations || []);
  }
}
async function post(path, body) {
  const response = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const json = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, json);
  return json;
}
async function get(path) {
  const response = await fetch(path);
  const json = await response.json();
  if (!response.ok) throw new ApiError(response.status, json);
  return json;
}

/** The current request as the base of every what-if: an AssessRequest (for an evaluation, its evaluated figures). */
function baseRequest() {
  if (!state.evaluation) return state.request;
  const units = state.evaluated.units.map(u => figuresOf(u));
  return { ruleSetId: state.evaluation.ruleSetId, units };
}
/** An evaluated unit's figures as UnitFigures JSON, from the self-evaluation with every resolved figure applied. */
function figuresOf(u) {
  const self = clone(state.evaluation.submissions.find(s => s.selfEvaluation.unitCode === u.unitCode).selfEvaluation);
  for (const f of u.figures || []) {
    if (f.figure.village) {
      const v = self.villageAssistance.villages.find(x => x.name === f.figure.village.name);
      if (f.figure.village.field === "VILLAGE_FIELD_RESIDENT_TEAM") v.residentTeam = f.value === "1"; else v.projectInvestmentWan = f.value;
    } else setFigure(self, state.catalog.figureFields.find(x => x.wireValue === f.figure.field), f.value);
  }
  return self;
}
function setFigure(unit, info, text) {
  const [group, leaf] = info.path.includes(".") ? camel(info.path) : [null, camel(info.path)[0]];
  const target = group ? (unit[group] ??= {}) : unit;
  target[leaf] = info.kind === "yes_no" ? (text === "1" || text === true) : text;
}
function getFigure(unit, info) {
  const [group, leaf] = info.path.includes(".") ? camel(info.path) : [null, camel(info.path)[0]];
  const value = group ? unit[group]?.[leaf] : unit[leaf];
  return info.kind === "yes_no" ? (value ? "1" : "0") : String(value ?? "");
}

async function refresh() {
  if (state.evaluation) {
    state.evaluated = await post("/v1/evaluate", state.evaluation);
    state.assessment = state.evaluated.assessment;
  } else {
    state.evaluated = null;
    state.assessment = (await post("/v1/assess", state.request)).assessment;
  }
  document.getElementById("source").textContent = `数据:${state.sourceName}${state.evaluation ? "(综合评定:自评、部门数据、检查发现)" : ""}`;
}

async function loadExample(name, label) {
  const json = await get(`/workbench/${name}`);
  await useRequest(json, label);
}
async function useRequest(json, label) {
  const previous = [state.request, state.evaluation, state.sourceName];
  if (json.submissions) { state.evaluation = json; state.request = null; } else { state.request = json; state.evaluation = null; }
  state.sourceName = label;
  try { await refresh(); }
  catch (e) { [state.request, state.evaluation, state.sourceName] = previous; throw e; }
  if (state.evaluation) state.request = baseRequest();
}

// ---------- charts ----------
function barChart(group, passLine) {
  const W = 420, H = 260, top = 16, left = 34, plot = 200, barW = Math.min(44, (W - left - 10) / group.units.length - 10);
  const y = v => top + plot * (1 - v / 100);
  const units = group.units;
  const class1 = units.filter(u => u.grade === "GRADE_CLASS_1").map(u => Number(u.total));
  const svgEl = s("svg", { class: "chart", width: W, height: H, role: "img", "aria-label": `${GROUP[group.group]}总分柱状图,合格线${passLine}分` });
  for (const t of [0, 20, 40, 60, 80, 100]) svgEl.append(s("text", { x: 4, y: y(t) + 4 }, t), s("line", { x1: left, x2: W - 4, y1: y(t), y2: y(t), stroke: "#eee" }));
  units.forEach((u, i) => {
    const x = left + 8 + i * (barW + 10), v = Number(u.total);
    const bar = s("rect", { class: `bar ${GRADE_CLASS[u.grade]}`, x, y: y(v), width: barW, height: plot * v / 100, "data-unit": u.unitCode }, s("title", {}, `${u.name} ${u.total} ${GRADE[u.grade]}`));
    bar.addEventListener("click", () => { location.hash = `#/unit/${u.unitCode}`; });
    svgEl.append(bar, s("text", { x: x + barW / 2, y: y(v) - 3, "text-anchor": "middle" }, u.total), s("text", { x: x + barW / 2, y: top + plot + 14, "text-anchor": "middle" }, u.name));
  });
  svgEl.append(s("line", { class: "pass-line", x1: left, x2: W - 4, y1: y(passLine), y2: y(passLine) }), s("text", { x: W - 70, y: y(passLine) - 3, fill: "#c00" }, `合格线 ${passLine}`));
  if (class1.length) {
    const line = Math.min(...class1);
    svgEl.append(s("line", { class: "class-line", x1: left, x2: W - 4, y1: y(line), y2: y(line) }), s("text", { x: W - 80, y: y(line) + 12, fill: "#2e7d32" }, `一类线 ${line.toFixed(2)}`));
  }
  return svgEl;
}

// ---------- views ----------
const views = {
  async ranking() {
    const passLine = Number(state.catalog.passLine);
    const groups = state.assessment.groups.map(g => h("section", { class: "group", "data-group": g.group },
      h("h2", {}, `${GROUP[g.group]}(一类名额 ${g.class1Quota} 名)`),
      table(null, ["名次", "单位", "代码", "总分", "等级", "备注"], g.units.map(u =>
        h("tr", { class: GRADE_CLASS[u.grade], "data-unit": u.unitCode },
          h("td", {}, u.rank || "—"), h("td", {}, h("a", { href: `#/unit/${u.unitCode}` }, u.name)), h("td", {}, u.unitCode),
          h("td", {}, u.total), h("td", {}, GRADE[u.grade]), h("td", {}, u.tieUnresolved ? "并列,待领导小组裁定" : "")))),
      barChart(g, passLine)));
    const issues = [...(state.assessment.tableIssues || []), ...(state.assessment.consistencyWarnings || []), ...(state.evaluated?.warnings || [])];
    return [h("h2", {}, "各组排名与等级"), h("div", { class: "groups" }, groups),
      issues.length ? h("details", {}, h("summary", {}, `提示 ${issues.length} 条(目标表核对、数据前后矛盾、部门数据来源)`),
        h("ul", {}, issues.map(i => h("li", {}, `${i.field}: ${i.message}`)))) : null];
  },

  async unit(code) {
    const cards = state.assessment.scoreCards;
    code = code || cards[0].unitCode;
    const card = cards.find(c => c.unitCode === code);
    const picker = select(cards.map(c => [c.unitCode, `${c.name}(${c.unitCode})`]), code);
    picker.addEventListener("change", () => { location.hash = `#/unit/${picker.value}`; });
    const evaluation = state.evaluated?.units.find(u => u.unitCode === code);
    const indicators = (card.indicatorScores || []).map(i => h("section", { class: "indicator" },
      h("h3", {}, `${i.clauseId} 得分 ${i.score} / ${i.standardScore}${i.capped ? "(扣分超过标准分,按标准分封顶)" : ""}`),
      table(null, ["评分标准", "对象", "目标", "实际", "差距", "扣分单位", "扣分"], (i.lines || []).map(l => h("tr", {},
        h("td", { class: "words" }, l.words), h("td", {}, l.subject), h("td", {}, measured(l.target, l.measure)),
        h("td", {}, measured(l.actual, l.measure)), h("td", {}, short(l.shortfall)), h("td", {}, short(l.steps)), h("td", {}, short(l.deduction)))))));
    return [h("h2", {}, "单位评分"), labelled("单位", picker),
      h("p", { class: "total" }, `${card.name}(${card.unitCode},${GROUP[card.group]}):总分 `, h("strong", { "data-total": card.total }, card.total),
        card.fundsMisused ? "(违规违纪使用扶贫资金,取消年度考核排序资格)" : "",
        " · ", h("a", { href: `#/margins/${code}` }, "差距与可达")),
      evaluation ? sources(evaluation) : null, indicators];
  },

  async figures() {
    const errors = new Map();
    const unitCodes = state.request.units.map(u => u.unitCode);
    const chosen = state.figuresUnit && unitCodes.includes(state.figuresUnit) ? state.figuresUnit : unitCodes[0];
    const picker = select(unitCodes.map(c => [c, `${unitName(c)}(${c})`]), chosen);
    picker.addEventListener("change", () => { state.figuresUnit = picker.value; route(); });
    const upload = h("input", { type: "file", accept: ".json,.xlsx,application/json" });
    upload.addEventListener("change", async () => {
      const file = upload.files[0];
      if (!file) return;
      try {
        // A workbook is read by the server (/v1/workbooks:readFigures) into the request it holds; JSON is sent as it is.
        const request = file.name.toLowerCase().endsWith(".xlsx")
          ? (await post("/v1/workbooks:readFigures", { workbook: await base64(file) })).request
          : JSON.parse(await file.text());
        await useRequest(request, file.name);
        status(`已载入 ${file.name}`);
        route();
      }
      catch (e) { status(`${file.name}:${e.violations?.length ? e.violations.map(v => `${v.field}: ${v.description}`).join(";") : e.message}`); }
    });
    const unit = state.request.units.find(u => u.unitCode === chosen);
    const index = state.request.units.indexOf(unit);
    const inputs = state.catalog.figureFields.map(info => {
      const id = `figure-${info.path.replace(/\./g, "-")}`;
      const error = h("span", { class: "error", id: `${id}-error`, role: "alert" });
      const control = info.kind === "yes_no"
        ? select([["1", "是"], ["0", "否"]], getFigure(unit, info))
        : h("input", { type: "text", inputmode: "decimal", value: getFigure(unit, info), "aria-describedby": `${id}-error` });
      control.id = id;
      control.dataset.path = info.path;
      let timer;
      control.addEventListener(info.kind === "yes_no" ? "change" : "input", () => {
        clearTimeout(timer);
        timer = setTimeout(() => check(info, control, error), 250);
      });
      errors.set(info.path, [control, error]);
      return labelled(`${info.clauseId ? info.clauseId + " " : ""}${info.label}(${info.unit})`, control, error);
    });
    async function check(info, control, error) {
      const candidate = clone(state.request);
      setFigure(candidate.units[index], info, control.value);
      candidate.view = "ASSESSMENT_VIEW_BASIC";
      try {
        await post("/v1/assess", candidate);
        control.removeAttribute("aria-invalid"); error.textContent = "";
        setFigure(state.request.units[index], info, control.value);
        if (state.evaluation) { state.evaluation = null; state.sourceName += "(已修改)"; }
        await refresh();
        status(`${unitName(chosen)} ${info.label} 已更新`);
      } catch (e) {
        const prefix = `units[${index}].${info.path}`;
        const mine = (e.violations || []).filter(v => v.field === prefix || v.field.startsWith(prefix));
        control.setAttribute("aria-invalid", "true");
        error.textContent = (mine.length ? mine : e.violations || [{ description: e.message }]).map(v => v.description).join(";");
      }
    }
    return [h("h2", {}, "指标数据"),
      h("div", {}, h("button", { type: "button", onclick: async () => { await loadExample("illustrative-2015.json", "示例数据(虚构)"); route(); } }, "载入示例数据"),
        h("button", { type: "button", onclick: async () => { await loadExample("evaluation-2015.json", "综合评定示例(虚构)"); route(); } }, "载入综合评定示例"),
        labelled("上传指标工作簿(.xlsx)或请求文件(proto3 JSON)", upload)),
      labelled("单位", picker),
      h("form", { onsubmit: e => e.preventDefault(), "aria-label": "单位年度指标" },
        h("fieldset", {}, h("legend", {}, `${unitName(chosen)}(${chosen})的年度指标:修改后由服务器即时校验`), inputs)),
      h("p", {}, `贫困村 ${unit.villageAssistance?.villages?.length ?? 0} 个(逐村数据见上传的请求文件)。`)];
  },

  async whatif() {
    if (!state.scenarios.length) state.scenarios.push({ name: "方案1", overrides: [] });
    const area = h("div", { id: "comparison" });
    const scenarioBlocks = state.scenarios.map((scenario, si) => h("fieldset", { class: "scenario" },
      h("legend", {}, scenario.name),
      h("ul", { class: "overrides" }, scenario.overrides.map((o, oi) => h("li", {}, describe(o), " ",
        overrideValue(o) !== undefined ? valueEditor(o, area) : null,
        h("button", { type: "button", "aria-label": `删除 ${describe(o)}`, onclick: () => { scenario.overrides.splice(oi, 1); route(); } }, "删除")))),
      overrideEditor(o => { scenario.overrides.push(o); route(); }, `添加到${scenario.name}`)));
    const add = h("button", { type: "button", onclick: () => { state.scenarios.push({ name: `方案${state.scenarios.length + 1}`, overrides: [] }); route(); } }, "新增方案");
    setTimeout(() => compare(area), 0);
    return [h("h2", {}, "假设分析:改变目标、参数或指标,比较得分、名次和等级"), h("div", { class: "scenarios" }, scenarioBlocks), add, area];
  },

  async sweep() {
    const area = h("div", { id: "sweep-chart" });
    let template = state.sweepTemplate || null;
    const editor = overrideEditor(o => { template = o; state.sweepTemplate = o; chosen.textContent = `扫描对象:${describe(o)}`; }, "选定扫描对象", true);
    const chosen = h("p", {}, template ? `扫描对象:${describe(template)}` : "扫描对象:未选择");
    const from = h("input", { type: "text", value: state.sweepRange?.[0] ?? "500" });
    const to = h("input", { type: "text", value: state.sweepRange?.[1] ?? "1000" });
    const step = h("input", { type: "text", value: state.sweepRange?.[2] ?? "10" });
    const mode = select([["total", "总分"], ["rank", "名次"]], "total");
    const run = h("button", { type: "button", onclick: () => sweep(template, [from.value, to.value, step.value], mode.value, area) }, "开始扫描");
    return [h("h2", {}, "区间扫描:一个取值从起点到终点逐步变化"), editor, chosen,
      labelled("起点", from), labelled("终点", to), labelled("步长", step), labelled("纵轴", mode), run, area];
  },

  async margins(code) {
    const cards = state.assessment.scoreCards;
    code = code || cards[0].unitCode;
    const picker = select(cards.map(c => [c.unitCode, `${c.name}(${c.unitCode})`]), code);
    picker.addEventListener("change", () => { location.hash = `#/margins/${picker.value}`; });
    const base = baseRequest();
    const [margins, reach] = await Promise.all([
      post("/v1/scenarios:margins", { base, unitCode: code }),
      post("/v1/scenarios:reach", { ruleSetId: base.ruleSetId || "" })]);
    const byField = {};
    for (const m of margins.margins) (byField[m.field] ??= {})[m.goal] = m;
    const fields = state.catalog.figureFields.filter(f => byField[f.wireValue]);
    const cell = m => !m ? "" : m.status === "MARGIN_STATUS_MET" ? "已达到" : m.status === "MARGIN_STATUS_REACHABLE" ? m.required : "无法达到";
    const change = m => m?.status === "MARGIN_STATUS_REACHABLE" ? (Number(m.change) > 0 ? "+" : "") + m.change : "";
    const r = reach.reaches.find(x => x.unitCode === code);
    return [h("h2", {}, "差距与可达"), labelled("单位", picker),
      h("p", {}, `${unitName(code)} 当前总分 ${cards.find(c => c.unitCode === code).total};在现行规则与目标下,可能的最低总分 ${r.lowestTotal},最高总分 ${r.highestTotal}。`),
      table("单一指标需要达到的数值(其余指标不变)", ["条款", "指标", "单位", "当前值", "合格(80分)所需", "变化", "一类所需", "变化"], fields.map(f => {
        const pass = byField[f.wireValue].GOAL_PASS_LINE, class1 = byField[f.wireValue].GOAL_CLASS_1;
        return h("tr", { "data-field": f.wireValue }, h("td", {}, f.clauseId), h("td", { class: "text" }, f.label), h("td", {}, f.unit),
          h("td", {}, pass?.current ?? class1?.current), h("td", { title: pass?.reason || "" }, cell(pass)), h("td", {}, change(pass)),
          h("td", { title: class1?.reason || "" }, cell(class1)), h("td", {}, change(class1)));
      }))];
  },
};

/** A line's target or actual with its unit; a yes/no requirement as 是/否. */
function measured(x, measure) { return measure === "MEASURE_FLAG" ? (Number(x) === 1 ? "是" : "否") : short(x) + (MEASURE[measure] || ""); }

async function base64(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function short(x) { const n = Number(x); return Number.isFinite(n) && String(x).length > 10 ? n.toFixed(4) : x; }

function sources(u) {
  return h("section", { class: "sources" }, h("h3", {}, `自评 ${u.selfEvaluated.total} 分,核定 ${u.evaluated.total} 分(${u.totalDifference})`),
    (u.corrections || []).length
      ? table("核定依据", ["指标", "自评", "核定", "来源", "说明"], (u.corrections || []).map(c => h("tr", {},
          h("td", { class: "text" }, c.label), h("td", {}, c.reportedDisplay), h("td", {}, c.evaluatedDisplay), h("td", {}, c.source.words), h("td", { class: "text" }, c.source.note || ""))))
      : h("p", {}, "全部指标按自评。"),
    h("details", {}, h("summary", {}, "每项指标的数据来源"),
      table(null, ["指标", "数值", "来源"], (u.figures || []).map(f => h("tr", {}, h("td", { class: "text" }, f.label), h("td", {}, f.display), h("td", {}, f.source.words))))));
}

// ---------- overrides ----------
function parameterOptions() {
  const c = state.catalog;
  const list = [["pass_line", `合格线(现为 ${c.passLine})`], ["quotas.counties_and_cities_class_1", `县市组一类名额(现为 ${c.countiesAndCitiesClass1Quota})`], ["quotas.districts_class_1", `区组一类名额(现为 ${c.districtsClass1Quota})`]];
  for (const i of c.indicators) {
    const key = i.indicator.replace("INDICATOR_", "").toLowerCase();
    for (const p of i.parameters)
      if (!p.tableColumn) list.push([`${key}.${p.name}`, `${i.clauseId} ${p.name}(现为 ${p.value})`]);
  }
  return list;
}
function describe(o) {
  const c = state.catalog;
  if (o.target) {
    const f = c.targetFields.find(x => x.wireValue === o.target.field);
    const scope = o.target.unitCode ? unitName(o.target.unitCode) : SCOPES.find(([k]) => k === (o.target.group ? `group:${o.target.group}` : `kind:${o.target.kind}`))?.[1];
    return `目标:${scope} ${f.label}(${f.unit})`;
  }
  if (o.parameter) return `参数:${parameterOptions().find(([k]) => k === o.parameter.path)?.[1] ?? o.parameter.path}`;
  if (o.policy) return `扣分口径:${POLICIES.find(([k]) => k === o.policy.unitPolicy)[1]}`;
  const f = c.figureFields.find(x => x.wireValue === o.figure.field);
  return `指标:${unitName(o.figure.unitCode)} ${f.label}(${f.unit})`;
}
function overrideValue(o) { return (o.target || o.parameter || o.figure)?.value; }
function valueEditor(o, area) {
  const holder = o.target || o.parameter || o.figure;
  const input = h("input", { type: "text", value: holder.value, size: 8 });
  let timer;
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(() => { holder.value = input.value; compare(area); }, 200); });
  return labelled("取值", input);
}
/** Pickers for one override: kind, then what it sets, then its value. No JSON to type. */
function overrideEditor(onAdd, buttonText, forSweep) {
  const kind = select([["target", "目标(附件2)"], ["parameter", "规则参数"], ["figure", "单位指标"], ...(forSweep ? [] : [["policy", "扣分口径"]])], "target");
  const holder = h("span", {});
  let build;
  function draw() {
    holder.replaceChildren();
    const c = state.catalog;
    const units = state.assessment.scoreCards.map(x => [x.unitCode, `${x.name}(${x.unitCode})`]);
    if (kind.value === "target") {
      const field = select(c.targetFields.map(f => [f.wireValue, `${f.label}(${f.unit})`]));
      const scope = select([...SCOPES, ...units]);
      const value = h("input", { type: "text", size: 8 });
      holder.append(labelled("目标列", field), labelled("范围", scope), forSweep ? "" : labelled("取值", value));
      build = () => {
        const t = { field: field.value, value: forSweep ? "0" : value.value };
        const [k, v] = scope.value.split(":");
        if (k === "group") t.group = v; else if (k === "kind") t.kind = v; else t.unitCode = scope.value;
        return { target: t };
      };
    } else if (kind.value === "parameter") {
      const path = select(parameterOptions());
      const value = h("input", { type: "text", size: 8 });
      holder.append(labelled("参数", path), forSweep ? "" : labelled("取值", value));
      build = () => ({ parameter: { path: path.value, value: forSweep ? "0" : value.value } });
    } else if (kind.value === "figure") {
      const unit = select(units);
      const field = select(c.figureFields.filter(f => f.kind !== "yes_no" || !forSweep).map(f => [f.wireValue, `${f.clauseId} ${f.label}(${f.unit})`]));
      const value = h("input", { type: "text", size: 8 });
      holder.append(labelled("单位", unit), labelled("指标", field), forSweep ? "" : labelled("取值", value));
      build = () => ({ figure: { unitCode: unit.value, field: field.value, value: forSweep ? "0" : value.value } });
    } else {
      const policy = select(POLICIES);
      holder.append(labelled("扣分口径", policy));
      build = () => ({ policy: { unitPolicy: policy.value } });
    }
  }
  kind.addEventListener("change", draw);
  draw();
  return h("div", { class: "editor" }, labelled("类型", kind), holder, h("button", { type: "button", onclick: () => onAdd(build()) }, buttonText));
}

async function compare(area) {
  const scenarios = state.scenarios.filter(x => x.overrides.length);
  if (!scenarios.length) { area.replaceChildren(h("p", {}, "添加一项改变后,这里显示各单位得分、名次和等级的变化。")); return; }
  const started = performance.now();
  let reply;
  try {
    reply = await post("/v1/scenarios:compare", { base: baseRequest(), scenarios: scenarios.map(x => ({ name: x.name, overrides: x.overrides })) });
  } catch (e) {
    area.replaceChildren(h("p", { class: "error", role: "alert" }, (e.violations?.length ? e.violations.map(v => `${v.field}: ${v.description}`) : [e.message]).join(";")));
    return;
  }
  const first = reply.comparisons[0];
  const rows = first.units.map(u => h("tr", { "data-unit": u.unitCode },
    h("td", {}, u.name), h("td", {}, GROUP[u.group]), h("td", {}, u.totalBefore), h("td", {}, GRADE[u.gradeBefore]),
    reply.comparisons.map(c => {
      const x = c.units.find(y => y.unitCode === u.unitCode);
      const crossing = x.crossings?.map(k => `${k.boundary === "BOUNDARY_PASS_LINE" ? "合格线" : "一类线"}${k.direction === "DIRECTION_UP" ? "↑" : "↓"}`).join(" ") || "";
      const cls = x.crossings?.some(k => k.direction === "DIRECTION_DOWN") ? "cross-down" : x.crossings?.length ? "cross-up" : null;
      return [h("td", { class: cls, "data-scenario": c.scenario, "data-total": x.totalAfter }, `${x.totalAfter}(${Number(x.totalDelta) > 0 ? "+" : ""}${x.totalDelta})`),
        h("td", {}, `${x.rankBefore || "—"}→${x.rankAfter || "—"}`), h("td", { class: cls }, `${GRADE[x.gradeAfter]}${crossing ? " " + crossing : ""}`)];
    })));
  area.replaceChildren(table("各单位在各方案下的变化(越过合格线或一类线的单元格标色)",
    ["单位", "组", "现总分", "现等级", ...reply.comparisons.flatMap(c => [`${c.scenario} 总分`, `${c.scenario} 名次`, `${c.scenario} 等级`])], rows));
  const elapsed = performance.now() - started;
  state.timings.push(elapsed);
  area.dataset.updated = String(state.timings.length);
}

async function sweep(template, [start, stop, step], mode, area) {
  if (!template) { status("请先选定扫描对象"); return; }
  state.sweepRange = [start, stop, step];
  area.replaceChildren(h("p", {}, "计算中…"));
  const response = await fetch("/v1/scenarios:sweep", { method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ base: baseRequest(), template, start, stop, step }) });
  if (!response.ok) {
    const e = new ApiError(response.status, await response.json().catch(() => null));
    area.replaceChildren(h("p", { class: "error", role: "alert" }, (e.violations?.length ? e.violations.map(v => `${v.field}: ${v.description}`) : [e.message]).join(";")));
    return;
  }
  const points = [];
  const chart = h("div", {});
  area.replaceChildren(chart);
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
      if (line) points.push(JSON.parse(line).point);
    }
    if (points.length - drawn >= 25 || done) { chart.replaceChildren(lineChart(points, mode, Number(start), Number(stop))); drawn = points.length; }
    if (done) break;
  }
  status(`扫描完成:${points.length} 个点`);
}

function lineChart(points, mode, start, stop) {
  const W = 1000, H = 360, left = 46, right = 130, top = 14, plot = 300;
  const units = points[0]?.units.map(u => u.unitCode) || [];
  const values = points.flatMap(p => p.units.map(u => mode === "rank" ? (u.rank || 8) : Number(u.total)));
  const lo = mode === "rank" ? 0 : Math.max(0, Math.floor(Math.min(...values, 80) / 10) * 10 - 5), hi = mode === "rank" ? 8 : 100;
  const x = v => left + (W - left - right) * (stop === start ? 0 : (Number(v) - start) / (stop - start));
  const y = v => mode === "rank" ? top + plot * (v / hi) : top + plot * (1 - (v - lo) / (hi - lo));
  const colors = ["#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6", "#9a6324", "#469990", "#000075", "#808000", "#800000"];
  const svgEl = s("svg", { class: "chart sweep", width: W, height: H, role: "img", "aria-label": `区间扫描:${points.length} 个点,各单位${mode === "rank" ? "名次" : "总分"}随取值变化`, "data-points": points.length });
  const ticks = mode === "rank" ? [1, 2, 3, 4, 5, 6, 7] : [lo, lo + (hi - lo) / 4, lo + (hi - lo) / 2, lo + 3 * (hi - lo) / 4, hi];
  for (const t of ticks) svgEl.append(s("line", { x1: left, x2: W - right, y1: y(t), y2: y(t), stroke: "#eee" }), s("text", { x: 4, y: y(t) + 4 }, Math.round(t * 10) / 10));
  svgEl.append(s("text", { x: left, y: H - 4 }, start), s("text", { x: W - right - 30, y: H - 4 }, stop));
  units.forEach((code, i) => {
    const d = points.map((p, k) => { const u = p.units.find(z => z.unitCode === code); return `${k ? "L" : "M"}${x(p.value).toFixed(1)},${y(mode === "rank" ? (u.rank || 8) : Number(u.total)).toFixed(1)}`; }).join(" ");
    svgEl.append(s("path", { class: "series", d, stroke: colors[i % colors.length], "data-unit": code }, s("title", {}, unitName(code))),
      s("text", { x: W - right + 6, y: 18 + i * 14, fill: colors[i % colors.length] }, unitName(code)));
  });
  if (mode === "total") {
    svgEl.append(s("line", { class: "pass-line", x1: left, x2: W - right, y1: y(Number(state.catalog.passLine)), y2: y(Number(state.catalog.passLine)) }));
    // The Class 1 boundary of each group: the lowest Class 1 total at each point.
    for (const [group, color] of [["ASSESSMENT_GROUP_COUNTIES_AND_CITIES", "#2e7d32"], ["ASSESSMENT_GROUP_DISTRICTS", "#7cb342"]]) {
      const codes = new Set(state.assessment.scoreCards.filter(c => c.group === group).map(c => c.unitCode));
      const d = points.map((p, k) => {
        const class1 = p.units.filter(u => codes.has(u.unitCode) && u.grade === "GRADE_CLASS_1").map(u => Number(u.total));
        return class1.length ? `${k ? "L" : "M"}${x(p.value).toFixed(1)},${y(Math.min(...class1)).toFixed(1)}` : "";
      }).join(" ").trim();
      if (d) svgEl.append(s("path", { class: "class-line series", d, stroke: color }, s("title", {}, `${GROUP[group]}一类线`)));
    }
  }
  return svgEl;
}

// ---------- routing ----------
async function route() {
  const [, name = "ranking", arg] = location.hash.match(/^#\/([a-z]+)(?:\/(.+))?/) || [];
  const view = views[name] ? name : "ranking";
  for (const a of document.querySelectorAll("nav a")) {
    if (a.getAttribute("href") === `#/${view}`) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
  }
  const main = document.getElementById("view");
  try {
    const content = await views[view](arg && decodeURIComponent(arg));
    main.replaceChildren(...[content].flat(Infinity).filter(Boolean));
    main.dataset.view = view;
  } catch (e) {
    main.replaceChildren(h("p", { class: "error", role: "alert" }, `出错:${e.message}`));
    main.dataset.view = view;
    console.error(e);
  }
}

async function start() {
  state.catalog = (await get("/v1/ruleSets/hengyang-2015")).ruleSet;
  await loadExample("illustrative-2015.json", "示例数据(虚构)");
  window.addEventListener("hashchange", route);
  await route();
  document.body.dataset.ready = "true";
}
start().catch(e => { document.getElementById("view").textContent = `无法载入:${e.message}`; });
