// One act on the round from the page: asked first where it cannot be taken back, then sent, then the round read again
// and the view drawn anew; what came of it is said beside the button that caused it (never at the foot of the page),
// and the time from the click to the updated view is kept for the browser tests.
import { h, button, confirmAct } from "./dom.js";
import { problemTable, problemsOf } from "./api.js";
import { state } from "./data.js";

/** The place beside a section's buttons where its acts report; what the last act said, after the view is drawn again. */
export function feedback(key) {
  const area = h("div", { class: "feedback", id: `feedback-${key}`, role: "status", tabindex: "-1" });
  if (state.flash?.key === key) area.append(h("p", { class: "done" }, state.flash.text));
  return area;
}

function problems(area, label, e) {
  const all = problemsOf(e);
  area.replaceChildren(problemTable(`${label}未完成(共 ${all.length} 处问题)`, all));
}

/**
 * A button acting on the round. `f` sends and answers the sentence to show; `ask` gives [question, yes, details] to
 * confirm first (or null). The round is read again and the view redrawn; the timing goes to state.actionTimings.
 */
export function act(key, label, f, ask, attrs) {
  return button(label, async () => {
    const area = document.getElementById(`feedback-${key}`);
    area?.replaceChildren();
    const question = ask?.();
    if (question === false) return;
    if (question && !await confirmAct(question[0], question[1], "取消", question[2])) { area?.replaceChildren(h("p", {}, `${label}:已取消`)); return; }
    const started = performance.now();
    let text;
    try { text = await f(); }
    catch (e) { if (area) problems(area, label, e); return; }
    state.flash = { key, text: text || `${label}:完成`, hash: location.hash };
    await window.workbench.route();
    (state.actionTimings ??= []).push({ label, ms: performance.now() - started });
    document.getElementById(`feedback-${key}`)?.focus();
  }, attrs);
}

/** A failure shown beside a section without redrawing (a check before sending). */
export function refuse(key, text) {
  document.getElementById(`feedback-${key}`)?.replaceChildren(h("p", { class: "error", role: "alert" }, text));
  return false;
}
