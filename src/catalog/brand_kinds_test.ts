import assert from "node:assert/strict";
import { knownMakerKind, MAKER_KINDS } from "./brand_kinds.ts";
import { LEAVES } from "./taxonomy.ts";
import { analyze } from "./text.ts";
import { groupAlias } from "./browse.ts";

Deno.test("knownMakerKind: the maker a query begins with, its kind and the other words", () => {
  assert.deepEqual(knownMakerKind("tide"), { maker: "tide", kind: "laundry detergent", rest: "" });
  assert.deepEqual(knownMakerKind("Wet n Wild lipstick"), {
    maker: "wet n wild",
    kind: "makeup",
    rest: "lipstick",
  });
  assert.deepEqual(knownMakerKind("Kellogg's"), { maker: "kelloggs", kind: "cereal", rest: "" });
  assert.equal(knownMakerKind("blender"), undefined);
});

Deno.test("every known maker's kind is a word of some leaf's product nouns or path, or a group's name", () => {
  const words = new Set(
    LEAVES.flatMap((
      l,
    ) => [...l.nouns.flatMap((n) => analyze(n)), ...analyze(l.path.replaceAll(/[._]/g, " "))]),
  );
  for (const [maker, kind] of Object.entries(MAKER_KINDS)) {
    assert.ok(analyze(kind).some((w) => words.has(w)) || groupAlias(kind) !== undefined, `${maker}: ${kind}`);
  }
});
