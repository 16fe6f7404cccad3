// The round of the chosen year as the page holds it: the round as stored (GET /v1/rounds/{year}), the rule set it was
// opened under (its catalog and target table), and its evaluation, asked again on every load so that a reload shows
// what the round holds. The other views read the round's verified figures from here; the invented example lives only
// in demo mode (the page opened as /?demo), which never reaches a round.
import { call } from "./api.js";
import { h, button } from "./dom.js";
import { state, clone, baseRequest } from "./data.js";
import { useCatalogWords, ROUND_STATUS } from "./words.js";

const LAST_YEAR = "scoringkernel.workbench.year";

/** The page was opened in demo mode (/?demo): the invented example, nothing of a round. */
export const demoMode = () => new URLSearchParams(location.search).has("demo");

/** The rule sets the server has loaded (ListRuleSets) and the years that have a round (ListRounds). */
export async function loadYears(signal) {
  const [sets, rounds] = await Promise.all([call("/v1/ruleSets", { signal }), call("/v1/rounds", { signal })]);
  state.ruleSets = sets.ruleSets || [];
  state.rounds = (rounds.rounds || []).map(r => ({ year: r.year, status: r.status, ruleSetId: r.ruleSet?.id })).sort((a, b) => a.year - b.year);
}

/** The year the page opens on: the one the address names, else the one last used here, else the latest round's. */
export function chosenYear(arg) {
  const named = Number(arg);
  if (Number.isInteger(named) && named > 1900) return named;
  if (state.year) return state.year;
  const last = Number(localStorage.getItem(LAST_YEAR));
  if (state.rounds.some(r => r.year === last)) return last;
  return state.rounds.at(-1)?.year ?? state.ruleSets.filter(s => !s.invented).map(s => s.year).sort().at(-1) ?? new Date().getFullYear();
}

/** The rule set a new round of the year takes by default: the one whose year is the round's (as the API does). */
export const ruleSetForYear = year => state.ruleSets.find(s => s.year === year && !s.invented) || state.ruleSets.find(s => s.year === year) || null;

async function useCatalog(id, signal) {
  if (state.catalog?.id === id && state.targets) return;
  const [catalog, targets] = await Promise.all([call(`/v1/ruleSets/${encodeURIComponent(id)}`, { signal }), call(`/v1/ruleSets/${encodeURIComponent(id)}/targetTable`, { signal })]);
  state.catalog = catalog.ruleSet;
  useCatalogWords(state.catalog);
  state.targets = targets.targetTable;
}

/**
 * The year's round into the page: the round as stored and, once every unit has its self-evaluation, its evaluation
 * (the views' ranking, cards and starting figures). A year without a round leaves the page with its rule set only.
 */
export async function useRound(year, signal) {
  state.year = year;
  localStorage.setItem(LAST_YEAR, String(year));
  const known = state.rounds.some(r => r.year === year);
  const round = known ? (await call(`/v1/rounds/${year}`, { signal })).round : null;
  state.round = round;
  const ruleSetId = round?.ruleSet?.id || ruleSetForYear(year)?.id || state.ruleSets[0]?.id;
  if (ruleSetId) await useCatalog(ruleSetId, signal);
  state.ruleSet = state.ruleSets.find(s => s.id === ruleSetId) || null;
  await useRoundEvaluation(signal);
  yearWords();
}

/**
 * The round read again (GET /v1/rounds/{year}) and its etag compared with the one the page holds: another session may
 * have written since. Changed: the page takes the new round and its evaluation, says so in a notice at the top until
 * dismissed, and answers true; unchanged (or no round): false.
 */
export async function roundChangedElsewhere(signal) {
  const held = state.round;
  if (demoMode() || !held) return false;
  const fresh = (await call(`/v1/rounds/${held.year}`, { signal })).round;
  if (!fresh || fresh.etag === held.etag) return false;
  await useRound(held.year, signal);
  state.roundFresh = true;
  const listed = state.rounds.find(r => r.year === held.year);
  if (listed) listed.status = fresh.status;
  const status = fresh.status === held.status ? `状态仍为${ROUND_STATUS[fresh.status] || ""}` : `状态:${ROUND_STATUS[held.status] || ""} → ${ROUND_STATUS[fresh.status] || ""}`;
  const text = `${held.year}年度考核已在别处更改(${status}),页面已按最新情况更新。请核对后再操作。`;
  document.getElementById("round-changed")?.remove();
  const banner = h("div", { id: "round-changed", class: "callout", role: "alert" }, text, " ", button("知道了", () => banner.remove()));
  document.querySelector("header").after(banner);
  return true;
}

/** The round's evaluation asked again (none while a unit's self-evaluation is missing): what the other views read. */
export async function useRoundEvaluation(signal) {
  const round = state.round;
  state.roundEvaluated = null;
  state.roundEtag = "";
  if (round && !(round.missingSelfEvaluations || []).length) {
    const answer = await call(`/v1/rounds/${round.year}/evaluation`, { signal });
    state.roundEvaluated = answer.evaluation;
    state.roundEtag = answer.etag;
  }
  if (state.roundEvaluated) {
    state.evaluated = state.roundEvaluated;
    state.assessment = state.roundEvaluated.assessment;
    // The sources as EvaluateRequest holds them, for baseRequest(): the self-evaluations, the evaluated figures over them.
    state.evaluation = { ruleSetId: round.ruleSet.id, submissions: round.units.map(u => ({ selfEvaluation: clone(u.selfEvaluation.figures) })) };
    state.request = baseRequest();
    state.sourceName = `${round.year}年度考核的核定数据`;
  } else {
    state.evaluated = null; state.assessment = null; state.evaluation = null; state.request = null;
    state.sourceName = "";
  }
}

/** The round's digest as a clerk may see it: labelled, shortened. */
export const shortDigest = d => d ? `材料摘要 ${d.slice(0, 8)}` : "";

/** The document a year is assessed by: "衡贫发[2015]2号", "(虚构示例)" for an invented one. */
export function documentWords(set = state.ruleSet) {
  if (!set) return "";
  return `${set.document || set.title}${set.invented ? "(虚构示例,非正式文件)" : ""}`;
}

/** Title, heading and footer of the year and its document; demo mode says it is the invented example. */
export function yearWords() {
  const year = demoMode() ? state.catalog?.year : state.year;
  const heading = document.querySelector("header h1");
  const footer = document.querySelector("footer");
  const set = demoMode() ? state.ruleSets.find(s => s.id === state.catalog?.id) : state.ruleSet;
  heading.textContent = demoMode() ? `演示模式(虚构的示例数据,不属于任何考核年度)· ${year}年规则` : `${year}年度衡阳市精准扶贫工作考核 · 工作台`;
  document.title = demoMode() ? "演示模式 · 精准扶贫考核工作台" : `${year}年度考核 · 精准扶贫考核工作台`;
  for (const a of document.querySelectorAll("nav a[href^='#/round']")) a.setAttribute("href", `#/round/${demoMode() ? "" : state.year}`);
  footer.textContent = set ? `依据 ${set.title}${set.invented ? "(虚构示例,非正式文件)" : ""}。` : "";
  document.getElementById("source").textContent = demoMode() ? `演示数据:${state.sourceName}` :
    state.round ? `考核年度:${state.year}年 · 依据 ${documentWords()}${state.roundEvaluated ? " · 各视图显示本年度考核的核定数据" : " · 尚无综合评定(有单位未报自评)"}` : `考核年度:${state.year}年 · 尚未开启`;
}

/** A view that reads the round says so; without an evaluation it says why and where to go. */
export function roundNeeded() {
  if (demoMode() || state.assessment) return null;
  return [`${state.year}年度考核尚无综合评定`, state.round ? `还有 ${(state.round.missingSelfEvaluations || []).length} 个单位未报自评,全部报齐后,这里显示本年度的核定结果。` : `${state.year}年度考核尚未开启。`];
}


/** What a planning view starts from, said at its top: the round's verified figures, or the invented example. */
export function startsFrom() {
  return demoMode()
    ? `从演示数据出发:${state.sourceName}。`
    : `从${state.year}年度考核的核定数据出发(各单位自评经部门数据和检查发现核定后的数值${state.round?.approval ? ",即已审定的结果" : ",尚未审定"})。`;
}
