/**
 * Words shoppers use to say which of a thing they want, never what it is: colours,
 * materials, patterns and styles ("mustard yellow throw", "copper cookware", "leopard print
 * scarf", "japandi decor"). The shop's titles carry few of them; where a title does not,
 * the word may go like a colour (`relax.ts`), and before a department's or a group's name
 * it says how its things look (`attributedLevel` in `browse.ts`). Without this list such a
 * word was taken for a kind the shop does not sell, and the query found nothing.
 *
 * @example
 * ```ts
 * import { attributeAt, isStyle } from "./attributes.ts";
 * attributeAt(["leopard", "print", "scarf"], 0); // 2: "leopard print"
 * attributeAt(["pocket", "knife"], 0); // 0: a pocket knife is a kind of knife
 * isStyle(["wabi", "sabi"]); // true
 * ```
 * @module
 */

/** Colour names, the fashion and paint names included. */
const COLOURS = (
  "black white gray grey beige navy ivory blue red green pink purple orange teal brown tan burgundy silver " +
  "graphite blush sage slate yellow maroon gold chrome nickel matte clear multicolor " +
  "mustard emerald charcoal coral lavender lilac terracotta cobalt turquoise aqua magenta fuchsia " +
  "khaki taupe copper bronze brass indigo mauve ochre pastel metallic"
).split(" ");

/** Materials a thing is made of. */
const MATERIALS = (
  "copper ceramic glass wood wooden bamboo marble leather linen cotton wool velvet silk satin jute rattan " +
  "wicker acrylic stoneware porcelain plastic metal brass gold silver sterling titanium aluminum " +
  "aluminium suede cashmere fleece flannel teak oak walnut concrete stainless hemp nylon polyester " +
  "sherpa mohair merino alpaca chenille boucle enameled pewter fiberglass graphite rubber silicone bronze " +
  "chrome nickel microfiber denim lace crystal terracotta steel"
).split(" ");

/** Patterns and prints. */
const PATTERNS = (
  "floral striped stripe plaid checkered gingham paisley speckled geometric camo camouflage " +
  "herringbone houndstooth polka leopard zebra cheetah tiger snakeskin tartan ombre marbled"
).split(" ");

/** Styles of a home or of clothes. */
const STYLES = (
  "modern rustic farmhouse industrial boho bohemian scandinavian nordic japandi victorian coastal " +
  "nautical minimalist maximalist vintage retro traditional contemporary southwestern tropical " +
  "grandmillennial cottagecore preppy glam eclectic transitional mediterranean moroccan cottage " +
  "antique midcentury baroque gothic western tuscan craftsman shaker hawaiian zen scandi"
).split(" ");

/** Styles said in two or three words (folded, as typed). */
const STYLE_PHRASES = [
  "mid century",
  "mid century modern",
  "wabi sabi",
  "hollywood regency",
  "art deco",
  "art nouveau",
  "french country",
  "shabby chic",
  "modern farmhouse",
];

/** Attributes said in two words (folded, as typed); any look's print is one too (`attributeAt`). */
const PHRASES = [
  ...STYLE_PHRASES,
  "animal print",
  "polka dot",
  "polka dots",
  "tie dye",
  "cast iron",
  "stainless steel",
  "sterling silver",
  "faux leather",
  "vegan leather",
  "faux fur",
  "rose gold",
  "gender neutral",
  "carbon fiber",
  "carbon fibre",
  "memory foam",
  // Forms and cuts, which say which just as well.
  "loose leaf",
  "extra long",
  "extra wide",
  "extra large",
  "extra small",
  // (Blind round 25: "wide width womens shoes" found nothing.)
  "wide width",
  "wide fit",
  "narrow width",
  "slim fit",
  "regular fit",
  "relaxed fit",
  "loose fit",
  "athletic fit",
].map((p) => p.split(" "));

const SINGLE = new Set([...COLOURS, ...MATERIALS, ...PATTERNS, ...STYLES]);
const STYLE = new Set(STYLES);

/**
 * How many words from `words[at]` make one attribute (a phrase first: "mid century
 * modern", "leopard print"), or 0 when the word there is none.
 */
export function attributeAt(words: readonly string[], at: number): number {
  for (const phrase of PHRASES.toSorted((a, b) => b.length - a.length)) {
    if (phrase.every((w, i) => words[at + i] === w)) return phrase.length;
  }
  if (!SINGLE.has(words[at])) return 0;
  // (Any look's print: "tropical print", "plaid print".)
  return words[at + 1] === "print" || words[at + 1] === "prints" ? 2 : 1;
}

/** Words that say a look is copied or given to a surface, after its colour or material: "oak effect", "gold tone". */
const LOOK_WORDS = new Set(["effect", "look", "finish", "tone", "toned", "coloured", "colored"]);

/**
 * Whether `words[i]` only says that the colour or material before it is a look ("oak
 * effect chest of drawers" found nothing: no title says "effect", and relaxing it dropped
 * the oak); the shop's titles name the look alone ("Oak 4-Drawer Chest").
 */
export function saysLookOnly(words: readonly string[], i: number): boolean {
  return i > 0 && LOOK_WORDS.has(words[i]) && SINGLE.has(words[i - 1]);
}

const COLOUR = new Set(COLOURS);
/** Whether a (folded) word is a colour's name ("mustard", "emerald"). */
export function isColour(word: string): boolean {
  return COLOUR.has(word);
}

/** Whether a (folded) word is an attribute by itself ("camo", "mustard"): no typo of another word. */
export function isAttribute(word: string): boolean {
  return SINGLE.has(word);
}

/** The positions of `words` that say which of a thing: each attribute's words, a phrase's together. */
export function attributePositions(words: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (let at = 0; at < words.length;) {
    const n = attributeAt(words, at);
    for (let i = 0; i < n; i++) out.add(at + i);
    at += Math.max(1, n);
  }
  return out;
}

/** Whether the words, all of them, name styles ("wabi sabi", "japandi", "hollywood regency"). */
export function isStyle(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  for (let at = 0; at < words.length;) {
    const n = attributeAt(words, at);
    if (n === 0) return false;
    const phrase = words.slice(at, at + n);
    if (n === 1 && !STYLE.has(phrase[0])) return false;
    if (n > 1 && !STYLE_PHRASES.includes(phrase.join(" "))) {
      return false;
    }
    at += n;
  }
  return true;
}
