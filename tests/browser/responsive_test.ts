/**
 * The dashboard at a phone's width (390×844) and a laptop's (1440×900), in Debian's
 * chromium through playwright-core, against the real app on its embedded backends:
 * charts drawn from history as soon as the page says it has loaded, no horizontal
 * overflow, search with a corrected typo → facet → product drill-down, autocomplete's
 * completions and products by keyboard, fraud evidence as sentences (no JSON), a
 * flagged user's timeline, labelled funnel drop-offs, panels without inner scrollbars,
 * the include-bots toggle in the requests, stale headline figures while offline, and
 * axe-core scans (page, and drill-down open) with no serious or critical violation.
 * Screenshots go to test-artifacts/ (dashboard-<width>.png, drilldown-*-<width>.png);
 * the 1440 dashboard is copied to docs/dashboard.png.
 *
 * History needs minutes of event time. The generator's event time advances with the
 * events it emits (50 per second of event time with `--rate=max`), so a burst of 12,000
 * events at `--rate=max` is four minutes of history, written in well under a second;
 * the test waits until the API serves it. No sleeping.
 *
 * Also: with `--api-token`, the fraud panel asks for the token and works once given; the
 * docs pages link a favicon and nothing leaves the machine.
 */
import assert from "node:assert/strict";
// Pinned here rather than in deno.json (owned by the lead); move it there when merging.
import axe from "axe-core";
import { chromium, type Page, type Request } from "playwright-core";
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
const ARTIFACTS = new URL("../../test-artifacts/", import.meta.url);
const DOCS_SCREENSHOT = new URL("../../docs/dashboard.png", import.meta.url);

interface Target {
  baseUrl: string;
  stop(): Promise<void>;
}

/** Four minutes of event time at once (see the module doc); the events run up to 5 min ahead. */
const API_TOKEN = "browser-test-token-0123456789";
const HISTORY_BURST = ["--rate=max", "--events=12000", "--max-future-skew=10m"];

/** `main.ts --role=all` on the embedded stand-ins; `ready` says when it is worth opening. */
async function startTarget(
  ready: (baseUrl: string) => Promise<boolean>,
  what: string,
  flags = ["--rate=200"],
): Promise<Target> {
  const dataDir = await Deno.makeTempDir({ prefix: "shopstream-browser-" });
  const app = await startApp(
    ["--role=all", "--port=0", "--host=127.0.0.1", `--data-dir=${dataDir}`, "--count=2000", ...flags],
    { env: { KAFKA_BOOTSTRAP_SERVERS: "", ELASTICSEARCH_HOST: "" } },
  );
  const stop = async () => {
    await app.stop();
    await Deno.remove(dataDir, { recursive: true });
  };
  try {
    await eventually(async () => (await ready(app.baseUrl)) || undefined, { timeoutMs: 90_000, what });
  } catch (e) {
    await stop();
    throw new Error(`${(e as Error).message}\n${app.log()}`);
  }
  return { baseUrl: app.baseUrl, stop };
}

/** Page errors, console errors, failed requests and requests to anywhere but the app. */
function watchProblems(page: Page, baseUrl: string): string[] {
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("requestfailed", (r) => {
    // Requests the page cancels on purpose (superseded searches, the stream at close) are fine.
    if (!/ERR_ABORTED/.test(r.failure()?.errorText ?? "")) problems.push(`request failed: ${r.url()}`);
  });
  page.on("request", (r) => {
    if (!r.url().startsWith(baseUrl)) problems.push(`external request: ${r.url()}`);
  });
  return problems;
}

async function assertNoHorizontalOverflow(page: Page, when: string) {
  // Page-side code as strings: this module is type-checked without the DOM library.
  const { scrollWidth, innerWidth } = await page.evaluate<{ scrollWidth: number; innerWidth: number }>(
    "({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })",
  );
  assert.ok(
    scrollWidth <= innerWidth,
    `${when}: page is ${scrollWidth} px wide in a ${innerWidth} px window`,
  );
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's WCAG scan of the whole page; returns its violations. */
async function axeScan(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axe.source });
  return await page.evaluate<AxeViolation[]>(`axe.run(document, { resultTypes: ["violations"] }).then((r) =>
    r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    })))`);
}

function impactCounts(violations: AxeViolation[]): string {
  const byImpact: Record<string, number> = {};
  for (const v of violations) byImpact[v.impact ?? "unknown"] = (byImpact[v.impact ?? "unknown"] ?? 0) + 1;
  return JSON.stringify(byImpact);
}

/** Serious and critical violations, each as one readable line. */
function severe(violations: AxeViolation[]): string[] {
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) =>
    `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target).join(", ")}`
  );
}

function focusedTestId(page: Page): Promise<string | null> {
  return page.evaluate<string | null>("document.activeElement?.getAttribute('data-testid')");
}

/** How many x values a chart draws (its `data-points`). */
async function chartPoints(page: Page, testid: string): Promise<number> {
  return Number(await page.locator(`[data-testid=${testid}]`).getAttribute("data-points") ?? 0);
}

async function checkViewport(page: Page, baseUrl: string, width: number) {
  const phone = width < 700;
  const problems = watchProblems(page, baseUrl);
  await page.goto(`${baseUrl}/`);

  // The charts open with history: drawn as soon as the page says it has loaded (≤ 2 s).
  await page.locator("html[data-loaded=true]").waitFor({ timeout: UI_WAIT_MS });
  for (const chart of ["trending-chart", "throughput-chart"]) {
    const points = await chartPoints(page, chart);
    assert.ok(points > 1, `${chart} draws ${points} points on load`);
  }
  assert.ok(
    await page.locator("[data-testid=trending-legend] li").count() > 1,
    "the chart's lines are named",
  );

  // Live: the headline figures are current (not marked stale) once the stream delivers.
  await page.locator("[data-testid=kpis][data-stale=false]").waitFor({ timeout: UI_WAIT_MS });
  await page.locator("[data-testid=kpi-revenue-value]", { hasText: /\d/ }).waitFor();
  assert.equal(
    (await page.locator("[data-field=consumer-lag]").textContent())?.trim(),
    "n/a (embedded)",
    "the pipeline card says why lag is unknown",
  );
  await assertNoHorizontalOverflow(page, "after load");

  // Search with a typo the engine corrects: results, and what was searched said in words.
  const input = page.locator("[data-testid=search-input]");
  await input.fill("headphnes");
  await input.press("Enter");
  await page.locator("[data-testid=corrected-query]", { hasText: "headphones" }).waitFor({
    timeout: UI_WAIT_MS,
  });
  assert.match(
    (await page.locator("[data-testid=did-you-mean]").textContent()) ?? "",
    /^Showing results for headphones · you typed “headphnes”\.$/,
  );
  const titles = await page.locator("[data-testid=search-result] .hit-title").allTextContents();
  assert.ok(titles.length > 0);
  assert.match(titles[0], /headphone/i, `first result for "headphnes": ${titles[0]}`);
  const box = await input.boundingBox();
  assert.ok(box && box.width >= Math.min(300, width - 60), `search box is ${box?.width} px wide`);

  // A facet narrows the results; on the phone the facets sit behind a toggle.
  const before = await page.locator("[data-testid=search-summary]").textContent();
  const brand = page.locator("[data-testid=facet-brand-option]").first();
  if (phone) {
    assert.equal(await brand.isVisible(), false, "facets are collapsed on a phone");
    await page.locator("[data-testid=facets-toggle]").click();
    await brand.waitFor({ state: "visible" });
  }
  const brandName = (await brand.locator(".f-label").textContent())!.trim();
  await brand.click();
  await page.locator("[data-testid=active-filters] .chip").first().waitFor();
  await eventually(async () => {
    const now = await page.locator("[data-testid=search-summary]").textContent();
    return now !== before ? now : undefined;
  }, { timeoutMs: UI_WAIT_MS, what: "results narrowed by the brand facet" });
  if (phone) {
    await brand.waitFor({ state: "hidden" });
    assert.match((await page.locator("[data-testid=facets-toggle]").textContent()) ?? "", /Filters \(1\)/);
  }
  await page.locator("section.search[data-loading=false]").waitFor();
  await assertNoHorizontalOverflow(page, "after a search");

  // A result opens its product: details and recent activity, in a dialog that Escape closes.
  const hit = page.locator("[data-testid=search-result] [data-testid=product-link]").first();
  const hitId = await hit.getAttribute("data-product-id");
  await hit.click();
  const dialog = page.locator("[data-testid=drilldown]");
  const product = dialog.locator(`[data-testid=product-detail][data-product-id='${hitId}']`);
  await product.waitFor({ timeout: UI_WAIT_MS });
  assert.match(
    (await product.textContent()) ?? "",
    new RegExp(brandName),
    "the product is of the chosen brand",
  );
  assert.match(
    (await dialog.locator("[data-testid=product-activity-totals]").textContent()) ?? "",
    /Views\d[\d,]*Carts\d[\d,]*Purchases\d[\d,]*Score\d[\d,]*/,
  );
  assert.ok(
    await dialog.locator("[data-testid=product-activity] tbody tr").count() > 0,
    "recent activity per minute is listed",
  );
  assert.equal(await focusedTestId(page), "drilldown-close", "focus moves into the dialog");
  await assertNoHorizontalOverflow(page, "with the product open");
  await Deno.mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: new URL(`drilldown-product-${width}.png`, ARTIFACTS).pathname });
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
  assert.equal(
    await page.evaluate<string | null>("document.activeElement?.getAttribute('data-product-id')"),
    hitId,
    "focus returns to the result that opened the dialog",
  );
  // Focus moved on as the dialog hides stays where it went: the dialog's close event comes a
  // task later and must not take it back (CI once lost the search box's clearing to the
  // result button, and "head" was typed before the old "headphnes"). Ordered by the event
  // itself, not by a clock: the page's handler runs before the one added here.
  await hit.click();
  await product.waitFor({ timeout: UI_WAIT_MS });
  const focusedAfterClose = await page.evaluate<string | null>(`(async () => {
    const dialog = document.querySelector("[data-testid=drilldown]");
    const closed = new Promise((resolve) => dialog.addEventListener("close", resolve, { once: true }));
    dialog.close();
    document.querySelector("[data-testid=search-input]").focus();
    await closed;
    return document.activeElement?.getAttribute("data-testid") ?? null;
  })()`);
  assert.equal(focusedAfterClose, "search-input", "a focus moved on as the dialog closes is kept");

  // Autocomplete: completions, then products; arrow keys reach a product, Enter opens it.
  await input.fill("");
  // (Waits for the answer to the prefix typed last, then for the list it fills: a list that
  // stays closed says why, with the answer, the focus and the page's problems.)
  // (Every prefix the page asks, and how each ended: a wait that times out names them, the
  // typed value and the focus. Seen once in CI: no answer for "head" within the wait.)
  const asked: string[] = [];
  const onRequest = (r: Request) => {
    const url = new URL(r.url());
    if (url.pathname === "/autocomplete") asked.push(`asked ${url.searchParams.get("q")}`);
  };
  const onFailed = (r: Request) => {
    const url = new URL(r.url());
    if (url.pathname === "/autocomplete") {
      asked.push(`${url.searchParams.get("q")} failed: ${r.failure()?.errorText}`);
    }
  };
  page.on("request", onRequest);
  page.on("requestfailed", onFailed);
  const answered = page.waitForResponse((r) => {
    const url = new URL(r.url());
    return url.pathname === "/autocomplete" && url.searchParams.get("q") === "head";
  }, { timeout: UI_WAIT_MS });
  await input.pressSequentially("head", { delay: 20 });
  const answer = await answered.catch(async (e) => {
    throw new Error(
      `${(e as Error).message}\nautocomplete: ${asked.join("; ")}; input value: ${await input
        .inputValue()}, ` +
        `focused: ${await focusedTestId(page)}, problems: ${problems.join("; ")}`,
    );
  });
  page.off("request", onRequest);
  page.off("requestfailed", onFailed);
  const answerBody = await answer.json() as { products?: unknown[] };
  assert.equal(answer.status(), 200, `/autocomplete?q=head answered ${answer.status()}`);
  assert.ok((answerBody.products?.length ?? 0) > 0, `no products for "head": ${JSON.stringify(answerBody)}`);
  const completions = page.locator("[data-testid=autocomplete-option]");
  const products = page.locator("[data-testid=autocomplete-products] [data-testid=autocomplete-product]");
  await products.first().waitFor({ timeout: UI_WAIT_MS }).catch(async (e) => {
    const list = page.locator("[data-testid=autocomplete-list]");
    throw new Error(
      `${(e as Error).message}\nlist hidden: ${await list.getAttribute("hidden") !== null}, input value: ` +
        `${await input.inputValue()}, focused: ${await focusedTestId(page)}, problems: ${
          problems.join("; ")
        }`,
    );
  });
  assert.match((await completions.first().textContent()) ?? "", /^head/i);
  assert.match(
    (await page.locator("[data-testid=autocomplete-products]").textContent()) ?? "",
    /^Products.*\$\d/,
    "the products group is labelled and shows prices",
  );
  const n = await completions.count();
  for (let i = 0; i <= n; i++) await input.press("ArrowDown");
  const first = products.first();
  assert.equal(await first.getAttribute("aria-selected"), "true");
  assert.equal(await input.getAttribute("aria-activedescendant"), await first.getAttribute("id"));
  const suggested = (await first.locator(".s-text").textContent())!;
  await input.press("Enter");
  await dialog.locator("[data-testid=product-detail]").waitFor({ timeout: UI_WAIT_MS });
  assert.equal((await page.locator("[data-testid=drilldown-title]").textContent())?.trim(), suggested.trim());
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
  assert.equal(await focusedTestId(page), "search-input", "focus returns to the search box");
  // Escape in the box closes only the list.
  await input.fill("");
  await input.pressSequentially("lapt", { delay: 20 });
  await completions.first().waitFor({ timeout: UI_WAIT_MS });
  await input.press("Escape");
  await page.locator("[data-testid=autocomplete-list]").waitFor({ state: "hidden" });
  assert.equal(await input.inputValue(), "lapt", "Escape closes the list and keeps the text");
  await input.fill("headphnes"); // back to what the results show (the screenshot)

  // Fraud and bot evidence read as sentences, never as JSON.
  await page.locator("[data-testid=fraud-row]").first().waitFor({ timeout: 60_000 });
  const evidence = await page.locator("[data-testid=fraud-evidence]").allTextContents();
  assert.ok(evidence.length > 0);
  for (const text of evidence) {
    assert.ok(text.trim().length > 10, `evidence reads as text: "${text}"`);
    assert.doesNotMatch(text, /[{}[\]"]/, `no JSON in evidence: "${text}"`);
  }
  const panelText = (await page.locator("section.fraud").textContent()) ?? "";
  assert.doesNotMatch(panelText, /[{[]/, "no JSON anywhere in the fraud panel");
  const bots = page.locator(
    "[data-testid=fraud-row]:has(td.type:text-is('bot')) [data-testid=fraud-evidence]",
  );
  if (await bots.count()) {
    assert.match(
      (await bots.first().textContent()) ?? "",
      /^\d[\d,]* views\/searches, median \d[\d,]* ms apart .*no cart or purchase$/,
    );
  }

  // A flagged user opens their timeline and why they were flagged: a refund signal's user,
  // whose purchases and refunds are always kept (a bot's views are kept only for sampled
  // users, so its timeline may rightly be empty).
  const user = page.locator(
    "[data-testid=fraud-row]:not(:has(td.type:text-is('bot'))) [data-testid=user-link]",
  ).first();
  const userId = await user.getAttribute("data-user-id");
  await user.focus();
  await page.keyboard.press("Enter");
  const detail = page.locator(`[data-testid=user-detail][data-user-id='${userId}']`);
  await detail.waitFor({ timeout: UI_WAIT_MS });
  assert.ok(await detail.locator("[data-testid=user-signals] li").count() > 0, "the signals are listed");
  assert.doesNotMatch((await detail.locator("[data-testid=user-signals]").textContent()) ?? "", /[{}[\]"]/);
  assert.ok(await detail.locator("[data-testid=timeline-event]").count() > 0, "the timeline has events");
  assert.match(
    (await detail.locator("[data-testid=user-sampled]").textContent()) ?? "",
    /^(Complete: every event of this user is kept\.|Partial: only purchases and refunds are kept)/,
  );
  await assertNoHorizontalOverflow(page, "with the user open");
  await page.screenshot({ path: new URL(`drilldown-user-${width}.png`, ARTIFACTS).pathname });
  const dialogViolations = await axeScan(page);
  console.log(`axe at ${width} px, user drill-down open: ${impactCounts(dialogViolations)}`);
  assert.deepEqual(severe(dialogViolations), []);
  await page.keyboard.press("Escape");
  await page.locator("[data-testid=drilldown]").waitFor({ state: "hidden" });
  assert.equal(
    await page.evaluate<string | null>("document.activeElement?.getAttribute('data-user-id')"),
    userId,
    "focus returns to the user's button",
  );

  // Funnel drop-offs are labelled; funnels and fraud show rows without inner scrollbars.
  await page.locator("[data-testid=funnel-drop]", { hasText: /lost after view \d/ }).first().waitFor();
  for (const selector of [".funnel-list", ".fraud-wrap", "section.funnels", "section.fraud"]) {
    const { scroll, client } = await page.locator(selector).evaluate((el) => ({
      scroll: el.scrollHeight,
      client: el.clientHeight,
    }));
    assert.ok(scroll <= client + 1, `${selector} scrolls inside (${scroll} > ${client})`);
  }

  await page.locator("[data-testid=trending-row]").first().waitFor();
  await page.locator("[data-testid=query-row]").first().waitFor();
  await assertNoHorizontalOverflow(page, "with every panel filled");

  // Accessibility: no serious or critical axe-core violation.
  await page.locator("[data-testid=kpis][data-stale=false]").waitFor();
  await page.locator("section.search[data-loading=false]").waitFor();
  const violations = await axeScan(page);
  console.log(`axe at ${width} px: ${impactCounts(violations)}`);
  assert.deepEqual(severe(violations), []);

  const shot = new URL(`dashboard-${width}.png`, ARTIFACTS);
  await page.screenshot({ path: shot.pathname, fullPage: true });
  assert.ok((await Deno.stat(shot)).size > 20_000, "screenshot written");
  assert.deepEqual(problems, [], problems.join("\n"));
  return shot;
}

Deno.test({
  name:
    "dashboard at 390 and 1440 px: history on load, no overflow, search → facet → product, user timeline, " +
    "bots toggle, axe, screenshots",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async (t) => {
    const target = await startTarget(
      async (base) => {
        const get = async (path: string) => await (await fetch(`${base}${path}`)).json();
        const rates = await get("/stats/history?minutes=30");
        const trending = await get("/trending/history?minutes=30&limit=5");
        const fraud = await get("/fraud?limit=1");
        return rates.points?.length >= 3 && trending.items?.[0]?.points?.length >= 2 &&
          fraud.items?.length > 0;
      },
      "minutes of history, trending history and a fraud signal",
      HISTORY_BURST,
    );
    const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
    try {
      await t.step("phone, 390×844", async () => {
        const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
        await checkViewport(page, target.baseUrl, 390);
        await page.close();
      });
      await t.step("laptop, 1440×900", async () => {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        const shot = await checkViewport(page, target.baseUrl, 1440);
        await Deno.mkdir(new URL(".", DOCS_SCREENSHOT), { recursive: true });
        await Deno.copyFile(shot, DOCS_SCREENSHOT);

        // The include-bots toggle asks every analytics endpoint for bots too.
        const asked = (path: string) =>
          page.waitForRequest((r) => {
            const url = new URL(r.url());
            return url.pathname === path && url.searchParams.get("include_bots") === "true";
          }, { timeout: UI_WAIT_MS });
        const requests = ["/trending", "/trending/history", "/funnels", "/queries"].map(asked);
        await page.locator("[data-testid=include-bots]").check();
        await Promise.all(requests);
        assert.equal(
          (await page.locator("[data-testid=trending-bots]").textContent())?.trim(),
          "· bots included",
        );
        const row = page.locator("[data-testid=trending-row] [data-testid=product-link]").first();
        const productId = await row.getAttribute("data-product-id");
        const detail = page.waitForRequest((r) => {
          const url = new URL(r.url());
          return url.pathname === `/products/${productId}` && url.searchParams.get("include_bots") === "true";
        });
        await row.click();
        await detail;
        await page.locator("[data-testid=product-detail]").waitFor();
        await page.keyboard.press("Escape");
        await page.close();
      });
      await t.step("headline figures are marked stale while the stream is down", async () => {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        await page.goto(`${target.baseUrl}/`);
        await page.locator("[data-testid=kpis][data-stale=false]").waitFor({ timeout: UI_WAIT_MS });
        await context.setOffline(true);
        await page.locator("[data-testid=kpis][data-stale=true]").waitFor();
        assert.match(
          (await page.locator("[data-testid=stale-note]").textContent()) ?? "",
          /stale \(from \d/,
        );
        const color = await page.evaluate<string>(
          `getComputedStyle(document.querySelector("[data-testid=kpi-revenue-value]")).color`,
        );
        assert.equal(color, "rgb(100, 116, 139)", "stale figures are dimmed");
        await context.setOffline(false);
        await page.locator("[data-testid=kpis][data-stale=false]").waitFor({ timeout: UI_WAIT_MS });
        await context.close();
      });
    } finally {
      await browser.close();
      await target.stop();
    }
  },
});

Deno.test({
  name: "with an API token: the fraud panel asks for it, then loads; docs pages link a favicon, stay local",
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const target = await startTarget(
      async (base) => (await fetch(`${base}/health`)).ok,
      "the API answering",
      ["--rate=200", `--api-token=${API_TOKEN}`],
    );
    const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
    try {
      // /fraud answers 401: a token form instead of a broken panel; the token unlocks it and the stream.
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`${target.baseUrl}/`);
      const form = page.locator("section.fraud [data-testid=token-form]");
      await form.waitFor({ timeout: UI_WAIT_MS });
      assert.equal(await page.locator("section.fraud").getAttribute("data-state"), "locked");
      assert.equal(await page.locator("[data-testid=fraud-empty]").isVisible(), false);
      const fraud = page.waitForRequest((r) =>
        new URL(r.url()).pathname === "/fraud" && r.headers()["authorization"] === `Bearer ${API_TOKEN}`
      );
      const stream = page.waitForRequest((r) => {
        const url = new URL(r.url());
        return url.pathname === "/stream" && url.searchParams.get("access_token") === API_TOKEN;
      });
      await form.getByLabel("API token").fill(API_TOKEN);
      await form.getByRole("button", { name: "Use token" }).click();
      assert.equal((await (await fraud).response())?.status(), 200);
      await stream;
      await page.locator("section.fraud:is([data-state=ready], [data-state=empty])").waitFor();
      assert.equal(await form.count(), 0, "the form is gone once the token works");
      assert.equal(
        await page.evaluate<string | null>("sessionStorage.getItem('shopstream.apiToken')"),
        API_TOKEN,
      );
      await page.close();

      for (const [path, rendered] of [["/docs", ".opblock"], ["/redoc", ".api-content"]]) {
        const page = await browser.newPage();
        const sent: string[] = [];
        const blocked: string[] = [];
        const local = (url: string) => url.startsWith(target.baseUrl) || /^(blob|data):/.test(url);
        page.on("request", (r) => !local(r.url()) && sent.push(r.url()));
        // A request the page's Content-Security-Policy refuses never reaches the network.
        page.on("requestfailed", (r) => r.failure()?.errorText === "csp" && blocked.push(r.url()));
        const failed: string[] = [];
        page.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
        await page.goto(`${target.baseUrl}${path}`);
        await page.locator(rendered).first().waitFor({ timeout: 30_000 });
        await page.waitForLoadState("networkidle");
        assert.deepEqual(
          sent.filter((u) => !blocked.includes(u)),
          [],
          `${path} fetched from outside the machine`,
        );
        assert.deepEqual(failed, [], `${path} had failing requests`);
        const icon = await page.locator("link[rel=icon]").getAttribute("href");
        assert.equal(icon, "/favicon.svg");
        const res = await fetch(new URL(icon!, target.baseUrl));
        await res.body?.cancel();
        assert.equal(res.status, 200, `${path}'s favicon is served`);
        await page.close();
      }
    } finally {
      await browser.close();
      await target.stop();
    }
  },
});
