// The workbench: every number on the page comes from the server (/v1/…); these modules only ask and draw. This one
// routes between the views. The page holds the round of a chosen year (round-state.js); demo mode (/?demo) holds the
// invented example instead, with the draft kept in the browser offered back.
import { h, button, status } from "./dom.js";
import { call, scope, isAbort, errorText } from "./api.js";
import { state, useRequest, readDraft, dropDraft, refresh } from "./data.js";
import { useCatalogWords } from "./words.js";
import { ranking } from "./view-ranking.js";
import { unit } from "./view-unit.js";
import { figures, loadExample } from "./view-figures.js";
import { whatif } from "./view-whatif.js";
import { sweep } from "./view-sweep.js";
import { margins } from "./view-margins.js";
import { round } from "./view-round.js";
import { notice } from "./view-notice.js";
import { demoMode, loadYears, chosenYear, useRound, yearWords, roundNeeded, roundChangedElsewhere } from "./round-state.js";

const views = { round, ranking, unit, figures, whatif, sweep, margins, notice };
let routing = 0;
let shownHash = null;

async function route() {
  const [, name = demoMode() ? "ranking" : "round", arg] = location.hash.match(/^#\/([a-z]+)(?:\/(.+))?/) || [];
  const view = views[name] ? name : "ranking";
  for (const a of document.querySelectorAll("nav a")) {
    if (a.getAttribute("href").split("/")[1] === view) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
  }
  // Feedback belongs to the view that caused it: navigating away clears it.
  if (location.hash !== shownHash) { shownHash = location.hash; status(""); }
  if (state.flash && state.flash.hash !== location.hash) state.flash = null;
  const main = document.getElementById("view");
  const mine = ++routing;
  const started = performance.now();
  try {
    if (!demoMode() && view === "round") {
      const year = chosenYear(arg);
      if (year !== state.year || !state.roundFresh) await useRound(year);
      state.roundFresh = false;
    }
    const missing = view === "round" ? null : roundNeeded();
    const content = missing
      ? [h("h2", {}, missing[0]), h("p", { class: "callout" }, missing[1], " ", h("a", { href: `#/round/${state.year}` }, "到考核轮次"), " · ", h("a", { href: "/?demo#/ranking" }, "演示模式(虚构的示例数据)"))]
      : await views[view](arg && decodeURIComponent(arg));
    if (mine !== routing) return;
    main.replaceChildren(...[content].flat(Infinity).filter(Boolean));
  } catch (e) {
    if (isAbort(e) || mine !== routing) return;
    main.replaceChildren(h("p", { class: "error", role: "alert" }, `出错:${errorText(e) || e.message}`));
    console.error(e);
  }
  main.dataset.view = view;
  main.dataset.ms = String(Math.round(performance.now() - started));
}

/** A draft left by an earlier visit: offered back, never applied silently. */
function offerDraft(draft) {
  const banner = h("div", { id: "draft", class: "callout", role: "alert" },
    `${draft.edited === false ? "本浏览器保存有上次载入的数据" : "本浏览器保存有未完成的修改"}(${new Date(draft.savedAt).toLocaleString("zh-CN", { hour12: false })},${draft.sourceName}${draft.evaluation ? ",综合评定" : ""})。`,
    button(draft.edited === false ? "恢复上次载入的数据" : "恢复草稿", async () => {
      try {
        await useRequest(draft.evaluation || draft.request, draft.sourceName);
        state.dirty = draft.edited !== false;
        state.example = Boolean(draft.example);
        await refresh();
        banner.remove();
        status("草稿已恢复");
        await route();
      } catch (e) { status(`草稿无法恢复:${errorText(e)}`); }
    }),
    button("放弃草稿", () => { dropDraft(); banner.remove(); status("草稿已放弃"); }));
  document.querySelector("header").after(banner);
}

/** Demo mode: the invented example under the 2015 rule set, marked on every view; a draft of an earlier visit offered back. */
async function startDemo() {
  const [catalog, targets, sets] = await Promise.all([call("/v1/ruleSets/hengyang-2015"), call("/v1/ruleSets/hengyang-2015/targetTable"), call("/v1/ruleSets")]);
  state.catalog = catalog.ruleSet;
  useCatalogWords(state.catalog);
  state.targets = targets.targetTable;
  state.ruleSets = sets.ruleSets || [];
  const draft = readDraft();
  await loadExample("illustrative-2015.json", "示例数据(虚构)");
  if (draft) { localStorage.setItem("scoringkernel.workbench.draft", JSON.stringify(draft)); offerDraft(draft); }
  document.body.classList.add("demo");
  document.querySelector("nav").append(h("a", { href: "/#/round", class: "leave-demo" }, "离开演示模式"));
  yearWords();
}

/** The round of the year the address names (or the one last used, or the latest), with its evaluation. */
async function startRound() {
  await loadYears();
  const [, name, arg] = location.hash.match(/^#\/([a-z]+)(?:\/(.+))?/) || [];
  await useRound(chosenYear(name === "round" ? arg : undefined));
  state.roundFresh = true;
  document.querySelector("nav").append(h("a", { href: "/?demo#/ranking", class: "to-demo" }, "演示模式"));
}

async function start() {
  if (demoMode()) await startDemo(); else await startRound();
  window.addEventListener("hashchange", route);
  window.addEventListener("beforeunload", e => { if (state.dirty && demoMode()) e.preventDefault(); });
  // Back to the page (another tab, another window): the round read again, the view redrawn if another session changed it.
  const recheck = async () => {
    if (document.visibilityState !== "visible" || state.acting) return;
    try { if (await roundChangedElsewhere(scope("round-recheck"))) await route(); } catch (e) { if (!isAbort(e)) console.error(e); }
  };
  window.addEventListener("focus", recheck);
  document.addEventListener("visibilitychange", recheck);
  await route();
  document.body.dataset.ready = "true";
}

window.workbench = { route, state, scope };
start().catch(e => { document.getElementById("view").textContent = `无法载入:${errorText(e) || e.message}`; });
