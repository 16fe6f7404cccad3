// The poor villages of one unit, row by row: name, 驻村工作队 是/否, 项目投入(万元); rows added and removed. Every change
// is sent to the server with the unit's other figures (assess, or evaluate in evaluation mode) and applied only when
// the server accepts it; its problem is shown at the row, in Chinese. In evaluation mode a changed 驻村工作队 or
// 项目投入 is the office's correction (a finding with the note); a row added, removed or renamed is a new version of
// the unit's self-evaluation.
import { h, select, button, table, status } from "./dom.js";
import { YES_NO } from "./words.js";
import { state, clone, today } from "./data.js";

const FIELD = { residentTeam: "VILLAGE_FIELD_RESIDENT_TEAM", projectInvestmentWan: "VILLAGE_FIELD_PROJECT_INVESTMENT_WAN" };

/** The candidate request with the unit's own villages changed by `change(villages, findings)`. */
function candidateWith(code, change) {
  if (!state.evaluation) {
    const candidate = clone(state.request);
    const unit = candidate.units.find(u => u.unitCode === code);
    const holder = (unit.villageAssistance ??= {});
    holder.villages ??= [];
    change(holder.villages, null);
    return candidate;
  }
  const candidate = clone(state.evaluation);
  const submission = candidate.submissions.find(x => x.selfEvaluation.unitCode === code);
  const holder = (submission.selfEvaluation.villageAssistance ??= {});
  holder.villages ??= [];
  submission.findings ??= [];
  change(holder.villages, submission.findings);
  return candidate;
}

/** A name not yet used by the unit's villages: 村006 after 村001…村005. */
function freshName(villages) {
  const names = new Set(villages.map(v => v.name));
  for (let i = villages.length + 1; ; i++) { const name = `村${String(i).padStart(3, "0")}`; if (!names.has(name)) return name; }
}

/**
 * The grid. `villages`: the unit's villages as scored (in evaluation mode with the corrections applied);
 * `commit(candidate, what)`: sends the candidate, resolves when accepted, throws the server's failure otherwise;
 * `note()`: the correction's note; `redraw()`: draws the view again (after a row is added or removed).
 */
export function villageGrid(code, villages, { commit, note, redraw, problemsOf, isAbort }) {
  const evaluationMode = Boolean(state.evaluation);
  const message = h("span", { id: "village-message", class: "error", role: "alert" });
  // One change at a time, each built on the figures as the server last accepted them: no edit overwrites another.
  let queue = Promise.resolve(true);
  const send = (build, error, control, what, structural = true) => (queue = queue.then(() => sendNow(build(), error, control, what, structural)));
  async function sendNow(candidate, error, control, what, structural) {
    try {
      await commit(candidate, what, undefined, structural);
      control?.removeAttribute("aria-invalid");
      if (error) error.textContent = "";
      message.textContent = "";
      return true;
    } catch (e) {
      if (isAbort(e)) return false;
      control?.setAttribute("aria-invalid", "true");
      const text = problemsOf(e).map(p => p.reason).join(";");
      if (error) error.textContent = text; else message.textContent = `无法${what}:${text}`;
      status(`${what}未完成:${text}`);
      return false;
    }
  }
  const rows = villages.map((v, i) => {
    const error = h("span", { class: "error", id: `village-${i}-error` });
    const described = { "aria-describedby": error.id };
    const name = h("input", { type: "text", size: 10, value: v.name, "aria-label": `第${i + 1}个村 村名`, "data-village": i, "data-part": "name", ...described });
    const team = select(YES_NO, v.residentTeam ? "1" : "0");
    Object.entries({ "aria-label": `${v.name} 驻村工作队`, "data-village": i, "data-part": "residentTeam", ...described }).forEach(([k, x]) => team.setAttribute(k, x));
    const investment = h("input", { type: "text", inputmode: "decimal", size: 8, value: v.projectInvestmentWan ?? "0", "aria-label": `${v.name} 项目投入(万元)`, "data-village": i, "data-part": "projectInvestmentWan", ...described });
    const original = v.name;
    // A value of an existing village: in evaluation mode the office's correction of it.
    const valueChange = (part, control) => {
      const value = part === "residentTeam" ? control.value : control.value.trim();
      const candidate = () => candidateWith(code, (list, findings) => {
        const village = list.find(x => x.name === original);
        if (!findings) { village[part] = part === "residentTeam" ? value === "1" : value; return; }
        const kept = findings.filter(f => !(f.figure?.village?.name === original && f.figure.village.field === FIELD[part]));
        findings.splice(0, findings.length, ...kept,
          { figure: { village: { name: original, field: FIELD[part] } }, value, check: "CHECK_KIND_ROUTINE", date: today(), note: note() || "工作台更正" });
      });
      return send(candidate, error, control, `${original} ${part === "residentTeam" ? "驻村工作队" : "项目投入"}`, false);
    };
    let timer;
    investment.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(() => valueChange("projectInvestmentWan", investment), 250); });
    team.addEventListener("change", () => valueChange("residentTeam", team));
    name.addEventListener("change", () => {
      const renamed = name.value.trim();
      const candidate = () => candidateWith(code, (list, findings) => {
        list.find(x => x.name === original).name = renamed;
        for (const f of findings || []) if (f.figure?.village?.name === original) f.figure.village.name = renamed;
      });
      send(candidate, error, name, `${original} 改名为 ${renamed}`).then(ok => { if (ok) redraw(); });
    });
    const remove = button("删除", () => {
      const candidate = () => candidateWith(code, (list, findings) => {
        list.splice(list.findIndex(x => x.name === original), 1);
        if (findings) findings.splice(0, findings.length, ...findings.filter(f => f.figure?.village?.name !== original));
      });
      send(candidate, error, null, `删除 ${original}`).then(ok => { if (ok) redraw(); });
    }, { "aria-label": `删除 ${v.name}` });
    return h("tr", { "data-village": i }, h("td", {}, i + 1), h("td", {}, name), h("td", {}, team), h("td", {}, investment), h("td", {}, remove), h("td", { class: "text" }, error));
  });
  const add = button("新增贫困村", () => {
    message.textContent = "";
    const candidate = () => candidateWith(code, list => { list.push({ name: freshName(list), residentTeam: false, projectInvestmentWan: "0" }); });
    send(candidate, null, null, "新增贫困村").then(ok => { if (ok) redraw(); });
  }, { "aria-describedby": "village-message" });
  return h("section", { id: "villages" },
    table(`贫困村 ${villages.length} 个:逐村修改后由服务器即时校验${evaluationMode ? "(驻村工作队、项目投入的修改作为核定更正;增删村或改村名作为新一版自评)" : ""}`,
      ["序号", "村名", "驻村工作队", "项目投入(万元)", "操作", "问题"], rows, { class: "villages" }),
    h("div", { class: "village-add" }, add, message));
}
