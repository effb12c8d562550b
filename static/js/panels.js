/** The smaller panels: KPIs and throughput, funnels, fraud signals, search queries. */
import { apiToken, every, getJSON, onApiToken } from "./api.js";
import { lineChart } from "./charts.js";
import { userButton } from "./drilldown.js";
import { evidenceNodes } from "./evidence.js";
import {
  categoryLabel,
  categoryTrail,
  fmtAgo,
  fmtInt,
  fmtMoney,
  fmtPct,
  fmtRate,
  h,
  keepFocus,
} from "./format.js";
import { botParams, botsIncluded, onBotsChange } from "./options.js";
import { panelStatus, unavailableText } from "./status.js";
import { tokenForm } from "./token.js";

// ---- KPIs and throughput ----

const HISTORY_MINUTES = 30;

export function setupKpis(doc) {
  const $ = (id) => doc.querySelector(`[data-testid=${id}]`);
  const field = (name) => doc.querySelector(`[data-field=${name}]`);
  const chartEl = $("throughput-chart");
  const chartEmpty = $("throughput-empty");
  const chart = lineChart(chartEl, { height: 160, yLabel: "events/s", spanSeconds: 3 * 60 });
  // Per-minute averages from /stats/history first, then the stream's live figures.
  let times = [];
  let processed = [];
  let generated = [];
  let hasGenerator = false;

  const draw = () => {
    if (!times.length) return;
    chartEmpty.hidden = true;
    chart.setSeries(
      hasGenerator ? ["processed", "generated"] : ["processed"],
      hasGenerator ? [times, processed, generated] : [times, processed],
    );
  };

  const loadHistory = async () => {
    let body;
    try {
      body = await getJSON("/stats/history", { minutes: HISTORY_MINUTES });
    } catch (e) {
      if (!times.length) {
        chartEmpty.textContent = `History ${unavailableText(e, 0).split(" — ")[0]}; live figures follow.`;
      }
      return;
    }
    // The newest minute is still filling: its average would dip. The stream covers it.
    const points = body.points.length > 1 ? body.points.slice(0, -1) : body.points;
    // Each minute's average drawn mid-minute; live points that arrived meanwhile are kept after them.
    const ts = points.map((p) => Date.parse(p.minute) / 1000 + 30);
    const last = ts.at(-1) ?? -Infinity;
    const keep = times.map((t, i) => (t > last ? i : -1)).filter((i) => i >= 0);
    times = [...ts, ...keep.map((i) => times[i])];
    processed = [...points.map((p) => p.per_second), ...keep.map((i) => processed[i])];
    generated = [...points.map(() => null), ...keep.map((i) => generated[i])];
    if (!times.length) chartEmpty.textContent = "No events in the last 30 minutes yet.";
    draw();
  };

  return {
    /** Resolves once the chart's history request has answered (or failed). */
    historyLoaded: loadHistory(),
    onStats(s) {
      $("kpi-events-per-second").textContent = fmtRate(s.events.per_second.last_10s);
      field("events-hint").textContent = `10 s average · now ${fmtRate(s.events.per_second.last_1s)} · ${
        fmtInt(s.events.total)
      } total`;
      const views = s.events.by_type.view ?? 0;
      const purchases = s.events.by_type.purchase ?? 0;
      $("kpi-conversion-rate").textContent = views > 0 ? fmtPct(purchases / views, 2) : "—";
      $("kpi-revenue-value").textContent = fmtMoney(s.revenue);
      field("refunds-hint").textContent = `refunds ${fmtMoney(s.refunds)}`;
      $("kpi-active-users-value").textContent = s.active_users === undefined ? "n/a" : fmtInt(s.active_users);
      field("active-users-hint").textContent = s.active_users === undefined
        ? "not tracked by this process"
        : "distinct users, last 5 min (approx.)";
      pipeline(field, s);
      $("backend").textContent = `${s.role} · bus ${s.backend.bus} · store ${s.backend.store}`;

      // Live points extend the history; one older than its end (event time ran ahead) waits.
      const t = Date.parse(s.time) / 1000;
      if (times.length && t <= times.at(-1)) return;
      times.push(t);
      processed.push(s.events.per_second.last_10s);
      generated.push(s.generated ? s.generated.per_second.last_10s : null);
      hasGenerator ||= !!s.generated;
      const oldest = t - HISTORY_MINUTES * 60;
      while (times.length && times[0] < oldest) [times, processed, generated].forEach((a) => a.shift());
      draw();
    },
  };
}

/** The pipeline card in words; a figure this process cannot know says so and why. */
function pipeline(field, s) {
  const set = (name, text, { warn = false, title } = {}) => {
    const el = field(name);
    el.textContent = text;
    el.classList.toggle("warn", warn);
    if (title) el.title = title;
    else el.removeAttribute("title");
  };
  set("dead-letters", fmtInt(s.dead_letters), {
    warn: s.dead_letters > 0,
    title: "events that could not be parsed or validated",
  });
  set("late-events", fmtInt(s.late_events), {
    warn: s.late_events > 0,
    title: "events older than the watermark, dropped from windows",
  });
  if (s.backend.bus !== "kafka") {
    set("consumer-lag", "n/a (embedded)", { title: "the embedded bus has no consumer lag" });
  } else if (s.consumer_lag.length === 0) {
    set("consumer-lag", "n/a (no consumer here)", { title: "no processor consumes in this process" });
  } else {
    const lag = s.consumer_lag.reduce((a, l) => a + l.lag, 0);
    set("consumer-lag", `${fmtInt(lag)} msgs`, {
      warn: lag > 10_000,
      title: `over ${s.consumer_lag.length} partitions`,
    });
  }
  set(
    "checkpoint",
    s.checkpoint_age_s === null ? "n/a (no processor)" : `${fmtInt(Math.round(s.checkpoint_age_s))} s ago`,
    { warn: s.checkpoint_age_s !== null && s.checkpoint_age_s > 60 },
  );
}

// ---- funnels ----

const FUNNEL_PAGE = 6;

export function setupFunnels(root) {
  const list = root.querySelector("[data-testid=funnels]");
  const status = panelStatus(root, root.querySelector("[data-testid=funnels-empty]"));
  const more = root.querySelector("[data-testid=funnels-more]");
  let level = "top";
  let shown = FUNNEL_PAGE;
  let rows = [];

  const render = () => {
    list.replaceChildren(...rows.slice(0, shown).map((r) => funnelRow(r, level)));
    more.hidden = rows.length <= FUNNEL_PAGE;
    more.textContent = shown < rows.length ? `Show all ${rows.length}` : "Show fewer";
    status.ready(rows.length, "No sessions in this window yet — they appear once shoppers view products.");
  };

  const load = async () => {
    const asked = level;
    try {
      const bots = botsIncluded();
      const body = await getJSON("/funnels", { minutes: 60, level: asked, ...botParams() });
      if (body.level !== level || bots !== botsIncluded()) return;
      rows = [...body.items].sort((a, b) => b.viewed - a.viewed);
      render();
    } catch (e) {
      if (asked === level) status.error(e);
    }
  };

  more.addEventListener("click", () => {
    shown = shown < rows.length ? rows.length : FUNNEL_PAGE;
    render();
  });
  for (const radio of root.querySelectorAll("input[name=funnel-level]")) {
    radio.addEventListener("change", () => {
      level = radio.value;
      shown = FUNNEL_PAGE;
      status.loading("Loading funnels…");
      load();
    });
  }
  onBotsChange(() => {
    status.loading("Loading funnels…");
    load();
  });
  every(5000, load);
}

function funnelRow(r, level) {
  const name = level === "top" ? categoryLabel(r.category) : categoryTrail(r.category);
  const max = Math.max(1, r.viewed);
  const lost = (n, of) => `${fmtInt(n)}${of > 0 ? ` (${fmtPct(n / of, 0)})` : ""}`;
  return h(
    "div",
    { class: "funnel", "data-testid": "funnel-row", "data-category": r.category },
    h(
      "div",
      { class: "f-head" },
      h("span", { class: "f-name", title: categoryTrail(r.category) }, name),
      h(
        "span",
        { class: "f-steps" },
        `${fmtInt(r.viewed)} viewed → ${fmtInt(r.carted)} carted → ${fmtInt(r.purchased)} bought`,
      ),
    ),
    h(
      "div",
      {
        class: "f-bars",
        role: "img",
        "aria-label": `${r.viewed} viewed, ${r.carted} carted, ${r.purchased} purchased`,
      },
      bar("viewed", r.viewed, max),
      bar("carted", r.carted, max),
      bar("purchased", r.purchased, max),
    ),
    h(
      "div",
      { class: "f-rates" },
      h("span", { title: "share of viewing sessions that carted" }, `to cart ${fmtPct(r.view_to_cart, 0)}`),
      h(
        "span",
        { title: "share of carting sessions that bought" },
        `to buy ${fmtPct(r.cart_to_purchase, 0)}`,
      ),
      h(
        "span",
        { class: "drop", "data-testid": "funnel-drop" },
        `lost after view ${lost(r.drop_off.after_view, r.viewed)} · lost after cart ${
          lost(r.drop_off.after_cart, r.carted)
        }`,
      ),
    ),
  );
}

/** A bar on a faint full-width track, so an empty step still reads as "none" rather than a gap. */
function bar(kind, value, max) {
  return h(
    "div",
    { class: "track" },
    h("div", {
      class: `bar ${kind}`,
      style: `width:${Math.max(value > 0 ? 1.5 : 0, (value / max) * 100)}%`,
    }),
  );
}

// ---- fraud ----

const FRAUD_PAGE = 8;

export function setupFraud(root) {
  const table = root.querySelector("[data-testid=fraud-table]");
  const tbody = table.querySelector("tbody");
  const status = panelStatus(root, root.querySelector("[data-testid=fraud-empty]"));
  const more = root.querySelector("[data-testid=fraud-more]");
  const severity = root.querySelector("[data-testid=fraud-severity]");
  const type = root.querySelector("[data-testid=fraud-type]");
  const locked = root.querySelector("[data-testid=fraud-locked]");
  let signals = new Map();
  let loaded = false;
  let failed = false; // the last /fraud load failed: show that, not a list it may not match
  let shown = FRAUD_PAGE;
  const fresh = new Set();

  const matches = (s) =>
    (!severity.value || s.severity === severity.value) && (!type.value || s.type === type.value);

  const render = () => {
    if (!loaded || failed) return;
    const rows = [...signals.values()].filter(matches).sort((a, b) => b.last_seen.localeCompare(a.last_seen))
      .slice(0, 100);
    keepFocus(tbody, () =>
      tbody.replaceChildren(
        ...rows.slice(0, shown).map((s) =>
          h(
            "tr",
            {
              "data-testid": "fraud-row",
              class: fresh.has(s.id) ? "fresh" : "",
              "data-severity": s.severity,
            },
            h("td", { class: "when", title: s.last_seen }, fmtAgo(s.last_seen)),
            h("td", { class: "sev-cell" }, h("span", { class: `sev ${s.severity}` }, s.severity)),
            h("td", { class: "type" }, s.type.replace(/_/g, " ")),
            h("td", { class: "user" }, userButton(s.user_id)),
            h(
              "td",
              { class: "evidence", "data-testid": "fraud-evidence" },
              evidenceNodes(s.type, s.evidence),
            ),
          )
        ),
      ));
    table.hidden = rows.length === 0;
    more.hidden = rows.length <= FRAUD_PAGE;
    more.textContent = shown < rows.length ? `Show ${Math.min(10, rows.length - shown)} more` : "Show fewer";
    status.ready(
      rows.length,
      severity.value || type.value
        ? "No signals match these filters."
        : "No fraud signals yet — they appear within ~90 s of start.",
    );
    fresh.clear();
  };

  const load = async () => {
    try {
      const body = await getJSON("/fraud", { severity: severity.value, type: type.value, limit: 100 });
      signals = new Map(body.items.map((s) => [s.id, s]));
      locked.hidden = true;
      loaded = true;
      failed = false;
      render();
    } catch (e) {
      failed = true;
      table.hidden = true;
      more.hidden = true;
      if (e.status === 401) {
        // The server guards user ids with a token: ask for it instead of retrying in vain.
        locked.hidden = false;
        locked.replaceChildren(tokenForm(
          apiToken()
            ? "The API token was not accepted. Enter the server's API token to see fraud signals."
            : "This server protects fraud signals (they name users) with an API token.",
        ));
        status.loading("");
        root.dataset.state = "locked";
        return;
      }
      status.error(e);
      setTimeout(load, 5000);
    }
  };
  onApiToken(() => {
    locked.hidden = true;
    locked.replaceChildren();
    status.loading("Loading signals…");
    load();
  });
  const refilter = () => {
    shown = FRAUD_PAGE;
    status.loading("Loading signals…");
    load();
  };
  more.addEventListener("click", () => {
    shown = shown < signals.size ? shown + 10 : FRAUD_PAGE;
    render();
  });
  severity.addEventListener("change", refilter);
  type.addEventListener("change", refilter);
  load();
  // Keep "x s ago" honest between pushes.
  setInterval(render, 5000);

  return {
    /** A `fraud` event: signals new or updated since the previous push. */
    onStream(body) {
      for (const s of body.items ?? []) {
        if (!body.initial && !signals.has(s.id)) fresh.add(s.id);
        signals.set(s.id, s);
      }
      if ((body.items ?? []).length || !loaded) {
        loaded = true;
        render();
      }
    },
  };
}

// ---- search queries ----

export function setupQueries(root) {
  const tbody = root.querySelector("[data-testid=queries-table] tbody");
  const table = root.querySelector("[data-testid=queries-table]");
  const empty = root.querySelector("[data-testid=queries-empty]");
  let zero = false;

  const status = panelStatus(root, empty, { retryEvery: 10_000 });

  const load = async () => {
    let body;
    try {
      body = await getJSON("/queries", { minutes: 60, limit: 10, zero_results: zero, ...botParams() });
    } catch (e) {
      status.error(e);
      table.hidden = true;
      return;
    }
    if (body.zero_results !== zero) return;
    tbody.replaceChildren(
      ...body.items.map((q) =>
        h(
          "tr",
          { "data-testid": "query-row" },
          h("td", { class: "q" }, q.query || h("em", {}, "(empty)")),
          h("td", { class: "num" }, fmtInt(q.searches)),
          h("td", { class: "num" }, fmtInt(q.zero_results)),
          h("td", { class: "num" }, fmtInt(q.converted)),
        )
      ),
    );
    table.hidden = body.items.length === 0;
    status.ready(
      body.items.length,
      zero ? "No zero-result searches — the catalog answers everything." : "No searches yet.",
    );
  };
  for (const radio of root.querySelectorAll("input[name=queries-kind]")) {
    radio.addEventListener("change", () => {
      zero = radio.value === "zero";
      status.loading("Loading queries…");
      load();
    });
  }
  onBotsChange(() => {
    status.loading("Loading queries…");
    load();
  });
  every(10_000, load);
}
