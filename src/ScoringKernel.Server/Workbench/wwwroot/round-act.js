// One act on the round from the page: asked first where it cannot be taken back, then sent, then the round read again
// and the view drawn anew; what came of it is said beside the button that caused it (never at the foot of the page),
// and the time from the click to the updated view is kept for the browser tests.
import { h, button, confirmAct } from "./dom.js";
import { problemTable, problemsOf } from "./api.js";
import { state } from "./data.js";
import { roundChangedElsewhere } from "./round-state.js";

/** The place beside a section's buttons where its acts report; what the last act said, after the view is drawn again. */
export function feedback(key) {
  const area = h("div", { class: "feedback", id: `feedback-${key}`, role: "status", tabindex: "-1" });
  if (state.flash?.key === key) area.append(h("p", { class: "done" }, state.flash.text));
  return area;
}

export function problems(area, label, e) {
  const all = problemsOf(e);
  area.replaceChildren(problemTable(`${label}未完成(共 ${all.length} 处问题)`, all));
}

/**
 * A button acting on the round. `f` sends and answers the sentence to show; `ask` (may be async) checks what was entered
 * and gives [question, yes, details] to confirm (or null, or false: refused, already said). Before the question the
 * round is read again: changed by another session, the act is not asked nor sent and the view shows the round as it
 * now is. After the act the round is read again and the view redrawn; the timing goes to state.actionTimings.
 */
export function act(key, label, f, ask, attrs) {
  return button(label, async () => {
    // While an act is under way the round changes by the page's own hand: the check on returning to the page waits.
    state.acting = (state.acting || 0) + 1;
    try { await acted(key, label, f, ask); } finally { state.acting--; }
  }, attrs);
}

async function acted(key, label, f, ask) {
  const area = document.getElementById(`feedback-${key}`);
  area?.replaceChildren();
  const question = await ask?.();
  if (question === false) return;
  if (question && await roundChangedElsewhere()) {
    state.flash = { key, text: `${label}:未执行。本年度考核已在别处更改,请核对最新情况后再操作。`, hash: location.hash };
    await window.workbench.route();
    document.getElementById(`feedback-${key}`)?.focus();
    return;
  }
  if (question && !await confirmAct(question[0], question[1], "取消", question[2])) { area?.replaceChildren(h("p", {}, `${label}:已取消`)); return; }
  const started = performance.now();
  let text;
  try { text = await f(); }
  catch (e) { if (area) problems(area, label, e); return; }
  state.flash = { key, text: text || `${label}:完成`, hash: location.hash };
  await window.workbench.route();
  (state.actionTimings ??= []).push({ label, ms: performance.now() - started });
  document.getElementById(`feedback-${key}`)?.focus();
}

/** A failure shown beside a section without redrawing (a check before sending). */
export function refuse(key, text) {
  document.getElementById(`feedback-${key}`)?.replaceChildren(h("p", { class: "error", role: "alert" }, text));
  return false;
}
