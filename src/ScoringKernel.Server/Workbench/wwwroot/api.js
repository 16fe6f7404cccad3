// The one place the page talks to the server: every call asks for Chinese (Accept-Language: zh-CN), every failure is
// read as the google.rpc.Status the server sends, and each view's calls share an AbortController so that an answer
// arriving after a newer question is never applied.
import { h, table } from "./dom.js";

export const LANGUAGE = "zh-CN";

export class ApiError extends Error {
  constructor(httpStatus, body) {
    const localized = (body?.details || []).find(d => d["@type"]?.endsWith("LocalizedMessage"))?.message;
    super(localized || body?.message || (httpStatus === 404 ? "服务器上没有这项内容" : "服务器未能完成这项请求"));
    this.httpStatus = httpStatus;
    this.violations = (body?.details || []).flatMap(d => d.fieldViolations || []);
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

/** A localized message "place:reason" split at its first colon outside brackets. */
function split(message) {
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    const c = message[i];
    if (c === "(" || c === "(") depth++;
    else if (c === ")" || c === ")") depth--;
    else if ((c === ":" || c === ":") && depth === 0) return [message.slice(0, i).trim(), message.slice(i + 1).trim()];
  }
  return ["", message];
}

/** One problem as the page shows it: the unit, the column, the workbook cell (if any) and the reason, all in Chinese. */
export function problemOf(message, field) {
  let [place, reason] = split(message || "");
  let cell = "";
  const inBook = place.match(/^([^!((]+![A-Z]+\d+)[((](.*)[))]$/) || place.match(/^([^!((]+![A-Z]+\d+)$/);
  if (inBook) { cell = inBook[1]; place = inBook[2] || ""; }
  const parts = place.split(" · ");
  if (/^第\d+行第\d+列$/.test(parts[0])) { cell = parts.shift(); place = parts.join(" · "); }
  const unit = parts.length > 1 ? parts[0] : (/^[^ ]+(区|县|市)$/.test(place) ? place : "");
  const column = parts.length > 1 ? parts.slice(1).join(" · ") : (unit ? "" : place);
  return { unit, column, cell, reason, field: field || "", message };
}

/** Every problem of a failure, each from its field violation's localized message (the status's message if none). */
export function problemsOf(e) {
  if (e?.violations?.length) return e.violations.map(v => problemOf(v.localizedMessage?.message || v.description, v.field));
  return [problemOf(e?.message || String(e))];
}

/** The one formatter of a failure as a sentence: every localized message, joined. */
export function errorText(e) {
  if (isAbort(e)) return "";
  return problemsOf(e).map(p => p.message).join(";");
}

/** Table issues (warnings of a table, a workbook or an evaluation) as problems. */
export const issuesOf = issues => (issues || []).map(i => problemOf(i.localizedMessage?.message || i.message, i.field));

/** All problems at once: unit, column, cell, reason; each row links to the unit's figures where it names a unit. */
export function problemTable(caption, problems, link) {
  return table(caption, ["单位", "栏目", "单元格", "原因"], problems.map(p => h("tr", { class: "problem" },
    h("td", {}, p.unit && link ? h("a", { href: link(p) }, p.unit) : p.unit), h("td", { class: "text" }, p.column),
    h("td", {}, p.cell), h("td", { class: "text" }, p.reason))), { class: "problems" });
}
