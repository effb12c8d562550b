/**
 * A TCP proxy in front of a real service that a test can cut and restore: the way to
 * make "Elasticsearch is down for a while" happen at a moment the test chooses, against
 * the real engine, without stopping the shared service for every other test.
 *
 * `cut()` closes the listener and every open connection, so clients see the same
 * ECONNREFUSED / reset they would see if the server died; `restore()` listens again on
 * the same port. Data is forwarded byte for byte.
 *
 * @example
 * ```ts
 * const proxy = await startFaultProxy({ hostname: "127.0.0.1", port: 9200 });
 * // point the code under test at proxy.url, then:
 * await proxy.cut();
 * await proxy.restore();
 * await proxy.close();
 * ```
 *
 * @module
 */

export interface FaultProxy {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  /** Whether the proxy currently accepts and forwards connections. */
  readonly up: boolean;
  /** Stops listening and drops every open connection. */
  cut(): Promise<void>;
  /** Listens again on the same port. */
  restore(): void;
  /** Cuts and forgets everything (end of test). */
  close(): Promise<void>;
}

export function startFaultProxy(target: { hostname: string; port: number }): Promise<FaultProxy> {
  const hostname = "127.0.0.1";
  let listener: Deno.Listener | undefined;
  let port = 0;
  const open = new Set<Deno.Conn>();
  const tasks = new Set<Promise<void>>();

  const pipe = async (from: Deno.Conn, to: Deno.Conn) => {
    try {
      await from.readable.pipeTo(to.writable, { preventClose: false });
    } catch { /* either side closed */ }
  };

  const serve = (l: Deno.Listener) => {
    const loop = (async () => {
      for (;;) {
        let client: Deno.Conn;
        try {
          client = await l.accept();
        } catch {
          return; // listener closed by cut()
        }
        open.add(client);
        const task = (async () => {
          let upstream: Deno.Conn | undefined;
          try {
            upstream = await Deno.connect(target);
            open.add(upstream);
            await Promise.all([pipe(client, upstream), pipe(upstream, client)]);
          } catch {
            /* upstream refused or reset */
          } finally {
            for (const c of [client, upstream]) {
              if (!c) continue;
              open.delete(c);
              try {
                c.close();
              } catch { /* already closed */ }
            }
          }
        })();
        tasks.add(task);
        task.finally(() => tasks.delete(task));
      }
    })();
    tasks.add(loop);
    loop.finally(() => tasks.delete(loop));
  };

  const listen = () => {
    listener = Deno.listen({ hostname, port });
    port = (listener.addr as Deno.NetAddr).port;
    serve(listener);
  };

  const cut = async () => {
    if (listener) {
      try {
        listener.close();
      } catch { /* already closed */ }
      listener = undefined;
    }
    for (const c of open) {
      try {
        c.close();
      } catch { /* already closed */ }
    }
    open.clear();
    await Promise.allSettled([...tasks]);
  };

  listen();
  return Promise.resolve({
    get url() {
      return `http://${hostname}:${port}`;
    },
    get port() {
      return port;
    },
    get up() {
      return listener !== undefined;
    },
    cut,
    restore: () => {
      if (!listener) listen();
    },
    close: cut,
  });
}
