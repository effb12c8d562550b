import { EmbeddedCatalog } from "./src/store/embedded/catalog.ts";
import { seedCatalog } from "./src/catalog/seed.ts";
const chunk = Number(Deno.args[0]);
const catalog = new EmbeddedCatalog();
const gaps: number[] = [];
let last = performance.now();
const iv = setInterval(() => {
  const n = performance.now();
  gaps.push(n - last);
  last = n;
}, 1);
const t0 = performance.now();
await seedCatalog(catalog, { count: 50_000, seed: 42, chunk, tty: false });
const total = performance.now() - t0;
clearInterval(iv);
gaps.sort((a, b) => a - b);
console.log({
  chunk,
  total: Math.round(total),
  ticks: gaps.length,
  p50: gaps[gaps.length >> 1].toFixed(1),
  p99: gaps[Math.floor(gaps.length * 0.99)].toFixed(1),
  max: gaps.at(-1)!.toFixed(1),
});
