/**
 * Queries that name a department or subcategory of the catalog ("kitchen",
 * "electronics", "cameras", "bedding"): the category paths they name, so both backends
 * can rank what is under them first (`RANKING.browse`). Leaves are left to the noun
 * boost, which already knows a leaf's noun. Only a whole query counts: "kitchen knife"
 * is a knife.
 *
 * @example
 * ```ts
 * import { browsedCategories } from "./browse.ts";
 * console.log(browsedCategories("Kitchen"), browsedCategories("kitchen knife")); // ["kitchen"] []
 * ```
 *
 * @module
 */
import { analyze } from "./text.ts";
import { LEAVES } from "./taxonomy.ts";

let names: Map<string, string[]> | undefined;

/** Analysed level name → the department and subcategory paths of that name. */
function levelNames(): Map<string, string[]> {
  if (names) return names;
  names = new Map();
  const seen = new Set<string>();
  for (const leaf of LEAVES) {
    const parts = leaf.path.split(".");
    for (let depth = 1; depth < parts.length; depth++) {
      const path = parts.slice(0, depth).join(".");
      if (seen.has(path)) continue;
      seen.add(path);
      const key = analyze(parts[depth - 1].replaceAll("_", " ")).join(" ");
      names.set(key, [...names.get(key) ?? [], path]);
    }
  }
  return names;
}

/** The department and subcategory paths the whole query names (analysed), if any. */
export function browsedCategories(text: string): string[] {
  const key = analyze(text).join(" ");
  return key === "" ? [] : levelNames().get(key) ?? [];
}
