import { h, table, labelled, select } from "./dom.js";
import { GROUP, MEASURE } from "./words.js";
import { state } from "./data.js";
import { demoMode } from "./round-state.js";

const short = x => { const n = Number(x); return Number.isFinite(n) && String(x).length > 10 ? n.toFixed(4) : x; };
const measured = (x, measure) => measure === "MEASURE_FLAG" ? (Number(x) === 1 ? "是" : "否") : short(x) + (MEASURE[measure] || "");

export async function unit(code) {
  const cards = state.assessment.scoreCards;
  code = code || cards[0].unitCode;
  const card = cards.find(c => c.unitCode === code) || cards[0];
  const picker = select(cards.map(c => [c.unitCode, c.name]), card.unitCode);
  picker.addEventListener("change", () => { location.hash = `#/unit/${picker.value}`; });
  const evaluation = state.evaluated?.units.find(u => u.unitCode === card.unitCode);
  const indicators = (card.indicatorScores || []).map(i => h("section", { class: "indicator" },
    h("h3", {}, `${i.clauseId} 得分 ${i.score} / ${i.standardScore}${i.capped ? "(扣分超过标准分,按标准分封顶)" : ""}`),
    table(null, ["评分标准", "对象", "目标", "实际", "差距", "扣分单位", "扣分"], (i.lines || []).map(l => h("tr", {},
      h("td", { class: "words" }, l.words), h("td", {}, l.subject), h("td", {}, measured(l.target, l.measure)),
      h("td", { class: "written" }, l.actualWritten ? [measured(l.actual, l.measure), h("br"), h("small", { class: "exact" }, `= ${l.actualWritten}`)] : measured(l.actual, l.measure)), h("td", { class: "written" }, l.shortfallWritten || short(l.shortfall)),
      h("td", { class: "written" }, l.stepsWritten || short(l.steps)), h("td", { class: "written" }, l.deductionWritten || short(l.deduction)))))));
  return [h("h2", {}, demoMode() ? "单位评分(演示数据)" : `单位评分(${state.year}年度考核的核定结果)`), labelled("单位", picker),
    h("p", { class: "total" }, `${card.name}(${demoMode() ? card.unitCode + "," : ""}${GROUP[card.group]}):总分 `, h("strong", { "data-total": card.total }, card.total),
      card.fundsMisused ? "(违规违纪使用扶贫资金,取消年度考核排序资格)" : "",
      " · ", h("a", { href: `#/figures/${card.unitCode}` }, demoMode() ? "修改指标" : "每项指标的数值与来源"), " · ", h("a", { href: `#/margins/${card.unitCode}` }, "差距与可达")),
    evaluation ? sources(evaluation) : null, indicators];
}

function sources(u) {
  const corrections = u.corrections || [];
  const clause = i => state.catalog.indicators.find(x => x.indicator === i)?.clauseId || "";
  return h("section", { class: "sources" }, h("h3", {}, `自评 ${u.selfEvaluated.total} 分,核定 ${u.evaluated.total} 分(${u.totalDifference})${u.overstated ? ",自评高于核定1分及以上" : ""}`),
    table("各项指标得分:自评与核定", ["条款", "自评得分", "核定得分", "差值"], (u.differences || []).map(d => h("tr", { "data-indicator": d.indicator },
      h("td", {}, clause(d.indicator)), h("td", {}, d.selfEvaluated), h("td", {}, d.evaluated), h("td", {}, d.difference))), { class: "differences" }),
    corrections.length
      ? table("核定依据", ["指标", "自评", "核定", "来源", "说明"], corrections.map(c => h("tr", {},
          h("td", { class: "text" }, c.label), h("td", {}, c.reportedDisplay), h("td", {}, c.evaluatedDisplay), h("td", {}, c.source?.words || ""), h("td", { class: "text" }, c.source?.note || ""))))
      : h("p", {}, "全部指标按自评。"),
    h("details", {}, h("summary", {}, "每项指标的数据来源"),
      table(null, ["指标", "数值", "来源"], (u.figures || []).map(f => h("tr", {}, h("td", { class: "text" }, f.label), h("td", {}, f.display), h("td", {}, f.source?.words || ""))))));
}
