/**
 * Search-result highlighting shared by both catalog adapters: the title's words whose
 * analysed form (folded, plural-stemmed) matched are wrapped in `<em>`, the rest is
 * HTML-escaped.
 *
 * @example
 * ```ts
 * import { highlight } from "./highlight.ts";
 * console.log(highlight("Sony Headphones", new Set(["headphone"]))); // Sony <em>Headphones</em>
 * ```
 * @module
 */
import { escapeHtml } from "./html.ts";
import { fold, stem } from "../catalog/text.ts";

/** The title with every word whose stem is in `matched` wrapped in `<em>…</em>`. */
export function highlight(title: string, matched: ReadonlySet<string>): string {
  return title.split(/([^\p{L}\p{N}]+)/u).map((part) => {
    const term = stem(fold(part));
    return part && matched.has(term) ? `<em>${escapeHtml(part)}</em>` : escapeHtml(part);
  }).join("");
}
