import assert from "node:assert/strict";
import { type Hits, PostingIndex, type PostingQuery } from "./postings.ts";

const DOCS: Record<string, string[]>[] = [
  { title: ["sony", "headphone"], body: ["wireless", "headphone", "headphone"] },
  { title: ["bose", "headphone"], body: ["noise", "cancelling"] },
  { title: ["sony", "tv"], body: ["oled", "tv", "sony"] },
  { title: ["lg", "tv"], body: ["oled"] },
];
const BOOSTS = { title: 3, body: 0.5 };
const QUERIES: PostingQuery[] = [
  { term: "headphone", bit: 0, boosts: BOOSTS },
  {
    op: "AND",
    children: [{ term: "sony", bit: 0, boosts: BOOSTS }, { term: "tv", bit: 1, boosts: BOOSTS }],
  },
  {
    op: "OR",
    children: [{ term: "oled", bit: 0, boosts: BOOSTS }, { term: "bose", bit: 1, boosts: BOOSTS }],
  },
];

/** The first `length` entries (a merge's arrays can be longer). */
const plain = (h: Hits) => ({
  slots: Array.from(h.slots).slice(0, h.length),
  scores: Array.from(h.scores).slice(0, h.length).map((s) => Math.round(s * 1e9) / 1e9),
  masks: Array.from(h.masks).slice(0, h.length),
});
const answers = (ix: PostingIndex) => QUERIES.map((q) => plain(ix.evaluate(q)));

function build(docs: Record<string, string[]>[], compactEvery = Infinity): PostingIndex {
  const ix = new PostingIndex(["title", "body"]);
  docs.forEach((d, slot) => {
    ix.add(slot, d);
    if ((slot + 1) % compactEvery === 0) ix.compact();
  });
  return ix;
}

Deno.test("a compacted index answers exactly as before", () => {
  const ix = build(DOCS);
  const before = answers(ix);
  ix.compact();
  assert.deepEqual(answers(ix), before);
  assert.equal(before[0].slots.length, 2); // the test queries do match something
});

Deno.test("documents added and removed after compaction count as in an index never compacted", () => {
  const compacted = build(DOCS, 2); // packed after the 2nd and the 4th document
  const never = build(DOCS);
  for (const ix of [compacted, never]) {
    ix.remove(0, DOCS[0]); // an upsert: out of its old slot…
    ix.add(4, DOCS[0]); // …into a new one
    ix.add(5, { title: ["sony", "soundbar"], body: ["tv"] });
  }
  assert.deepEqual(answers(compacted), answers(never));
  assert.equal(compacted.size, 5);
  compacted.compact();
  assert.deepEqual(answers(compacted), answers(never));
  assert.deepEqual(answers(compacted)[0].slots, [1, 4]); // the headphones, at their slots now
});

Deno.test("an AND keeps only the slots its `where` accepts", () => {
  const ix = new PostingIndex(["title"]);
  ix.add(0, { title: ["battery", "pack"] });
  ix.add(1, { title: ["battery", "8", "pack"] });
  const pack: PostingQuery = {
    op: "AND",
    children: [{ term: "battery", bit: 0, boosts: { title: 1 } }, {
      term: "pack",
      bit: 1,
      boosts: { title: 1 },
    }],
  };
  const slots = (h: Hits) => Array.from(h.slots).slice(0, h.length);
  assert.deepEqual(slots(ix.evaluate(pack)), [0, 1]);
  assert.deepEqual(slots(ix.evaluate({ ...pack, where: (slot) => slot === 0 })), [0]);
});
