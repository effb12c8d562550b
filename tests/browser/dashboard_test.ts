/**
 * The dashboard in a real browser (Debian's chromium through playwright-core): a
 * misspelled search finds highlighted results, the trending table fills, the window
 * selector refetches, the live stream connects, and a full-page screenshot is saved
 * to test-artifacts/dashboard.png.
 */
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { eventually, startApp, UI_WAIT_MS } from "../support/app_process.ts";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const SCREENSHOT = new URL("../../test-artifacts/dashboard.png", import.meta.url);

interface Target {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * The whole product as users start it (`main.ts --role=all`), on the embedded stand-ins,
 * with events already flowing when the page loads.
 */
async function startTarget(): Promise<Target> {
  const dataDir = await Deno.makeTempDir({ prefix: "shopstream-browser-" });
  const app = await startApp(
    ["--role=all", "--port=0", "--host=127.0.0.1", `--data-dir=${dataDir}`, "--count=2000", "--rate=200"],
    { env: { KAFKA_BOOTSTRAP_SERVERS: "", ELASTICSEARCH_HOST: "" } },
  );
  const stop = async () => {
    await app.stop();
    await Deno.remove(dataDir, { recursive: true });
  };
  try {
    await eventually(async () => {
      const stats = await (await fetch(`${app.baseUrl}/stats`)).json();
      const trending = await (await fetch(`${app.baseUrl}/trending`)).json();
      return stats.events?.total > 0 && trending.items?.length > 0 || undefined;
    }, { timeoutMs: 60_000, what: "events processed and trending products" });
  } catch (e) {
    await stop();
    throw new Error(`${(e as Error).message}\n${app.log()}`);
  }
  return { baseUrl: app.baseUrl, stop };
}

Deno.test({
  name: "dashboard: typo search, trending table, window selector, live connection, screenshot",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const target = await startTarget();
    const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const problems: string[] = [];
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
      page.on("requestfailed", (r) => {
        // Requests the page cancels on purpose (superseded searches, the stream at close) are fine.
        if (!/ERR_ABORTED/.test(r.failure()?.errorText ?? "")) problems.push(`request failed: ${r.url()}`);
      });
      page.on("request", (r) => {
        if (!r.url().startsWith(target.baseUrl)) problems.push(`external request: ${r.url()}`);
      });

      await page.goto(`${target.baseUrl}/`);

      // Live: the SSE connection is up and the KPIs show numbers.
      await page.locator("[data-testid=connection-state][data-state=connected]").waitFor({
        timeout: UI_WAIT_MS,
      });
      assert.equal(
        (await page.locator("[data-testid=connection-state] .label").textContent())?.trim(),
        "live",
      );
      await page.locator("[data-testid=kpi-revenue-value]", { hasText: /\d/ }).waitFor();

      // Autocomplete: typing a prefix opens the listbox; arrow keys move through it.
      const input = page.locator("[data-testid=search-input]");
      await input.pressSequentially("lapt", { delay: 30 });
      const options = page.locator("[data-testid=autocomplete-option]");
      await options.first().waitFor({ timeout: UI_WAIT_MS });
      await input.press("ArrowDown");
      assert.equal(await options.first().getAttribute("aria-selected"), "true");
      await input.press("Escape");
      await page.locator("[data-testid=autocomplete-list]").waitFor({ state: "hidden" });
      assert.equal(await input.inputValue(), "lapt", "Escape closes the list and keeps the text");

      // Search with a typo: results arrive, matched terms highlighted, the correction said.
      await input.fill("headphnes");
      await input.press("Enter");
      const highlighted = page.locator("[data-testid=search-result] .hit-title em");
      await highlighted.first().waitFor({ timeout: UI_WAIT_MS });
      const titles = await page.locator("[data-testid=search-result] .hit-title").allTextContents();
      assert.ok(titles.length > 0);
      assert.match(titles[0], /headphone/i, `first result for "headphnes": ${titles[0]}`);
      assert.match((await highlighted.first().textContent()) ?? "", /headphone/i);
      await page.locator("[data-testid=corrected-query]", { hasText: "headphones" }).waitFor();

      // A facet click narrows the results.
      const before = await page.locator("[data-testid=search-summary]").textContent();
      await page.locator("[data-testid=facet-brand-option]").first().click();
      await page.locator("[data-testid=active-filters] .chip").first().waitFor();
      await eventually(async () => {
        const now = await page.locator("[data-testid=search-summary]").textContent();
        return now !== before ? now : undefined;
      }, { timeoutMs: 10_000, what: "results narrowed by the brand facet" });

      // Trending fills; the window selector asks the API for the new window and the table follows.
      await page.locator("[data-testid=trending-row]").first().waitFor({ timeout: UI_WAIT_MS });
      const request = page.waitForRequest((r) => /\/trending\?.*minutes=15/.test(r.url()), {
        timeout: UI_WAIT_MS,
      });
      await page.selectOption("[data-testid=trending-window]", "15");
      const response = await (await request).response();
      assert.equal(response?.status(), 200);
      await page.locator("[data-testid=trending-table][data-window='15'] [data-testid=trending-row]").first()
        .waitFor();

      // The other panels are populated, not in their empty states.
      await page.locator("[data-testid=funnel-row]").first().waitFor();
      // Bots are caught within seconds of live traffic (the generator's bot share).
      await page.locator("[data-testid=fraud-row]").first().waitFor({ timeout: 60_000 });
      await page.locator("[data-testid=query-row]").first().waitFor();

      // The charts have drawn what history there is (the page says so), then keep the picture.
      await page.locator("html[data-loaded=true]").waitFor();
      await page.locator("[data-testid=throughput-chart][data-points]").waitFor();
      await Deno.mkdir(new URL(".", SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT.pathname, fullPage: true });
      assert.ok((await Deno.stat(SCREENSHOT)).size > 20_000, "screenshot written");
      assert.deepEqual(problems, [], problems.join("\n"));
    } finally {
      await browser.close();
      await target.stop();
    }
  },
});
