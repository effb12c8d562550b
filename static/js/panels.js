/** The smaller panels: KPIs and throughput, funnels, fraud signals, search queries. */
import { every, getJSON } from "./api.js";
import { lineChart } from "./charts.js";
import {
  categoryLabel,
  categoryTrail,
  escapeHtml,
  fmtAgo,
  fmtInt,
  fmtMoney,
  fmtPct,
  fmtRate,
  h,
} from "./format.js";

// ---- KPIs and throughput ----

export function setupKpis(doc) {
  const $ = (id) => doc.querySelector(`[data-testid=${id}]`);
  const chart = lineChart($("throughput-chart"), { height: 160, yLabel: "events/s" });
  const times = [];
  const processed = [];
  const generated = [];
  let hasGenerator = false;

  return {
    onStats(s) {
      $("kpi-events-per-second").textContent = fmtRate(s.events.per_second.last_10s);
      doc.querySelector("[data-field=events-hint]").textContent = `10 s average · now ${
        fmtRate(s.events.per_second.last_1s)
      } · ${fmtInt(s.events.total)} total`;
      const views = s.events.by_type.view ?? 0;
      const purchases = s.events.by_type.purchase ?? 0;
      $("kpi-conversion-rate").textContent = views > 0 ? fmtPct(purchases / views, 2) : "—";
      $("kpi-revenue-value").textContent = fmtMoney(s.revenue);
      doc.querySelector("[data-field=refunds-hint]").textContent = `refunds ${fmtMoney(s.refunds)}`;
      $("kpi-active-users-value").textContent = s.active_users === undefined ? "—" : fmtInt(s.active_users);
      doc.querySelector("[data-field=active-users-hint]").textContent = s.active_users === undefined
        ? "not tracked by this process"
        : "distinct users, last 5 min (approx.)";
      const lag = s.consumer_lag.reduce((a, l) => a + l.lag, 0);
      $("kpi-pipeline-value").textContent = `${fmtInt(s.dead_letters)} · ${fmtInt(s.late_events)} · ${
        s.backend.bus === "kafka" ? fmtInt(lag) : "—"
      }`;
      doc.querySelector("[data-field=pipeline-hint]").textContent = `dead letters · late · lag${
        s.checkpoint_age_s === null ? "" : ` · checkpoint ${Math.round(s.checkpoint_age_s)} s ago`
      }`;
      $("backend").textContent = `${s.role} · bus ${s.backend.bus} · store ${s.backend.store}`;

      times.push(Date.parse(s.time) / 1000);
      processed.push(s.events.per_second.last_1s);
      generated.push(s.generated ? s.generated.per_second.last_1s : null);
      hasGenerator ||= !!s.generated;
      if (times.length > 600) [times, processed, generated].forEach((a) => a.shift());
      chart.setSeries(
        hasGenerator ? ["processed", "generated"] : ["processed"],
        hasGenerator ? [times, processed, generated] : [times, processed],
      );
    },
  };
}

// ---- funnels ----

export function setupFunnels(root) {
  const list = root.querySelector("[data-testid=funnels]");
  const empty = root.querySelector("[data-testid=funnels-empty]");
  let level = "top";

  const load = async () => {
    const body = await getJSON("/funnels", { minutes: 60, level });
    if (body.level !== level) return;
    const rows = [...body.items].sort((a, b) => b.viewed - a.viewed).slice(0, level === "top" ? 12 : 15);
    const max = Math.max(1, ...rows.map((r) => r.viewed));
    list.replaceChildren(
      ...rows.map((r) =>
        h(
          "div",
          { class: "funnel", "data-testid": "funnel-row", "data-category": r.category },
          h(
            "div",
            { class: "f-name", title: r.category },
            level === "top" ? categoryLabel(r.category) : categoryTrail(r.category),
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
            h(
              "span",
              { title: "share of viewing sessions that carted" },
              `to cart ${fmtPct(r.view_to_cart, 0)}`,
            ),
            h(
              "span",
              { title: "share of carting sessions that bought" },
              `to buy ${fmtPct(r.cart_to_purchase, 0)}`,
            ),
            h(
              "span",
              { class: "drop", title: "sessions lost after view / after cart" },
              `−${fmtInt(r.drop_off.after_view)} / −${fmtInt(r.drop_off.after_cart)}`,
            ),
          ),
        )
      ),
    );
    empty.hidden = rows.length > 0;
  };

  for (const radio of root.querySelectorAll("input[name=funnel-level]")) {
    radio.addEventListener("change", () => {
      level = radio.value;
      load().catch(() => {});
    });
  }
  every(5000, load);
}

function bar(kind, value, max) {
  return h(
    "div",
    { class: `bar ${kind}`, style: `width:${Math.max(value > 0 ? 1.5 : 0, (value / max) * 100)}%` },
    h("span", {}, fmtInt(value)),
  );
}

// ---- fraud ----

export function setupFraud(root) {
  const tbody = root.querySelector("[data-testid=fraud-table] tbody");
  const empty = root.querySelector("[data-testid=fraud-empty]");
  const severity = root.querySelector("[data-testid=fraud-severity]");
  const type = root.querySelector("[data-testid=fraud-type]");
  let signals = new Map();
  const fresh = new Set();

  const matches = (s) =>
    (!severity.value || s.severity === severity.value) && (!type.value || s.type === type.value);

  const render = () => {
    const rows = [...signals.values()].filter(matches).sort((a, b) => b.last_seen.localeCompare(a.last_seen))
      .slice(0, 100);
    tbody.replaceChildren(
      ...rows.map((s) =>
        h(
          "tr",
          { "data-testid": "fraud-row", class: fresh.has(s.id) ? "fresh" : "", "data-severity": s.severity },
          h("td", { class: "when", title: s.last_seen }, fmtAgo(s.last_seen)),
          h("td", {}, h("span", { class: `sev ${s.severity}` }, s.severity)),
          h("td", {}, s.type.replace(/_/g, " ")),
          h("td", { class: "mono" }, s.user_id),
          h("td", { class: "evidence", html: evidence(s.evidence) }),
        )
      ),
    );
    empty.hidden = rows.length > 0;
    fresh.clear();
  };

  const load = async () => {
    const body = await getJSON("/fraud", { severity: severity.value, type: type.value, limit: 100 });
    signals = new Map(body.items.map((s) => [s.id, s]));
    render();
  };
  severity.addEventListener("change", () => load().catch(() => {}));
  type.addEventListener("change", () => load().catch(() => {}));
  load().catch(() => {});
  // Keep "x s ago" honest between pushes.
  setInterval(render, 5000);

  return {
    /** A `fraud` event: signals new or updated since the previous push. */
    onStream(body) {
      for (const s of body.items ?? []) {
        if (!body.initial && !signals.has(s.id)) fresh.add(s.id);
        signals.set(s.id, s);
      }
      if ((body.items ?? []).length) render();
    },
  };
}

function evidence(e) {
  return Object.entries(e ?? {}).slice(0, 4).map(([k, v]) =>
    `<span class="ev"><span class="k">${escapeHtml(k.replace(/_/g, " "))}</span> ${
      escapeHtml(typeof v === "number" ? (Number.isInteger(v) ? fmtInt(v) : v.toFixed(2)) : JSON.stringify(v))
    }</span>`
  ).join(" ");
}

// ---- search queries ----

export function setupQueries(root) {
  const tbody = root.querySelector("[data-testid=queries-table] tbody");
  const table = root.querySelector("[data-testid=queries-table]");
  const empty = root.querySelector("[data-testid=queries-empty]");
  let zero = false;

  const load = async () => {
    const body = await getJSON("/queries", { minutes: 60, limit: 10, zero_results: zero });
    if (body.zero_results !== zero) return;
    tbody.replaceChildren(
      ...body.items.map((q) =>
        h(
          "tr",
          { "data-testid": "query-row" },
          h("td", {}, q.query || h("em", {}, "(empty)")),
          h("td", { class: "num" }, fmtInt(q.searches)),
          h("td", { class: "num" }, fmtInt(q.zero_results)),
          h("td", { class: "num" }, fmtInt(q.converted)),
        )
      ),
    );
    empty.hidden = body.items.length > 0;
    table.hidden = body.items.length === 0;
    empty.textContent = zero
      ? "No zero-result searches — the catalog answers everything."
      : "No searches yet.";
  };
  for (const radio of root.querySelectorAll("input[name=queries-kind]")) {
    radio.addEventListener("change", () => {
      zero = radio.value === "zero";
      load().catch(() => {});
    });
  }
  every(10_000, load);
}
