/**
 * Trending panel: the top products of the chosen window as a table, and the score of
 * the current top 5 over time. The 5-minute list arrives on the live stream; other
 * windows are fetched from /trending every 2 seconds.
 */
import { every, getJSON } from "./api.js";
import { lineChart, PALETTE } from "./charts.js";
import { categoryTrail, fmtInt, h } from "./format.js";
import { rememberProduct } from "./products.js";
import { panelStatus } from "./status.js";

const HISTORY = 300; // points kept for the chart (5 min at 1/s)
const STREAM_WINDOW = 5;

export function setupTrending(root) {
  const select = root.querySelector("[data-testid=trending-window]");
  const table = root.querySelector("[data-testid=trending-table]");
  const tbody = table.querySelector("tbody");
  const status = panelStatus(root, root.querySelector("[data-testid=trending-empty]"), { retryEvery: 2000 });
  const chart = lineChart(root.querySelector("[data-testid=trending-chart]"), {
    height: 170,
    yLabel: "score",
    spanSeconds: 60,
    legend: false,
  });

  let minutes = Number(select.value);
  let times = [];
  let scores = new Map(); // product id → (number|null)[] aligned with times
  const names = new Map();
  let stopPolling;

  const render = (body) => {
    if (body.minutes !== minutes) return; // a late answer for the previous window
    const items = body.items ?? [];
    table.dataset.window = String(minutes);
    tbody.replaceChildren(
      ...items.map((p, i) =>
        h(
          "tr",
          { "data-testid": "trending-row", "data-product-id": p.product_id },
          h(
            "td",
            { class: "rank" },
            // The chart's colour for the top 5 (the chart has no legend of its own).
            i < 5
              ? h("span", { class: "swatch", style: `background:${PALETTE[i]}`, "aria-hidden": "true" })
              : null,
            i + 1,
          ),
          h(
            "td",
            {},
            h("div", { class: "p-title", title: p.title ?? p.product_id }, p.title ?? p.product_id),
            h(
              "div",
              { class: "p-sub", title: categoryTrail(p.category) },
              [p.brand, categoryTrail(p.category)].filter(Boolean).join(" · "),
            ),
          ),
          h("td", { class: "num" }, fmtInt(p.views)),
          h("td", { class: "num" }, fmtInt(p.carts)),
          h("td", { class: "num" }, fmtInt(p.purchases)),
          h("td", { class: "num strong" }, fmtInt(p.score)),
        )
      ),
    );
    for (const p of items) rememberProduct(p.product_id, p.title);
    table.hidden = items.length === 0;
    status.ready(items.length, `No product activity in the last ${minutes} min yet.`);
    record(items);
  };

  const record = (items) => {
    const now = Date.now() / 1000;
    times.push(now);
    const present = new Map(items.map((p) => [p.product_id, p.score]));
    for (const p of items) {
      names.set(p.product_id, p.title ?? p.product_id);
      if (!scores.has(p.product_id)) scores.set(p.product_id, times.slice(0, -1).map(() => null));
    }
    for (const [id, arr] of scores) arr.push(present.get(id) ?? null);
    if (times.length > HISTORY) {
      times = times.slice(-HISTORY);
      for (const [id, arr] of scores) {
        const kept = arr.slice(-HISTORY);
        if (kept.every((v) => v === null)) scores.delete(id);
        else scores.set(id, kept);
      }
    }
    const top = items.slice(0, 5).map((p) => p.product_id);
    chart.setSeries(
      top.map((id) => shorten(names.get(id))),
      [times, ...top.map((id) => scores.get(id))],
    );
  };

  const fetchWindow = async () => {
    const asked = minutes;
    try {
      render(await getJSON("/trending", { minutes: asked, limit: 10 }));
    } catch (e) {
      if (asked !== minutes) return;
      status.error(e);
      table.hidden = true;
      if (minutes === STREAM_WINDOW) setTimeout(fetchWindow, 2000); // the stream may be down too
    }
  };

  select.addEventListener("change", () => {
    minutes = Number(select.value);
    times = [];
    scores = new Map();
    stopPolling?.();
    stopPolling = undefined;
    status.loading(`Loading the last ${minutes} min…`);
    // Show the new window at once; the stream only carries the 5-minute list.
    if (minutes === STREAM_WINDOW) fetchWindow();
    else stopPolling = every(2000, fetchWindow);
  });

  fetchWindow();
  return {
    /** A `trending` event from the live stream. */
    onStream(body) {
      if (minutes === STREAM_WINDOW) render(body);
    },
  };
}

function shorten(s = "") {
  return s.length > 28 ? `${s.slice(0, 27)}…` : s;
}
