/**
 * Fraud and bot evidence as sentences: what the processor saw, in words and numbers,
 * never as raw JSON. Each signal type has its own sentence; an unknown shape falls
 * back to "key value" pairs with lists joined.
 */
import { fmtInt, fmtPct, h } from "./format.js";
import { productTitle } from "./products.js";

const plural = (n, one, many = `${one}s`) => `${fmtInt(n)} ${n === 1 ? one : many}`;
const num = (v) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/** "orders o-1, o-2, o-3 +4 more", the full list on hover. */
function idList(label, ids) {
  if (!Array.isArray(ids) || ids.length === 0) return null;
  const shown = ids.slice(0, 3).map(String);
  const more = ids.length - shown.length;
  return h(
    "span",
    { class: "ev-ids", title: `${label} ${ids.join(", ")}` },
    `${label} `,
    ...shown.flatMap((id, i) => [i ? ", " : "", h("span", { class: "id" }, id)]),
    more > 0 ? ` +${more} more` : "",
  );
}

function seconds(s) {
  if (s === undefined) return "";
  return s < 10 ? `${s.toFixed(1)} s` : s < 120 ? `${Math.round(s)} s` : `${Math.round(s / 60)} min`;
}

/** The evidence of one signal as a list of text parts (a sentence, then details). */
export function evidenceParts(type, e = {}) {
  switch (type) {
    case "fast_refund": {
      const n = num(e.count) ?? 0;
      const fastest = num(e.fastest_seconds);
      return [
        `${plural(n, "refund")} shortly after purchase${
          fastest === undefined ? "" : `, fastest ${seconds(fastest)}`
        }`,
        idList(e.order_ids?.length === 1 ? "order" : "orders", e.order_ids),
      ];
    }
    case "refund_loop": {
      const title = productTitle(e.product_id);
      return [
        `${plural(num(e.cycles) ?? 0, "purchase→refund cycle")} on `,
        h(
          "span",
          { class: "ev-product", title: String(e.product_id ?? "") },
          title ?? String(e.product_id ?? "?"),
        ),
        idList("orders", e.order_ids),
      ];
    }
    case "refund_rate": {
      const orders = num(e.orders) ?? 0;
      const refunded = num(e.refunded) ?? 0;
      const ratio = num(e.ratio) ?? (orders ? refunded / orders : undefined);
      const population = num(e.population_ratio);
      return [
        `refunded ${fmtInt(refunded)} of ${plural(orders, "order")} (${fmtPct(ratio, 0)}${
          population === undefined ? "" : `; all shoppers ${fmtPct(population, 0)}`
        })`,
      ];
    }
    case "bot": {
      const gap = num(e.median_gap_ms);
      const rate = num(e.events_per_minute);
      const bought = (num(e.carts) ?? 0) + (num(e.purchases) ?? 0);
      return [
        `${plural(num(e.events) ?? 0, "view/search", "views/searches")}${
          gap === undefined ? "" : `, median ${fmtInt(gap)} ms apart`
        }${rate === undefined ? "" : ` (${fmtInt(rate)}/min)`}, ${
          bought === 0 ? "no cart or purchase" : `${bought} carts/purchases`
        }`,
      ];
    }
    default:
      return Object.entries(e).map(([k, v]) =>
        `${k.replace(/_/g, " ")} ${
          Array.isArray(v)
            ? v.join(", ")
            : typeof v === "object" && v
            ? Object.entries(v).map(([a, b]) => `${a}: ${b}`).join(", ")
            : v
        }`
      );
  }
}

/** The evidence cell's content: the sentence, then any ids, separated by " · ". */
export function evidenceNodes(type, e) {
  const parts = evidenceParts(type, e).filter(Boolean);
  const out = [];
  // The first text parts run together as one sentence (refund_loop adds the product node).
  for (const p of parts) {
    if (p instanceof Node && p.classList.contains("ev-ids")) out.push(h("span", { class: "sep" }, " · "), p);
    else out.push(p);
  }
  return out;
}
