/**
 * Trending panel: the top products of the chosen window as a table, and the score per
 * minute of the top 5 over the last 30 minutes as a chart. The chart opens with
 * `/trending/history` and is re-read when the live stream says the analytics changed;
 * the 5-minute list arrives on the stream (bots left out), other windows, and every
 * window while bots are included, are fetched from /trending every 2 seconds.
 */
import { every, getJSON } from "./api.js";
import { lineChart, PALETTE } from "./charts.js";
import { productButton } from "./drilldown.js";
import { categoryTrail, fmtInt, h, keepFocus } from "./format.js";
import { botParams, botsIncluded, onBotsChange } from "./options.js";
import { rememberProduct } from "./products.js";
import { panelStatus } from "./status.js";

const STREAM_WINDOW = 5;
const HISTORY_MINUTES = 30;
const CHART_PRODUCTS = 5;
/** The chart is re-read at most this often, however often the stream pushes. */
const HISTORY_REFRESH_MS = 5000;

export function setupTrending(root) {
  const select = root.querySelector("[data-testid=trending-window]");
  const table = root.querySelector("[data-testid=trending-table]");
  const tbody = table.querySelector("tbody");
  const botsNote = root.querySelector("[data-testid=trending-bots]");
  const chartEl = root.querySelector("[data-testid=trending-chart]");
  const legend = h("ul", {
    class: "chart-legend",
    "data-testid": "trending-legend",
    "aria-label": "Chart lines",
  });
  chartEl.after(legend);
  const status = panelStatus(root, root.querySelector("[data-testid=trending-empty]"), { retryEvery: 2000 });
  const chart = lineChart(chartEl, {
    height: 170,
    yLabel: "score / min",
    spanSeconds: 3 * 60,
    legend: false,
    clock: "minutes",
  });

  let minutes = Number(select.value);
  let stopPolling;
  let colours = new Map(); // product id → chart colour
  let lastHistoryAt = 0;
  let historyAbort;

  // ---- the chart: score per minute from /trending/history ----
  const loadHistory = async () => {
    historyAbort?.abort();
    historyAbort = new AbortController();
    lastHistoryAt = Date.now();
    let body;
    try {
      body = await getJSON("/trending/history", {
        minutes: HISTORY_MINUTES,
        limit: CHART_PRODUCTS,
        ...botParams(),
      }, { signal: historyAbort.signal });
    } catch (e) {
      if (e.name !== "AbortError") chartEl.dataset.state = "error";
      return;
    }
    drawHistory(body.items);
  };

  const drawHistory = (items) => {
    const allMinutes = [...new Set(items.flatMap((p) => p.points.map((q) => Date.parse(q.minute))))].sort(
      (a, b) => a - b,
    );
    // The newest minute is still filling: drawn, it would always look like a collapse.
    const minutesSeen = allMinutes.length > 2 ? allMinutes.slice(0, -1) : allMinutes;
    // Only minutes with data are listed: inside the range, a missing minute had no activity.
    const series = items.map((p) => {
      const byMinute = new Map(p.points.map((q) => [Date.parse(q.minute), q.score]));
      return minutesSeen.map((m) => byMinute.get(m) ?? 0);
    });
    colours = new Map(items.map((p, i) => [p.product_id, PALETTE[i % PALETTE.length]]));
    for (const p of items) rememberProduct(p.product_id, p.title);
    chartEl.dataset.state = minutesSeen.length ? "ready" : "empty";
    chart.setSeries(
      items.map((p) => shorten(p.title ?? p.product_id)),
      [minutesSeen.map((m) => m / 1000), ...series],
    );
    keepFocus(legend, () =>
      legend.replaceChildren(
        ...items.map((p, i) =>
          h(
            "li",
            {},
            h("span", {
              class: "swatch",
              style: `background:${PALETTE[i % PALETTE.length]}`,
              "aria-hidden": "true",
            }),
            productButton(p.product_id, shorten(p.title ?? p.product_id, 40), {
              title: p.title ?? p.product_id,
            }),
          )
        ),
      ));
    for (const tr of tbody.querySelectorAll("tr")) paintSwatch(tr);
  };

  const paintSwatch = (tr) => {
    const colour = colours.get(tr.dataset.productId);
    const sw = tr.querySelector(".swatch");
    sw.style.background = colour ?? "transparent";
    sw.title = colour ? "drawn in the chart" : "";
  };

  // ---- the table: the chosen window's top 10 ----
  const render = (body) => {
    if (body.minutes !== minutes) return; // a late answer for the previous window
    const items = body.items ?? [];
    table.dataset.window = String(minutes);
    keepFocus(tbody, () =>
      tbody.replaceChildren(
        ...items.map((p, i) => {
          const tr = h(
            "tr",
            { "data-testid": "trending-row", "data-product-id": p.product_id },
            h("td", { class: "rank" }, h("span", { class: "swatch", "aria-hidden": "true" }), i + 1),
            h(
              "td",
              {},
              h(
                "div",
                { class: "p-title" },
                productButton(p.product_id, p.title ?? p.product_id, { title: p.title }),
              ),
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
          );
          paintSwatch(tr);
          return tr;
        }),
      ));
    for (const p of items) rememberProduct(p.product_id, p.title);
    table.hidden = items.length === 0;
    status.ready(items.length, `No product activity in the last ${minutes} min yet.`);
  };

  const fetchWindow = async () => {
    const asked = minutes;
    const bots = botsIncluded();
    try {
      const body = await getJSON("/trending", { minutes: asked, limit: 10, ...botParams() });
      if (bots === botsIncluded()) render(body);
    } catch (e) {
      if (asked !== minutes) return;
      status.error(e);
      table.hidden = true;
      if (!stopPolling) setTimeout(fetchWindow, 2000); // the stream may be down too
    }
  };

  /** The stream carries the bot-free 5-minute list; anything else is polled. */
  const follow = () => {
    stopPolling?.();
    stopPolling = undefined;
    if (minutes === STREAM_WINDOW && !botsIncluded()) fetchWindow();
    else stopPolling = every(2000, fetchWindow);
  };

  select.addEventListener("change", () => {
    minutes = Number(select.value);
    status.loading(`Loading the last ${minutes} min…`);
    follow();
  });
  onBotsChange((bots) => {
    botsNote.textContent = bots ? "· bots included" : "· humans only";
    status.loading(bots ? "Loading, bots included…" : "Loading, humans only…");
    follow();
    loadHistory();
  });

  follow();
  const historyLoaded = loadHistory();
  return {
    /** Resolves once the chart's first history request has answered (or failed). */
    historyLoaded,
    /** A `trending` event from the live stream: new data, so the chart is due a re-read too. */
    onStream(body) {
      if (minutes === STREAM_WINDOW && !botsIncluded()) render(body);
      if (Date.now() - lastHistoryAt >= HISTORY_REFRESH_MS) loadHistory();
    },
  };
}

function shorten(s = "", max = 28) {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
