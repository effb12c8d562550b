/**
 * Thin fetch helpers: JSON in, errors as readable messages. The API token (when the
 * server has one) lives in sessionStorage and goes out as `Authorization: Bearer`;
 * `/stream` takes it as `?access_token=` because EventSource cannot send headers.
 */

const TOKEN_KEY = "shopstream.apiToken";
const tokenListeners = new Set();

/** The API token entered in this tab, or "". */
export function apiToken() {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? "";
  } catch {
    return "";
  }
}

/** Stores (or, with "", forgets) the API token and tells every listener. */
export function setApiToken(token) {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch { /* storage disabled: the token lasts until the next reload only */ }
  for (const fn of tokenListeners) fn(token);
}

/** Calls `fn(token)` whenever the token changes. */
export function onApiToken(fn) {
  tokenListeners.add(fn);
}

/** The live stream's URL, with the token when there is one. */
export function streamUrl() {
  const token = apiToken();
  return token ? `/stream?access_token=${encodeURIComponent(token)}` : "/stream";
}

/** GET a JSON endpoint; params with empty values are left out. */
export async function getJSON(path, params = {}, { signal } = {}) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== "" && v !== false) url.searchParams.set(k, String(v));
  }
  const headers = { Accept: "application/json" };
  const token = apiToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(url, { signal, headers });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) {
    const err = new Error(body.message ?? `${res.status} ${res.statusText}`);
    err.status = res.status;
    err.body = body;
    throw err;
  }
  return body;
}

/** Runs `fn` now and every `ms` while the page is visible; returns a stop function. */
export function every(ms, fn) {
  let timer;
  const tick = async () => {
    if (document.visibilityState === "visible") {
      try {
        await fn();
      } catch (e) {
        if (e.name !== "AbortError") console.warn(e);
      }
    }
    timer = setTimeout(tick, ms);
  };
  tick();
  return () => clearTimeout(timer);
}
