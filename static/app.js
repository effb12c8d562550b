/**
 * The dashboard's entry: wires the panels to the API and to the live stream.
 * Plain ES modules, no build step; uPlot is vendored under /vendor/uplot/.
 */
import { getJSON, onApiToken, streamUrl } from "./js/api.js";
import { setupDrilldown } from "./js/drilldown.js";
import { connectLive } from "./js/live.js";
import { setupBotsToggle } from "./js/options.js";
import { setupSearch } from "./js/search.js";
import { setupTrending } from "./js/trending.js";
import { setupFraud, setupFunnels, setupKpis, setupQueries } from "./js/panels.js";

const $ = (selector) => document.querySelector(selector);

const LABELS = {
  connected: "live",
  connecting: "connecting…",
  reconnecting: "reconnecting…",
  offline: "offline",
};

let lastStatsAt;

/**
 * The connection badge, and the headline figures marked stale (dimmed, with a note
 * saying since when) whenever the stream is not delivering.
 */
function showConnection(state) {
  const el = $("[data-testid=connection-state]");
  if (el.dataset.state === state) return;
  el.dataset.state = state;
  el.querySelector(".label").textContent = LABELS[state] ?? state;
  el.title = state === "connected" ? "Receiving live updates every second" : "Live updates paused";
  const kpis = $("[data-testid=kpis]");
  kpis.dataset.stale = String(state !== "connected");
  $("[data-testid=stale-note]").textContent = state === "connected"
    ? ""
    : lastStatsAt
    ? `Live stream ${
      state === "offline" ? "offline" : "lost"
    }: figures below are stale (from ${lastStatsAt.toLocaleTimeString()}), ${
      state === "offline" ? "retrying every 5 s" : "reconnecting"
    }…`
    : "Connecting to the live stream…";
}

setupDrilldown($("[data-testid=drilldown]"));
setupBotsToggle($("[data-testid=include-bots]"));
const kpis = setupKpis(document);
setupSearch($("section.search"));
const trending = setupTrending($("section.trending"));
setupFunnels($("section.funnels"));
const fraud = setupFraud($("section.fraud"));
setupQueries($("section.queries"));

// The charts open with history; `data-loaded` says when both have it (or know they cannot).
Promise.all([kpis.historyLoaded, trending.historyLoaded]).then(() => {
  document.documentElement.dataset.loaded = "true";
});

const live = connectLive({
  url: streamUrl,
  onState: showConnection,
  handlers: {
    stats: (s) => {
      lastStatsAt = new Date();
      kpis.onStats(s);
    },
    trending: trending.onStream,
    fraud: fraud.onStream,
  },
});

// A token entered later also unlocks the stream's fraud events.
onApiToken(() => live.reopen());

getJSON("/health").then((h) => {
  $("[data-testid=version]").textContent = `shopstream ${h.version} · role ${h.role}`;
}).catch(() => {});
