/**
 * Drill-downs in one modal dialog: a product (`/products/{id}`: catalog entry and its
 * views, carts and purchases per minute) and a user (`/users/{id}`: why they were
 * flagged, then their events newest first). A native <dialog> opened with showModal():
 * focus moves into it, Escape closes it, and focus goes back to what opened it.
 */
import { getJSON, onApiToken } from "./api.js";
import { lineChart } from "./charts.js";
import { evidenceNodes } from "./evidence.js";
import { categoryTrail, fmtAgo, fmtInt, fmtMoney, h, sameElementSelector } from "./format.js";
import { botParams, botsIncluded } from "./options.js";
import { rememberProduct } from "./products.js";
import { tokenForm } from "./token.js";

let dialog;
let titleEl;
let body;
let opener;
let openerSelector;
let openerSection;
let showing; // { kind, id } of what the dialog shows
let seq = 0;

/** Binds the page's <dialog data-testid=drilldown>. */
export function setupDrilldown(el) {
  dialog = el;
  titleEl = el.querySelector("[data-testid=drilldown-title]");
  body = el.querySelector("[data-testid=drilldown-body]");
  el.querySelector("[data-testid=drilldown-close]").addEventListener("click", () => dialog.close());
  // A click on the backdrop (the dialog element itself, outside its box) closes it too.
  el.addEventListener("click", (e) => {
    if (e.target === dialog) dialog.close();
  });
  el.addEventListener("close", () => {
    seq++;
    showing = undefined;
    body.replaceChildren();
    // Live panels re-render: the button that opened the dialog may have been replaced by its copy.
    const back = opener?.isConnected
      ? opener
      : openerSection?.querySelector(openerSelector ?? ":not(*)") ?? openerSection?.querySelector("h2");
    // (Only where focus was left nowhere. The browser gives it back to the opener as the dialog
    // hides, and the close event comes a task later: by then the user may have moved on, and
    // taking focus back would send their next keys elsewhere. CI saw it: the search box's
    // clearing went to the result button, and "head" was typed before the old "headphnes".)
    const active = document.activeElement;
    if (!active || active === document.body || dialog.contains(active)) back?.focus();
    opener = undefined;
  });
  onApiToken(() => showing?.kind === "user" && openUser(showing.id));
}

/** A button that opens the product's drill-down; `label` is its visible text. */
export function productButton(id, label, attrs = {}) {
  return h("button", {
    type: "button",
    class: "link-btn",
    "data-testid": "product-link",
    "data-product-id": id,
    onclick: (e) => openProduct(id, e.currentTarget),
    ...attrs,
  }, label);
}

/** A button that opens the user's drill-down. */
export function userButton(id) {
  return h("button", {
    type: "button",
    class: "link-btn mono",
    "data-testid": "user-link",
    "data-user-id": id,
    title: `Show ${id}'s events and signals`,
    onclick: (e) => openUser(id, e.currentTarget),
  }, id);
}

function open(kind, id, title, from) {
  if (from && !dialog.open) {
    opener = from;
    openerSelector = sameElementSelector(from);
    openerSection = from.closest("section") ?? undefined;
  }
  showing = { kind, id };
  dialog.dataset.kind = kind;
  dialog.dataset.state = "loading";
  titleEl.textContent = title;
  body.replaceChildren(h("p", { class: "dd-status", role: "status" }, "Loading…"));
  if (!dialog.open) dialog.showModal();
  return ++seq;
}

function failed(e, what) {
  dialog.dataset.state = "error";
  body.replaceChildren(
    h(
      "p",
      { class: "dd-status error", role: "status" },
      e.status === 404
        ? `No ${what} found.`
        : `Could not load the ${what} (${e.status ? `HTTP ${e.status}` : "no answer"}).`,
    ),
  );
}

// ---- product ----

/** Opens the product's drill-down; `from` gets the focus back when it closes. */
export async function openProduct(id, from) {
  const mine = open("product", id, "Product", from);
  let p;
  try {
    p = await getJSON(`/products/${encodeURIComponent(id)}`, { minutes: 60, ...botParams() });
  } catch (e) {
    if (mine === seq) failed(e, "product");
    return;
  }
  if (mine !== seq) return;
  const { product, activity } = p;
  rememberProduct(product.id, product.title);
  titleEl.textContent = product.title;
  const t = activity.totals;
  const chartEl = h("div", {
    class: "chart dd-chart",
    "data-testid": "product-activity-chart",
    role: "img",
    "aria-label": `Views, carts and purchases per minute over the last ${activity.minutes} min: ${
      fmtInt(t.views)
    } views, ${fmtInt(t.carts)} carts, ${fmtInt(t.purchases)} purchases`,
  });
  body.replaceChildren(
    h(
      "div",
      { class: "dd-product", "data-testid": "product-detail", "data-product-id": product.id },
      h(
        "p",
        { class: "dd-sub" },
        `${product.brand} · ${categoryTrail(product.category)} · `,
        h("span", { class: "mono" }, product.id),
      ),
      h(
        "dl",
        { class: "dd-facts" },
        fact("Price", fmtMoney(product.price)),
        fact("Rating", `★ ${product.rating.toFixed(1)} (${fmtInt(product.review_count)} reviews)`),
        fact("Stock", product.stock === 0 ? "out of stock" : fmtInt(product.stock)),
      ),
      product.description ? h("p", { class: "dd-desc" }, product.description) : null,
      h(
        "h3",
        {},
        `Activity · last ${activity.minutes} min${botsIncluded() ? " (bots included)" : ""}`,
      ),
      h(
        "dl",
        { class: "dd-facts", "data-testid": "product-activity-totals" },
        fact("Views", fmtInt(t.views)),
        fact("Carts", fmtInt(t.carts)),
        fact("Purchases", fmtInt(t.purchases)),
        fact("Score", fmtInt(t.score)),
      ),
      activity.points.length >= 3 ? chartEl : null,
      activity.points.length
        ? activityTable(activity.points)
        : h("p", { class: "muted" }, "No views, carts or purchases in this window."),
    ),
  );
  dialog.dataset.state = "ready";
  if (activity.points.length >= 3) {
    const chart = lineChart(chartEl, {
      height: 150,
      yLabel: "per min",
      spanSeconds: 180,
      clock: "minutes",
      dots: true,
    });
    const pts = activity.points;
    chart.setSeries(["views", "carts", "purchases"], [
      pts.map((q) => Date.parse(q.minute) / 1000),
      pts.map((q) => q.views),
      pts.map((q) => q.carts),
      pts.map((q) => q.purchases),
    ]);
  }
}

const ACTIVITY_ROWS = 8;

/** The newest minutes with activity, as a table (the chart's figures, readable). */
function activityTable(points) {
  const newest = points.slice(-ACTIVITY_ROWS).reverse();
  return h(
    "table",
    { class: "table dd-activity", "data-testid": "product-activity" },
    h(
      "caption",
      { class: "dd-caption" },
      points.length > ACTIVITY_ROWS
        ? `The ${ACTIVITY_ROWS} most recent of ${points.length} minutes with activity`
        : "Minutes with activity, newest first",
    ),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, "Minute"),
        h("th", { scope: "col", class: "num" }, "Views"),
        h("th", { scope: "col", class: "num" }, "Carts"),
        h("th", { scope: "col", class: "num" }, "Purchases"),
      ),
    ),
    h(
      "tbody",
      {},
      ...newest.map((q) =>
        h(
          "tr",
          {},
          h("td", {}, new Date(q.minute).toTimeString().slice(0, 5)),
          h("td", { class: "num" }, fmtInt(q.views)),
          h("td", { class: "num" }, fmtInt(q.carts)),
          h("td", { class: "num" }, fmtInt(q.purchases)),
        )
      ),
    ),
  );
}

function fact(label, value) {
  return h("div", {}, h("dt", {}, label), h("dd", {}, value));
}

// ---- user ----

const SIGNAL_NAMES = {
  bot: "Bot",
  refund_loop: "Refund loop",
  fast_refund: "Fast refunds",
  refund_rate: "High refund rate",
};

/** Opens the user's drill-down; `from` gets the focus back when it closes. */
export async function openUser(id, from) {
  const mine = open("user", id, `User ${id}`, from);
  let u;
  try {
    u = await getJSON(`/users/${encodeURIComponent(id)}`, { limit: 100 });
  } catch (e) {
    if (mine !== seq) return;
    if (e.status === 401) {
      dialog.dataset.state = "locked";
      body.replaceChildren(
        h("p", { class: "dd-status" }, "This server protects user data with an API token."),
        tokenForm(),
      );
      return;
    }
    failed(e, "user");
    return;
  }
  if (mine !== seq) return;
  body.replaceChildren(
    h(
      "div",
      { class: "dd-user", "data-testid": "user-detail", "data-user-id": u.user_id },
      h("h3", {}, u.signals.length === 1 ? "Why flagged" : `Why flagged · ${u.signals.length} signals`),
      u.signals.length
        ? h(
          "ul",
          { class: "dd-signals", "data-testid": "user-signals" },
          ...u.signals.map((s) =>
            h(
              "li",
              {},
              h("span", { class: `sev ${s.severity}` }, s.severity),
              " ",
              h("b", {}, SIGNAL_NAMES[s.type] ?? s.type),
              ": ",
              ...evidenceNodes(s.type, s.evidence),
              h(
                "span",
                { class: "muted" },
                ` · first seen ${fmtAgo(s.first_seen)}, last ${fmtAgo(s.last_seen)}`,
              ),
            )
          ),
        )
        : h("p", { class: "muted" }, "No fraud or bot signal for this user (any more)."),
      h(
        "h3",
        {},
        `Timeline · ${fmtInt(u.events.length)} ${u.events.length === 1 ? "event" : "events"}, newest first`,
      ),
      h(
        "p",
        { class: "dd-note", "data-testid": "user-sampled" },
        u.sampled
          ? "Complete: every event of this user is kept."
          : "Partial: only purchases and refunds are kept for this user; their views, searches and carts " +
            "are not stored (events are sampled per user).",
      ),
      u.events.length
        ? h("ol", { class: "timeline", "data-testid": "user-timeline" }, ...u.events.map(timelineItem))
        : h("p", { class: "muted" }, "No stored events."),
    ),
  );
  dialog.dataset.state = "ready";
}

const EVENT_NAMES = {
  view: "viewed",
  search: "searched",
  add_to_cart: "added to cart",
  purchase: "bought",
  refund: "refunded",
};

function timelineItem(e) {
  const product = (id, title) => (id ? productButton(id, title ?? id) : null);
  let what;
  switch (e.type) {
    case "search":
      what = [
        `“${e.query ?? ""}”`,
        e.results_count === undefined ? "" : ` · ${plural(e.results_count, "result")}`,
      ];
      break;
    case "purchase":
      what = [
        e.amount === undefined ? "" : `${fmtMoney(e.amount)} · `,
        ...(e.items ?? []).flatMap((i, n) => [
          n ? ", " : "",
          product(i.product_id, i.title),
          i.quantity > 1 ? ` ×${i.quantity}` : "",
        ]),
        e.order_id ? h("span", { class: "muted" }, ` · order ${e.order_id}`) : "",
      ];
      break;
    case "refund":
      what = [
        e.amount === undefined ? "" : `${fmtMoney(e.amount)}`,
        e.order_id ? ` · order ${e.order_id}` : "",
        e.reason ? ` · ${e.reason.replace(/_/g, " ")}` : "",
      ];
      break;
    default:
      what = [product(e.product_id, e.title), e.price === undefined ? "" : ` · ${fmtMoney(e.price)}`];
  }
  const when = new Date(e.ts);
  return h(
    "li",
    { class: `tl tl-${e.type}`, "data-testid": "timeline-event" },
    h(
      "time",
      { datetime: e.ts, title: e.ts },
      Number.isFinite(when.getTime()) ? when.toLocaleTimeString() : "—",
    ),
    h("span", { class: "tl-type" }, EVENT_NAMES[e.type] ?? e.type.replace(/_/g, " ")),
    h("span", { class: "tl-what" }, ...what),
  );
}

function plural(n, one) {
  return `${fmtInt(n)} ${n === 1 ? one : `${one}s`}`;
}
