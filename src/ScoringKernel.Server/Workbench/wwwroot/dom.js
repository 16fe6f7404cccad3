// Small DOM helpers: elements, tables and labelled controls. No framework: each view builds its nodes once per route.
let fieldCounter = 0;

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v); else el.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

export function s(tag, attrs, ...children) {
  const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
  // A fill is set through the CSSOM, above the stylesheet's default text colour (and allowed by the page's CSP).
  for (const [k, v] of Object.entries(attrs || {})) if (k === "fill") el.style.fill = v; else el.setAttribute(k, v);
  for (const c of children.flat()) if (c !== null && c !== undefined) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

export function table(caption, headers, rows, attrs) {
  return h("table", attrs || {}, caption ? h("caption", {}, caption) : null,
    h("thead", {}, h("tr", {}, headers.map(x => h("th", { scope: "col" }, x)))),
    h("tbody", {}, rows));
}

export function labelled(text, control, ...after) {
  const id = control.id || `f${++fieldCounter}`;
  control.id = id;
  return h("div", { class: "field" }, h("label", { for: id }, text), control, ...after);
}

export function select(options, value) {
  const el = h("select", {}, options.map(([v, t]) => h("option", { value: v }, t)));
  if (value !== undefined && value !== null) el.value = value;
  return el;
}

export function button(text, onclick, attrs) { return h("button", { type: "button", ...(attrs || {}), onclick }, text); }

export function status(text) { document.getElementById("status").textContent = text; }

/** Saves bytes as a file the browser downloads. */
export function saveFile(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function base64ToBlob(text, type) {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

export async function fileToBase64(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Asks before an act that cannot be taken back or that replaces work: a dialog of the page's own (not window.confirm),
 * modal, its question and two buttons. Resolves true for `yes`, false for `no` or Esc.
 */
export function confirmAct(question, yes, no, details) {
  return new Promise(resolve => {
    document.getElementById("confirm")?.remove();
    const dialog = h("dialog", { id: "confirm", "aria-labelledby": "confirm-question" },
      h("p", { id: "confirm-question" }, question), details ? h("p", { class: "confirm-details" }, details) : null,
      h("div", { class: "confirm-buttons" }, button(yes, () => done(true), { "data-answer": "yes" }), button(no, () => done(false), { "data-answer": "no" })));
    const done = answer => { dialog.close(); dialog.remove(); resolve(answer); };
    dialog.addEventListener("cancel", e => { e.preventDefault(); done(false); });
    document.body.append(dialog);
    dialog.showModal();
    dialog.querySelector("[data-answer='no']").focus();
  });
}

/** "开发模式(无证书)" for the development profile's actor, else the actor as the server names it. */
export const actorName = a => a === "development" ? "开发模式(无证书)" : a || "";
