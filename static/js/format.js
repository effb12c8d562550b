/** Formatting and HTML-safety helpers shared by the panels. */

const int = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const dec1 = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const money = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  maximumFractionDigits: 0,
});
const money2 = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });

export const fmtInt = (n) => (Number.isFinite(n) ? int.format(n) : "—");
export const fmtRate = (n) => (Number.isFinite(n) ? (n >= 100 ? int.format(n) : dec1.format(n)) : "—");
export const fmtMoney = (
  n,
) => (Number.isFinite(n) ? (Math.abs(n) >= 10_000 ? money.format(n) : money2.format(n)) : "—");
export const fmtPct = (r, digits = 1) => (Number.isFinite(r) ? `${(r * 100).toFixed(digits)}%` : "—");

/** "12 s ago", "3 min ago", or a time for older. */
export function fmtAgo(iso, now = Date.now()) {
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return "—";
  const s = Math.max(0, Math.round((now - t) / 1000));
  if (s < 60) return `${s} s ago`;
  if (s < 3600) return `${Math.round(s / 60)} min ago`;
  return new Date(t).toLocaleTimeString();
}

export function escapeHtml(s) {
  return String(s ?? "").replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch],
  );
}

/**
 * The server's highlight is HTML-escaped text with <em> marks. Trust nothing else:
 * unescape to text, escape again, and put back only <em> and </em>.
 */
export function safeHighlight(html) {
  const parts = String(html ?? "").split(/(<\/?em>)/);
  return parts
    .map((p) => (p === "<em>" || p === "</em>" ? p : escapeHtml(decodeEntities(p))))
    .join("");
}

function decodeEntities(s) {
  const t = document.createElement("textarea");
  t.innerHTML = s;
  return t.value;
}

/** `electronics.audio.headphones` → `Headphones` (last segment, readable). */
export function categoryLabel(path) {
  const last = String(path ?? "").split(".").pop() ?? "";
  return last.replace(/_/g, " ").replace(/^\w/, (c) => c.toUpperCase());
}

/** `electronics.audio` → `Electronics › Audio`. */
export function categoryTrail(path) {
  return String(path ?? "").split(".").map(categoryLabel).join(" › ");
}

/** Tiny element builder: h("td", { class: "num" }, "12"). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") el.className = v;
    else if (k === "html") el.innerHTML = v;
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "dataset") Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** The selector that finds `el` again after a re-render (its test id and the id it stands for). */
export function sameElementSelector(el) {
  const testid = el?.getAttribute?.("data-testid");
  if (!testid) return undefined;
  const key = ["data-product-id", "data-user-id"].find((k) => el.hasAttribute(k));
  return `[data-testid="${CSS.escape(testid)}"]${
    key ? `[${key}="${CSS.escape(el.getAttribute(key))}"]` : ""
  }`;
}

/**
 * Runs `render` (which replaces `container`'s children) without losing the keyboard
 * focus: a focused button inside is focused again in its new copy, when there is one.
 */
export function keepFocus(container, render) {
  const focused = document.activeElement;
  const selector = container.contains(focused) ? sameElementSelector(focused) : undefined;
  render();
  if (selector && !container.contains(document.activeElement)) {
    container.querySelector(selector)?.focus({ preventScroll: true });
  }
}
