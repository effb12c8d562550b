/**
 * Search panel: a combobox with debounced autocomplete (query completions, then a
 * "Products" group; arrow keys, Enter, Escape), facets that filter when clicked,
 * highlighted results that open the product's drill-down, and paging. "Showing results
 * for …" and "Did you mean …?" come from the API (`corrected_query`, `did_you_mean`).
 */
import { getJSON } from "./api.js";
import { categoryLabel, categoryTrail, fmtInt, fmtMoney, h, safeHighlight } from "./format.js";
import { openProduct } from "./drilldown.js";
import { rememberProduct } from "./products.js";
import { unavailableText } from "./status.js";

const PAGE_SIZE = 10;
const RETRY_MS = 3000;

export function setupSearch(root) {
  const form = root.querySelector("[data-testid=search-form]");
  const input = root.querySelector("[data-testid=search-input]");
  const list = root.querySelector("[data-testid=autocomplete-list]");
  const sort = root.querySelector("[data-testid=search-sort]");
  const results = root.querySelector("[data-testid=search-results]");
  const facets = root.querySelector("[data-testid=facets]");
  const filtersEl = root.querySelector("[data-testid=active-filters]");
  const summary = root.querySelector("[data-testid=search-summary]");
  const didYouMean = root.querySelector("[data-testid=did-you-mean]");
  const pager = root.querySelector("[data-testid=search-pager]");
  const facetsToggle = root.querySelector("[data-testid=facets-toggle]");
  let retryTimer;

  // ---- facets as a sheet on narrow screens (the toggle is hidden by CSS on wide ones) ----
  const setFacetsOpen = (open) => {
    root.dataset.facetsOpen = String(open);
    facetsToggle.setAttribute("aria-expanded", String(open));
  };
  facetsToggle.addEventListener("click", () => setFacetsOpen(root.dataset.facetsOpen !== "true"));
  setFacetsOpen(false);

  const state = { q: "", category: "", brand: "", price: null, page: 1 };
  let searchAbort;
  let suggestAbort;
  let suggestTimer;
  let active = -1;
  let suggestions = [];

  // ---- autocomplete: completions first, then a "Products" group ----
  let products = [];
  const items = () => [
    ...suggestions.map((s) => ({ kind: "query", text: s.text })),
    ...products.map((p) => ({ kind: "product", product: p })),
  ];
  const optionId = (i) => `ac-option-${i}`;

  const closeList = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const option = (i, testid, ...children) =>
    h(
      "div",
      {
        id: optionId(i),
        role: "option",
        class: "ac-option",
        "aria-selected": i === active ? "true" : "false",
        "data-testid": testid,
        onmousedown: (e) => {
          e.preventDefault(); // keep focus in the input
          choose(i);
        },
      },
      ...children,
    );

  const renderList = () => {
    const n = suggestions.length;
    list.replaceChildren(
      ...suggestions.map((s, i) => option(i, "autocomplete-option", h("span", { class: "s-text" }, s.text))),
      products.length
        ? h(
          "div",
          { role: "group", "aria-labelledby": "ac-products-label", "data-testid": "autocomplete-products" },
          h("div", { id: "ac-products-label", class: "ac-group-label", role: "presentation" }, "Products"),
          ...products.map((p, j) =>
            option(
              n + j,
              "autocomplete-product",
              h("span", { class: "s-text" }, p.title),
              h("span", { class: "s-price" }, fmtMoney(p.price)),
            )
          ),
        )
        : null,
    );
    const open = items().length > 0 && document.activeElement === input;
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    if (active >= 0) {
      input.setAttribute("aria-activedescendant", optionId(active));
      list.querySelector(`#${optionId(active)}`)?.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };

  const suggest = async (q) => {
    suggestAbort?.abort();
    if (q.trim().length < 1) {
      suggestions = [];
      products = [];
      closeList();
      return;
    }
    suggestAbort = new AbortController();
    try {
      const body = await getJSON("/autocomplete", { q: q.slice(0, 100), limit: 6 }, {
        signal: suggestAbort.signal,
      });
      if (input.value !== q) return; // typed on meanwhile
      suggestions = body.suggestions ?? [];
      products = body.products ?? [];
      active = -1;
      renderList();
    } catch (e) {
      if (e.name !== "AbortError") closeList();
    }
  };

  const choose = (i) => {
    const it = items()[i];
    if (!it) return;
    closeList();
    if (it.kind === "product") {
      // The input keeps the focus to come back to when the drill-down closes.
      openProduct(it.product.id, input);
      return;
    }
    input.value = it.text;
    run({ q: it.text, page: 1 });
  };

  input.addEventListener("input", () => {
    clearTimeout(suggestTimer);
    const q = input.value;
    suggestTimer = setTimeout(() => suggest(q), 150);
  });
  input.addEventListener("keydown", (e) => {
    if (list.hidden && e.key === "ArrowDown" && items().length) {
      e.preventDefault();
      renderList();
      return;
    }
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      const n = items().length;
      if (!n) return;
      e.preventDefault();
      active = e.key === "ArrowDown" ? (active + 1) % n : (active - 1 + n) % n;
      renderList();
    } else if (e.key === "Enter" && active >= 0 && !list.hidden) {
      e.preventDefault();
      choose(active);
    } else if (e.key === "Escape" && !list.hidden) {
      e.preventDefault(); // close the list only; keep the typed text
      closeList();
    }
  });
  input.addEventListener("blur", () => setTimeout(closeList, 100));

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    clearTimeout(suggestTimer);
    suggestAbort?.abort();
    closeList();
    run({ q: input.value.trim(), page: 1 });
  });
  sort.addEventListener("change", () => run({ page: 1 }));

  // ---- search ----
  async function run(change = {}) {
    Object.assign(state, change);
    clearTimeout(retryTimer);
    searchAbort?.abort();
    searchAbort = new AbortController();
    root.dataset.loading = "true";
    try {
      const body = await getJSON("/search", {
        q: state.q,
        category: state.category,
        brand: state.brand,
        min_price: state.price?.from,
        max_price: state.price?.to,
        sort: sort.value,
        page: state.page,
        size: PAGE_SIZE,
      }, { signal: searchAbort.signal });
      render(body);
    } catch (e) {
      if (e.name === "AbortError") return;
      if (e.status && e.status < 500) {
        results.replaceChildren(h("li", { class: "empty-row error" }, `Search failed: ${e.message}`));
      } else {
        // The store is down or slow: no stale hits, and try again by ourselves.
        results.replaceChildren(
          h(
            "li",
            { class: "empty-row error", "data-testid": "search-unavailable" },
            unavailableText(e, RETRY_MS),
          ),
        );
        retryTimer = setTimeout(() => run(), RETRY_MS);
      }
      summary.textContent = "";
      didYouMean.hidden = true;
      pager.replaceChildren();
    } finally {
      root.dataset.loading = "false";
    }
  }

  function render(body) {
    summary.textContent = `${fmtInt(body.total)} ${body.total === 1 ? "product" : "products"} · ${
      Math.round(body.took_ms)
    } ms`;
    const rerun = (q) =>
      h("button", {
        type: "button",
        class: "link",
        "data-testid": "did-you-mean-link",
        onclick: () => {
          input.value = q;
          run({ q, page: 1 });
        },
      }, q);
    // What the engine searched (typo tolerance changed the words), and a rewrite it offers.
    const corrected = body.corrected_query;
    const offer = body.did_you_mean && body.did_you_mean !== corrected ? body.did_you_mean : undefined;
    const parts = [];
    if (corrected) {
      parts.push(
        "Showing results for ",
        h("b", { "data-testid": "corrected-query" }, corrected),
        ` · you typed “${state.q}”.`,
      );
    }
    if (offer) {
      if (parts.length) parts.push(" ");
      else if (body.total === 0) parts.push(`No products match “${state.q}”. `);
      parts.push("Did you mean ", rerun(offer), "?");
    }
    didYouMean.hidden = parts.length === 0;
    didYouMean.replaceChildren(...parts);
    for (const hit of body.hits) rememberProduct(hit.id, hit.title);

    results.replaceChildren(
      ...(body.hits.length
        ? body.hits.map((hit) =>
          h(
            "li",
            { class: "hit", "data-testid": "search-result", "data-product-id": hit.id },
            h("button", {
              type: "button",
              class: "hit-title link-btn",
              title: hit.title,
              "data-testid": "product-link",
              "data-product-id": hit.id,
              onclick: (e) => openProduct(hit.id, e.currentTarget),
              html: safeHighlight(hit.highlight || hit.title),
            }),
            h(
              "div",
              { class: "hit-meta" },
              h("span", { class: "hit-brand" }, hit.brand),
              h("span", { class: "cat", title: categoryTrail(hit.category) }, categoryTrail(hit.category)),
              h("span", { class: "rating", title: `rating ${hit.rating}` }, `★ ${hit.rating.toFixed(1)}`),
              hit.stock === 0 ? h("span", { class: "oos" }, "out of stock") : null,
            ),
            h("div", { class: "hit-price" }, fmtMoney(hit.price)),
          )
        )
        : [
          h(
            "li",
            { class: "empty-row" },
            state.q ? `Nothing found for “${state.q}”.` : "No products indexed yet.",
          ),
        ]),
    );

    renderFacets(body.facets);
    renderFilters();
    const active = [state.category, state.brand, state.price].filter(Boolean).length;
    facetsToggle.textContent = active ? `Filters (${active})` : "Filters";
    const pages = Math.max(1, Math.ceil(body.total / PAGE_SIZE));
    pager.replaceChildren(
      h("button", {
        type: "button",
        disabled: state.page <= 1,
        onclick: () => run({ page: state.page - 1 }),
        "aria-label": "Previous page",
      }, "‹"),
      h("span", {}, `page ${state.page} of ${fmtInt(Math.min(pages, 10_000 / PAGE_SIZE))}`),
      h("button", {
        type: "button",
        disabled: state.page >= pages || state.page * PAGE_SIZE >= 10_000,
        onclick: () => run({ page: state.page + 1 }),
        "aria-label": "Next page",
      }, "›"),
    );
  }

  function facetGroup(title, testid, items) {
    if (!items.length) return null;
    return h(
      "fieldset",
      { class: "facet", "data-testid": testid },
      h("legend", {}, title),
      h("ul", {}, ...items.map((it) => h("li", {}, it))),
    );
  }

  function facetButton({ label, count, selected, onclick, testid }) {
    return h(
      "button",
      {
        type: "button",
        class: `facet-btn${selected ? " selected" : ""}`,
        "aria-pressed": String(!!selected),
        onclick: () => {
          setFacetsOpen(false);
          onclick();
        },
        "data-testid": testid,
      },
      h("span", { class: "f-label" }, label),
      h("span", { class: "f-count" }, fmtInt(count)),
    );
  }

  function renderFacets(f) {
    facets.replaceChildren(
      ...[
        facetGroup(
          state.category ? `In ${categoryLabel(state.category)}` : "Category",
          "facet-category",
          f.category.slice(0, 10).map((c) =>
            facetButton({
              label: categoryLabel(c.value),
              count: c.count,
              testid: "facet-category-option",
              onclick: () => run({ category: c.value, page: 1 }),
            })
          ),
        ),
        facetGroup(
          "Brand",
          "facet-brand",
          f.brand.slice(0, 8).map((b) =>
            facetButton({
              label: b.value,
              count: b.count,
              selected: state.brand === b.value,
              testid: "facet-brand-option",
              onclick: () => run({ brand: state.brand === b.value ? "" : b.value, page: 1 }),
            })
          ),
        ),
        facetGroup(
          "Price",
          "facet-price",
          f.price.filter((p) => p.count > 0).map((p) =>
            facetButton({
              label: priceLabel(p),
              count: p.count,
              selected: state.price?.key === p.key,
              testid: "facet-price-option",
              onclick: () => run({ price: state.price?.key === p.key ? null : p, page: 1 }),
            })
          ),
        ),
      ].filter(Boolean),
    );
  }

  function renderFilters() {
    const chips = [];
    const chip = (label, clear) =>
      h(
        "button",
        { type: "button", class: "chip", onclick: clear, "aria-label": `Remove filter ${label}` },
        label,
        h("span", { "aria-hidden": "true" }, " ×"),
      );
    if (state.category) {
      chips.push(
        chip(categoryTrail(state.category), () => run({ category: parentOf(state.category), page: 1 })),
      );
    }
    if (state.brand) chips.push(chip(state.brand, () => run({ brand: "", page: 1 })));
    if (state.price) chips.push(chip(priceLabel(state.price), () => run({ price: null, page: 1 })));
    filtersEl.replaceChildren(...chips);
    filtersEl.hidden = chips.length === 0;
  }

  run();
  return { run };
}

function parentOf(path) {
  const i = path.lastIndexOf(".");
  return i < 0 ? "" : path.slice(0, i);
}

function priceLabel(p) {
  if (p.from === undefined) return `under $${p.to}`;
  if (p.to === undefined) return `$${p.from}+`;
  return `$${p.from}–${p.to}`;
}
