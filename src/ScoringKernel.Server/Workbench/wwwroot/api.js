// The one place the page talks to the server: every call asks for Chinese (Accept-Language: zh-CN), every failure is
// read as the google.rpc.Status the server sends (its problems from their facts, never from the words), and each
// view's calls share an AbortController so that an answer arriving after a newer question is never applied.
import { h, table } from "./dom.js";
import { state, figureTitle, unitName as nameOf } from "./data.js";

export const LANGUAGE = "zh-CN";

export class ApiError extends Error {
  constructor(httpStatus, body) {
    const localized = (body?.details || []).find(d => d["@type"]?.endsWith("LocalizedMessage"))?.message;
    super(localized || body?.message || `HTTP ${httpStatus}`);
    this.httpStatus = httpStatus;
    const info = (body?.details || []).find(d => d["@type"]?.endsWith("ErrorInfo"));
    this.reason = info?.reason || "";
    this.role = info?.metadata?.role || "";
    this.violations = (body?.details || []).flatMap(d => d.fieldViolations || []);
    this.facts = (body?.details || []).find(d => d["@type"]?.endsWith("/scoringkernel.v1.FieldViolationFacts"))?.violations || [];
  }
}

const scopes = new Map();
/** A fresh signal for the named scope, aborting the calls still under way in it. */
export function scope(name) {
  scopes.get(name)?.abort();
  const controller = new AbortController();
  scopes.set(name, controller);
  return controller.signal;
}
export const isAbort = e => e?.name === "AbortError";

/** GET when no body is given, else POST of the body as JSON. `raw`: the Response itself (a stream or a file). */
export async function call(path, { body, text, signal, raw, method } = {}) {
  const headers = { "accept-language": LANGUAGE };
  if (text !== undefined) body = text;
  else if (body !== undefined) body = JSON.stringify(body);
  if (body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(path, { method: method || (body === undefined ? "GET" : "POST"), headers, body, signal });
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
  return raw ? response : response.json();
}

/** The page's words for a problem's facts (scoringkernel.v1.ProblemFacts): the unit by its name, the column by the
 * catalog's label, the cell of a workbook or the line and column of a file, and the reason without its place. */
function problemFromFacts(facts, message) {
  const f = facts || {};
  const unitCode = f.unitCode || "";
  const figure = f.figure && state.catalog?.figureFields.find(x => x.path === f.figure);
  const target = f.targetColumn && state.catalog?.targetFields.find(x => x.name === f.targetColumn);
  const column = figure ? figureTitle(figure) : target ? target.label : (f.localizedPlace || "");
  const cell = f.sheet ? `${f.sheet}!${f.cell}` : f.line ? `第${f.line}行${f.column ? `第${f.column}列` : ""}` : "";
  const village = f.village && !figure ? `贫困村 ${f.village}` : "";
  return {
    unitCode, unit: unitCode ? unitName(unitCode) : "", column: column || village, cell,
    reason: f.localizedReason || message || "", field: f.field || "", message: message || f.localizedReason || "",
  };
}

const unitName = code => state.targets?.rows?.find(r => r.code === code)?.name || nameOf(code);

/** Every problem of a failure, each from its facts (FieldViolationFacts, in the BadRequest's order); a failure
 * without them (a refused connection, an answer that is not a google.rpc.Status) is one problem: its message. */
export function problemsOf(e) {
  if (e?.facts?.length) return e.facts.map((f, i) => problemFromFacts(f, e.violations?.[i]?.localizedMessage?.message));
  if (e?.violations?.length) return e.violations.map(v => problemFromFacts({ field: v.field }, v.localizedMessage?.message || v.description));
  return [problemFromFacts(null, e?.message || String(e))];
}

/** The one formatter of a failure as a sentence: every localized message, joined. */
export function errorText(e) {
  if (isAbort(e)) return "";
  const words = problemsOf(e).map(p => p.message).join(";");
  // Production: the clerk's certificate lacks the role the call needs (the workbench's scoring and downloads need "score").
  if (e?.reason === "ROLE_REQUIRED") return `您的证书没有所需的角色“${e.role}”,请联系系统管理员在允许名单中为证书加上该角色(${words})`;
  if (e?.reason === "CLIENT_NOT_ALLOWED") return `您的证书未获准访问本服务(${words})`;
  return words;
}

/** Table issues (warnings of a table, a workbook or an evaluation) as problems, from their facts. */
export const issuesOf = issues => (issues || []).map(i => problemFromFacts(i.facts || { field: i.field }, i.localizedMessage?.message || i.message));

/** All problems at once: unit, column, cell, reason; each row links to the unit's figures where it names a unit. */
export function problemTable(caption, problems, link) {
  return table(caption, ["单位", "栏目", "单元格", "原因"], problems.map(p => h("tr", { class: "problem" },
    h("td", {}, p.unit && link ? h("a", { href: link(p) }, p.unit) : p.unit), h("td", { class: "text" }, p.column),
    h("td", {}, p.cell), h("td", { class: "text" }, p.reason))), { class: "problems" });
}
