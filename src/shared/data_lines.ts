/**
 * The lines of a data file users edit (synonyms, the English word list): trimmed, with
 * blank lines and `#` comments left out.
 *
 * @example
 * ```ts
 * import { dataLines } from "./data_lines.ts";
 * dataLines("# a comment\n tv, television \n\nsofa, couch\n"); // ["tv, television", "sofa, couch"]
 * ```
 * @module
 */
export function dataLines(text: string): string[] {
  return text.split("\n").map((l) => l.trim()).filter((l) => l.length > 0 && !l.startsWith("#"));
}
