/**
 * Page-wide analytics options. `include_bots`: analytics leave out users flagged as
 * bots unless asked; the toggle in the top bar asks, and every panel that reads
 * analytics (trending, its history, funnels, queries, product activity) re-reads.
 */

const listeners = new Set();
let includeBots = false;

/** Whether analytics requests should count bots too. */
export function botsIncluded() {
  return includeBots;
}

/** `{ include_bots: true }` when bots are included, `{}` otherwise: spread into request params. */
export function botParams() {
  return includeBots ? { include_bots: true } : {};
}

/** Calls `fn(included)` whenever the toggle changes. */
export function onBotsChange(fn) {
  listeners.add(fn);
}

/** Binds the "include bots" checkbox. */
export function setupBotsToggle(checkbox) {
  checkbox.checked = includeBots;
  checkbox.addEventListener("change", () => {
    includeBots = checkbox.checked;
    for (const fn of listeners) fn(includeBots);
  });
}
