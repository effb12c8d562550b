/**
 * Pastimes and the words around them. A sport or a hobby said with a word before it is
 * still that pastime ("ice fishing", "car camping", "trail running"), and a subject said
 * with a word for an outing, a habit or a setup asks for the subject's things ("ski trip",
 * "skincare routine", "home bar setup"). Both are read only when the words found nothing
 * (`intent.ts`): "road cycling" and "bass fishing" find their own things.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { activityOf, settingOf } from "./activities.ts";
 * assert.deepEqual(activityOf("ice fishing"), { activity: "fishing", which: ["ice"] });
 * assert.deepEqual(activityOf("marathon training"), undefined);
 * assert.deepEqual(activityOf("table tennis"), undefined); // another pastime
 * assert.deepEqual(settingOf("skincare routine"), { subject: "skincare", setting: "routine" });
 * ```
 *
 * @module
 */
import { fold, terms } from "./text.ts";

/**
 * Sports and hobbies (folded words) whose kinds a word before names, and what to search
 * for each: the word itself, or the words the shop's menus and titles use for it.
 */
export const ACTIVITIES: Readonly<Record<string, string>> = {
  fishing: "fishing",
  camping: "camping",
  hiking: "hiking",
  backpacking: "backpacking",
  running: "running",
  jogging: "running",
  marathon: "running",
  marathons: "running",
  cycling: "cycling",
  biking: "biking",
  skiing: "skiing",
  snowboarding: "snowboarding",
  kayaking: "kayaking",
  canoeing: "canoeing",
  boating: "boating",
  paddling: "kayaking",
  paddleboarding: "paddleboarding",
  swimming: "swimming",
  snorkeling: "snorkeling",
  snorkelling: "snorkeling",
  diving: "snorkeling",
  skating: "skating",
  skateboarding: "skateboarding",
  golf: "golf",
  golfing: "golf",
  tennis: "tennis",
  pickleball: "pickleball",
  soccer: "soccer",
  baseball: "baseball",
  softball: "baseball",
  basketball: "basketball",
  yoga: "yoga",
  pilates: "pilates",
  weightlifting: "weightlifting",
  powerlifting: "weightlifting",
  bodybuilding: "weightlifting",
  lifting: "weightlifting",
  boxing: "boxing",
  kickboxing: "boxing",
  rowing: "rowing",
  birding: "birding",
  stargazing: "stargazing",
  astronomy: "stargazing",
  // (A child who loves space loves the stars: "8 year old who loves space" had shown space
  // heaters.)
  space: "stargazing",
  "outer space": "stargazing",
  planets: "stargazing",
  podcasting: "podcasting",
  photography: "photography",
  gaming: "gaming",
  grilling: "grilling",
  bbq: "grilling",
  barbecue: "grilling",
  baking: "bakeware",
  // (Round 42: "gift for my dad who likes cooking" found nothing.)
  cooking: "cookware",
  gardening: "gardening",
  sewing: "sewing",
  art: "art supplies",
  // (A pastime's painting is a picture's, no wall's: "painting hobby" had shown wall paint.)
  painting: "art painting",
  drawing: "art supplies",
  // (Round 49: "gift for someone who loves to read" had shown Fast-Read thermometers.)
  reading: "reading",
  hunting: "hunting",
};

/** A pastime's root as said before a setting's word ("ski trip", "swim class"): the pastime. */
const ROOTS: Readonly<Record<string, string>> = {
  ski: "skiing",
  snowboard: "snowboarding",
  swim: "swimming",
  surf: "swimming",
  hike: "hiking",
  camp: "camping",
  fish: "fishing",
  run: "running",
  bike: "cycling",
  cycle: "cycling",
  kayak: "kayaking",
  paddle: "kayaking",
  // (Round 37: "canoe trip" found nothing.)
  canoe: "canoeing",
  climb: "climbing",
  lifting: "weightlifting",
  weightlift: "weightlifting",
  skate: "skating",
  // (Blind round 51: "a teen who skateboards" is skateboarding.)
  skateboard: "skateboarding",
  dance: "dance wear",
  bake: "baking",
  cook: "cooking",
  grill: "grilling",
  sew: "sewing",
  paint: "art painting",
  draw: "art supplies",
  read: "reading",
};

/** The pastime a setting's subject names ("ski" of "ski trip": skiing), or `undefined`. */
export function pastimeOf(subject: string): string | undefined {
  const key = terms(fold(subject)).join(" ");
  return Object.hasOwn(ACTIVITIES, key)
    ? ACTIVITIES[key]
    : Object.hasOwn(ROOTS, key)
    ? ROOTS[key]
    : undefined;
}

/**
 * Words that put a subject in a setting: an outing ("ski trip"), a habit ("skincare
 * routine"), a setup ("home bar setup", "pc build"), a workout ("boxing workout"), a
 * place to work at it ("art studio"), or to play it ("basketball court", "tennis court"). (Not a party or a night: "tea party" is no tea's, and
 * the needs guide knows "movie night"; nor a starter: "fire starter" is no fire's.)
 */
const SETTINGS = new Set(
  `trip trips vacation getaway outing routine routines regimen setup build workout workouts training session sessions
    class classes lesson lessons studio season practice hobby upgrade makeover refresh remodel redo renovation
    court courts pitch field rink weekend weekends holiday holidays staycation`
    .split(/\s+/),
);

/** Settings said before their subject, as the setting they are ("setting up a …" is a setup). */
const LEADING_SETTINGS: readonly [string, string][] = [
  ["setting up", "set up"],
  ["set up", "set up"],
  ["building", "build"],
  ["build", "build"],
  ["creating", "set up"],
  ["create", "set up"],
  ["decorating", "makeover"],
  ["decorate", "makeover"],
  ["upgrading", "upgrade"],
  ["redoing", "redo"],
  // (Blind round 32: "getting into birdwatching" found nothing.)
  ["to start making", "hobby"],
  ["start making", "hobby"],
  ["to get into", "hobby"],
  ["getting into", "hobby"],
  ["get into", "hobby"],
  ["taking up", "hobby"],
  ["take up", "hobby"],
  // (Blind round 35: "my son wants to start drumming" found nothing.)
  ["to start", "hobby"],
  ["start", "hobby"],
  ["starting", "hobby"],
  ["to begin", "hobby"],
  ["begin", "hobby"],
  ["to try", "hobby"],
  ["try", "hobby"],
  // (Round 37: a thing learnt is taught, "daughter wants to learn violin" found nothing; a
  // first time at a pastime is taking it up.)
  ["to learn to", "lessons"],
  ["to learn", "lessons"],
  ["learn to", "lessons"],
  ["learn", "lessons"],
  ["learning to", "lessons"],
  ["learning", "lessons"],
];

/** Who is going ("we are going skiing"), said before "going". */
const GOERS = new Set(
  "we i im were re are am is s she he they theyre shes hes my our son daughter kids family".split(" "),
);

/** When an outing is, said after it ("going skiing for the first time", "camping next weekend"). */
const WHEN_SAID = [
  "for the first time ever",
  "for the first time",
  "first time",
  "next weekend",
  "this weekend",
  "next week",
  "this week",
  "this summer",
  "this winter",
  "next month",
  "soon",
  "tomorrow",
].map((w) => w.split(" "));

/**
 * `words` as the outing they tell of: "we are going skiing for the first time" is a
 * skiing trip ("skiing trip"); any other words as they are.
 */
function goingOn(words: string[]): string[] {
  const at = words.slice(0, 5).indexOf("going");
  if (at < 0 || !words.slice(0, at).every((w) => GOERS.has(w))) return words;
  let rest = words.slice(at + 1);
  for (const when of WHEN_SAID) {
    if (rest.length > when.length && when.every((w, i) => rest[rest.length - when.length + i] === w)) {
      rest = rest.slice(0, -when.length);
      break;
    }
  }
  // (Not "going to": "going to paris" names a place, no pastime.)
  return rest.length > 0 && rest[0] !== "to" ? [...rest, "trip"] : words;
}

/** Words for wanting what follows ("my son wants to …", "we'd like to …", "she is keen to …"). */
const WANTING = new Set(
  "want wants wanted wanna like keen eager hoping hopes plans planning desperate".split(" "),
);

/**
 * `words` without a lead of up to four words saying who wants what follows: "my son wants
 * to start drumming" is starting drumming; a lone "to" left of it ("to take up knitting",
 * the query's "i want" read as filler) goes too.
 */
function wanted(words: string[]): string[] {
  // (Liking is wanting only before "to": "we would like to start running".)
  const at = words.slice(0, 5).findIndex((w, i) => WANTING.has(w) && (w !== "like" || words[i + 1] === "to"));
  let rest = at >= 0 ? words.slice(at + 1) : words;
  if (rest[0] === "to") rest = rest.slice(1);
  return rest.length > 0 ? rest : words;
}

/** Settings where a thing is taught: their subject may be any kind of the shop's ("piano lessons" shows pianos). */
export const TAUGHT = new Set(["lesson", "lessons", "class", "classes"]);

/** Articles before a setting's subject ("setting up a reading nook"). */
const ARTICLES = new Set(["a", "an", "the", "my", "our", "your"]);

/** Pastimes named with another's word, no kind of it: table tennis is no tennis. */
const OTHER_PASTIMES = new Set(["table tennis", "paddle tennis", "disc golf", "frisbee golf", "ping pong"]);

/** A pastime said with words before it that say which kind of it ("ice fishing"), or `undefined`. */
export function activityOf(
  text: string,
  /** Also the pastime alone, where its things have another name: "cooking" is cookware. */
  alone = false,
): { activity: string; which: string[] } | undefined {
  const words = terms(fold(text));
  const last = words.at(-1);
  if (last === undefined || !Object.hasOwn(ACTIVITIES, last)) return undefined;
  if (words.length < 2 && !(alone && words.length === 1 && ACTIVITIES[last] !== last)) return undefined;
  if (OTHER_PASTIMES.has(words.slice(-2).join(" "))) return undefined;
  return { activity: ACTIVITIES[last], which: words.slice(0, -1) };
}

/**
 * What learning to do a thing asks for: "learning to sew" → "sewing", "learn to ski" →
 * "skiing", "learning to play guitar" → "play guitar"; `undefined` for any other text.
 */
export function learntThing(text: string): string | undefined {
  const words = terms(fold(text));
  if (words.length < 3 || !["learn", "learning", "learnt"].includes(words[0]) || words[1] !== "to") {
    return undefined;
  }
  const rest = words.slice(2);
  return rest.length === 1 ? gerund(rest[0]) : rest.join(" ");
}

/** A verb's "-ing" form: "sew" → "sewing", "knit" → "knitting", "bake" → "baking", "ski" → "skiing". */
export function gerund(verb: string): string {
  if (verb.endsWith("ing")) return verb;
  if (/[^e]e$/.test(verb)) return `${verb.slice(0, -1)}ing`;
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(verb)) return `${verb}${verb.at(-1)}ing`;
  return `${verb}ing`;
}

/**
 * The thing made, in "bread making" ("bread"), or said first, up to where or how: "make
 * coffee at home", "making pasta" (round 42: each found nothing); or `undefined`. (Not
 * "make up".)
 */
export function madeIn(text: string): string | undefined {
  const words = terms(fold(text));
  if (words.length >= 2 && words.at(-1) === "making") return words.slice(0, -1).join(" ");
  const from = words[0] === "to" ? 1 : 0;
  if (!["make", "making"].includes(words[from] ?? "") || words[from + 1] === "up") return undefined;
  const rest = words.slice(from + 1);
  const end = rest.findIndex((w) => MADE_UNTIL.has(w));
  const made = (end < 0 ? rest : rest.slice(0, end)).filter((w, i) => i > 0 || !ARTICLES.has(w));
  return made.length > 0 && made.length <= 2 ? made.join(" ") : undefined;
}

/** Words after the thing made that say where, how or for whom it is made. */
const MADE_UNTIL = new Set("at in on for with from without by".split(" "));

/** A subject said with a word for its setting ("ski trip", "home bar set up"), or `undefined`. */
export function settingOf(text: string): { subject: string; setting: string } | undefined {
  const words = goingOn(wanted(terms(fold(text))));
  // (Or said first: "setting up a reading nook", "decorating a nursery", "building a pc".)
  for (const [said, setting] of LEADING_SETTINGS) {
    const lead = said.split(" ");
    if (lead.every((w, i) => words[i] === w)) {
      const rest = words.slice(lead.length).filter((w, i) => i > 0 || !ARTICLES.has(w));
      return rest.length > 0 ? { subject: rest.join(" "), setting } : undefined;
    }
  }
  // ("set up" and "at home" as two words.)
  const two = words.slice(-2).join(" ");
  const setting = two === "set up" || two === "at home" ? two : words.at(-1);
  const rest = words.slice(0, setting === two ? -2 : -1);
  if (rest.length === 0 || setting === undefined || (setting !== two && !SETTINGS.has(setting))) {
    return undefined;
  }
  return { subject: rest.join(" "), setting };
}
