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
 * @module
 */
export const V8_FLAGS = "--max-semi-space-size=8";

/** The flag as `deno run` and `deno compile` take it. */
export const V8_FLAGS_ARG = `--v8-flags=${V8_FLAGS}`;
