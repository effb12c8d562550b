/**
 * The EventSource on /stream, with a visible connection state:
 * connected, reconnecting (the browser retries on its own) or offline (closed, or
 * the network is down; we retry every few seconds). `url()` is asked on every (re)open,
 * so a token entered meanwhile is used.
 */
export function connectLive({ onState, handlers, url = () => "/stream" }) {
  let source;
  let retryTimer;
  const set = (state) => onState(navigator.onLine === false ? "offline" : state);

  const open = () => {
    clearTimeout(retryTimer);
    source?.close();
    set("connecting");
    source = new EventSource(url());
    source.onopen = () => set("connected");
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) {
        set("offline");
        retryTimer = setTimeout(open, 5000);
      } else {
        set("reconnecting");
      }
    };
    for (const [event, fn] of Object.entries(handlers)) {
      source.addEventListener(event, (e) => {
        // Any event proves the connection is up (onopen may have raced a reconnect).
        set("connected");
        try {
          fn(JSON.parse(e.data));
        } catch (err) {
          console.warn(`bad ${event} event`, err);
        }
      });
    }
  };

  addEventListener("offline", () => set("offline"));
  addEventListener("online", open);
  open();
  return { close: () => source?.close(), reopen: open };
}
