/**
 * One honest state per panel: loading, ready, empty or unavailable. The panel's
 * `data-state` drives the CSS (an unavailable panel hides its data instead of showing
 * stale figures), and its status line says in words what is going on.
 */

/** Why a request failed, in words a reader can act on. */
export function unavailableText(e, retryEvery) {
  const code = e?.status ? `HTTP ${e.status}` : "no answer";
  return `Unavailable (${code}) — retrying every ${Math.round(retryEvery / 1000)} s.`;
}

/**
 * Binds a panel (`root`, a section with `data-state`) to its status element.
 * `ready(count, emptyText)` shows the data, or `emptyText` when there is none.
 */
export function panelStatus(root, statusEl, { retryEvery = 5000 } = {}) {
  const set = (state, text) => {
    root.dataset.state = state;
    statusEl.hidden = state === "ready";
    if (text !== undefined) statusEl.textContent = text;
  };
  return {
    loading: (text = "Loading…") => set("loading", text),
    ready: (count, emptyText) => (count > 0 ? set("ready") : set("empty", emptyText)),
    error: (e) => set("error", unavailableText(e, retryEvery)),
    get state() {
      return root.dataset.state;
    },
  };
}
