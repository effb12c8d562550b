/**
 * Product titles the page has already seen (search hits, trending rows), so a signal
 * that names only a product id can show its title. No request of its own: the API has
 * no product lookup yet.
 */
const titles = new Map();

/** Remembers `id → title` for later `productTitle(id)` calls. */
export function rememberProduct(id, title) {
  if (id && title) titles.set(id, title);
}

/** The title seen for `id`, or undefined. */
export function productTitle(id) {
  return titles.get(id);
}
