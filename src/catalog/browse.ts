/**
 * Queries that name a department or subcategory of the catalog ("kitchen",
 * "electronics", "cameras", "bedding"): the category paths they name, so both backends
 * can rank what is under them first (`RANKING.browse`). Leaves are left to the noun
 * boost, which already knows a leaf's noun. Only a whole query counts: "kitchen knife"
 * is a knife. A query of who it is for alone browses their departments.
 *
 * @example
 * ```ts
 * import { browsedCategories } from "./browse.ts";
 * console.log(browsedCategories("Kitchen"), browsedCategories("kitchen knife")); // ["kitchen"] []
 * console.log(browsedCategories("puppy")); // ["pets.dogs"]
 * ```
 *
 * @module
 */
import { analyze, fold, leafName, stem, terms } from "./text.ts";
import { audiencePaths, whoFor } from "./audience.ts";
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
      // …and by its path's names: "office supplies", "kitchen appliances".
      if (depth > 1) {
        const full = analyze(parts.slice(0, depth).join(" ").replaceAll("_", " ")).join(" ");
        if (full !== key) names.set(full, [...names.get(full) ?? [], path]);
      }
    }
  }
  return names;
}

let leaves: Set<string> | undefined;

/** Whether the words (folded) are a leaf category's name, a kind of thing ("power supply"). */
export function namesLeaf(words: readonly string[]): boolean {
  leaves ??= new Set(LEAVES.map((l) => leafName(l.path)));
  return leaves.has(words.map(stem).join(" "));
}

/** Whether the words (folded) are the name of a department or subcategory ("pet", "kitchen", "baby gear"). */
export function namesDepartment(words: readonly string[]): boolean {
  return words.length > 0 && levelNames().has(words.map(stem).join(" "));
}

/**
 * The department and subcategory paths the whole query names (analysed), if any; for a
 * query that only says who the thing is for ("boys", "womens", "puppy"), the departments
 * and subcategories of their things ("boys" found Boy Smells candles first), not a single
 * kind made for them elsewhere ("boys" showed kids' headphones before any clothes).
 */
export function browsedCategories(text: string): string[] {
  const key = analyze(text).join(" ");
  if (key === "") return [];
  const named = levelNames().get(key);
  if (named) return named;
  const groups = new Set(terms(fold(text)).filter((w) => w !== "s").map(whoFor)); // ("women's": "women", "s")
  const [group] = groups;
  if (groups.size !== 1 || !group) return [];
  const paths = audiencePaths(group);
  const departments = paths.filter((p) => p.split(".").length < 3);
  return departments.length > 0 ? departments : [...paths];
}
