/**
 * The synonyms file users edit (src/catalog/synonyms.txt), parsed once for both search
 * backends: Elasticsearch gets the rules inline in its `synonym_graph` filter; the
 * embedded index expands queries with `expand()`.
 *
 * @module
 */

const FILE = new URL("./synonyms.txt", import.meta.url);

/** Groups of equivalent terms (lowercase; multi-word terms kept whole). */
export function parseSynonyms(text: string): string[][] {
  return text.split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith("#"))
    .map((l) => l.split(",").map((t) => t.trim().toLowerCase().replace(/\s+/g, " ")).filter(Boolean))
    .filter((g) => g.length > 1);
}

let cached: string[][] | undefined;

/** The repository's synonym groups. */
export function loadSynonyms(): string[][] {
  if (!cached) cached = parseSynonyms(Deno.readTextFileSync(FILE));
  return cached;
}

/** Solr-format rule lines for Elasticsearch's inline `synonyms` setting. */
export function synonymRules(groups = loadSynonyms()): string[] {
  return groups.map((g) => g.join(", "));
}

/**
 * Alternatives for a query: the query itself plus each variant in which one synonym
 * phrase is replaced by another of its group (`best tv` → `best television`, …).
 */
export function expand(query: string, groups = loadSynonyms()): string[] {
  const q = ` ${query.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, " ").replace(/\s+/g, " ").trim()} `;
  const out = new Set([q.trim()]);
  for (const group of groups) {
    for (const term of group) {
      const hit = ` ${term} `;
      if (!q.includes(hit)) continue;
      for (const other of group) if (other !== term) out.add(q.replace(hit, ` ${other} `).trim());
    }
  }
  return [...out];
}
