// Exact decimal strings for the planner's "+20 %" and "+5": a value becomes value + by or value × (100 + by) / 100,
// computed on BigInt digits, never on floating point. The scenario API takes absolute values only, so the page turns a
// relative change into the value each unit would get; the server checks every such value as it checks a typed one.
// Nothing here touches a score: only targets, figures and parameters the planner changes.
import { TYPED_NUMBER_FORMS } from "./typed-number-forms.js";

const PATTERN = /^\s*([+-]?)(\d*)(?:\.(\d*))?\s*$/;

/** "16.5" → { digits: 165n, scale: 1 }; null where the text is no plain decimal. */
export function parse(text) {
  const m = PATTERN.exec(String(text ?? ""));
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) return null;
  const fraction = m[3] ?? "";
  const digits = BigInt((m[2] || "0") + fraction);
  return { digits: m[1] === "-" ? -digits : digits, scale: fraction.length };
}

const align = (a, b) => {
  const scale = Math.max(a.scale, b.scale);
  return [a.digits * 10n ** BigInt(scale - a.scale), b.digits * 10n ** BigInt(scale - b.scale), scale];
};

/** The canonical form the wire uses: no trailing zeros, no exponent ("19.80" → "19.8", "-0" → "0"). */
export function format({ digits, scale }) {
  const negative = digits < 0n;
  let text = (negative ? -digits : digits).toString().padStart(scale + 1, "0");
  let int = text.slice(0, text.length - scale), frac = scale ? text.slice(text.length - scale) : "";
  frac = frac.replace(/0+$/, "");
  const out = frac ? `${int}.${frac}` : int;
  return negative && out !== "0" ? `-${out}` : out;
}

export function add(a, b) {
  const [x, y, scale] = align(a, b);
  return { digits: x + y, scale };
}

/** value × (100 + percent) / 100: exact, the scale grows by the percentage's and by 2. */
export function byPercent(value, percent) {
  return { digits: value.digits * (100n * 10n ** BigInt(percent.scale) + percent.digits), scale: value.scale + percent.scale + 2 };
}

export function compare(a, b) {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** What a value becomes under a change: mode "set" (to by), "add" (value + by) or "percent" (value × (1 + by %)). */
export function changed(current, mode, by) {
  const b = parse(by);
  if (mode === "set") return b ? format(b) : null;
  const c = parse(current);
  if (!b || !c) return null;
  return format(mode === "add" ? add(c, b) : byPercent(c, b));
}

/** The typed text with full-width forms folded to ASCII and the ideographic space to a space, by the table. */
function fold(text) {
  const f = TYPED_NUMBER_FORMS;
  let out = "";
  for (const c of text) {
    const code = c.charCodeAt(0);
    out += code >= f.fullWidthFirst && code <= f.fullWidthLast ? String.fromCharCode(code - f.fullWidthShift) : code === f.ideographicSpace ? " " : c;
  }
  return out;
}

/** "1,234.5" → "1234.5" where the separators group the whole part by the table (a first group of 1–3, then exactly 3); else null. */
function ungrouped(text) {
  const f = TYPED_NUMBER_FORMS;
  const point = text.indexOf(f.decimalPoint);
  let whole = point < 0 ? text : text.slice(0, point);
  while (whole.startsWith("-")) whole = whole.slice(1);
  const groups = whole.split(f.groupSeparator);
  if (groups[0].length < 1 || groups[0].length > f.groupSize || groups.slice(1).some(g => g.length !== f.groupSize)) return null;
  return text.split(f.groupSeparator).join("");
}

/**
 * A typed figure read as the workbook reader reads a cell's text, by the one table the server serves
 * (typed-number-forms.js, from TypedNumberForms): full-width forms folded ("１２３" → "123"), surrounding spaces dropped,
 * a percentage sign after a percent or growth figure ("15.2%"), thousands separators ("1,000"). Text only, no
 * arithmetic; anything else is sent as it was typed, and the server says why it is refused. `kind`: the catalog's
 * figure kind. `note`: what was read, for the field ("“1,000”按 1000 读取").
 */
export function readTyped(typed, kind) {
  const f = TYPED_NUMBER_FORMS;
  const raw = String(typed ?? "");
  let text = fold(raw).trim();
  if ((kind === "percent" || kind === "growth") && text.endsWith(f.percentSign)) text = text.slice(0, -1).trimEnd();
  if (text.includes(f.groupSeparator)) text = ungrouped(text) ?? text;
  return { text, note: text !== raw && text !== "" ? `“${raw}”按 ${text} 读取` : "" };
}
