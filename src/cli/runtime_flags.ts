/**
 * The V8 flags every way of running shopstream passes (`deno task start`, `deno task
 * compile`, the container image, and the tests' and benches' subprocesses; a test checks
 * they agree).
 *
 * `--max-semi-space-size=8` (MB): V8 otherwise lets the young generation grow to
 * several times that on a machine with memory to spare, and keeps it. Loading the
 * catalog allocates fast, so `--role=all` sat ~55 MB higher from its first seconds on
 * (RSS after loading 50k products: 339 MB default, 283 MB with 8, 277 MB with 4). The
 * processor's operators ran as fast with 8 as without it (a 100k-event micro-benchmark).
 *
 * `--heap-growing-percent=100`: after each full collection V8 lets the old generation
 * grow to twice what survived, instead of a factor it picks up to 4× for a heap that
 * grows fast — which is what a restart does, reading its log, snapshot and checkpoints.
 * The 10-minute `--role=all` bench with a restart peaked at 386–406 MB instead of 487–502;
 * the cost, measured the same day: 100k products indexed in 5.3–5.4 s instead of
 * 5.0–5.1, search p95 1.00 ms instead of 0.95, the operators within noise (44–46k
 * events/s vs 44–48k). `--optimize-for-size` went lower (298–335 MB after a restart)
 * but halved the operators' speed.
 *
 * @module
 */
export const V8_FLAGS = "--max-semi-space-size=8,--heap-growing-percent=100";

/** The flag as `deno run` and `deno compile` take it. */
export const V8_FLAGS_ARG = `--v8-flags=${V8_FLAGS}`;
