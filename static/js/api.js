/** Thin fetch helpers: JSON in, errors as readable messages. */

/** GET a JSON endpoint; params with empty values are left out. */
export async function getJSON(path, params = {}, { signal } = {}) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== "") url.searchParams.set(k, String(v));
  }
  const res = await fetch(url, { signal, headers: { Accept: "application/json" } });
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
