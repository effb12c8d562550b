import assert from "node:assert/strict";
import { activityOf, learntThing, madeIn, pastimeOf, settingOf, TAUGHT } from "./activities.ts";

Deno.test("a pastime with words before it is that pastime, the words saying which kind of it", () => {
  assert.deepEqual(activityOf("ice fishing"), { activity: "fishing", which: ["ice"] });
  assert.deepEqual(activityOf("car camping"), { activity: "camping", which: ["car"] });
  assert.deepEqual(activityOf("Trail Running"), { activity: "running", which: ["trail"] });
  // (Said another way, the shop's word: a marathon is run, powerlifting is weightlifting.)
  assert.deepEqual(activityOf("half marathon"), { activity: "running", which: ["half"] });
  assert.deepEqual(activityOf("competitive powerlifting"), {
    activity: "weightlifting",
    which: ["competitive"],
  });
  // (A pastime alone, or a word that is none, is not read here.)
  assert.equal(activityOf("fishing"), undefined);
  assert.equal(activityOf("cake decorating"), undefined);
  assert.equal(activityOf("fishing rod"), undefined);
  // (Nor another pastime named with one's word: table tennis is no tennis.)
  assert.equal(activityOf("table tennis"), undefined);
});

Deno.test("a subject with a word for its setting asks for the subject's things", () => {
  assert.deepEqual(settingOf("ski trip"), { subject: "ski", setting: "trip" });
  assert.deepEqual(settingOf("skincare routine"), { subject: "skincare", setting: "routine" });
  assert.deepEqual(settingOf("home bar set up"), { subject: "home bar", setting: "set up" });
  assert.deepEqual(settingOf("marathon training"), { subject: "marathon", setting: "training" });
  assert.deepEqual(settingOf("espresso at home"), { subject: "espresso", setting: "at home" });
  assert.deepEqual(settingOf("soccer practice"), { subject: "soccer", setting: "practice" });
  // (Not a party, a night or a starter: "tea party", "fire starter" are no tea's or fire's.)
  assert.equal(settingOf("tea party"), undefined);
  assert.equal(settingOf("fire starter"), undefined);
  assert.equal(settingOf("movie night"), undefined);
  assert.equal(settingOf("trip"), undefined);
});

Deno.test("madeIn: the thing made as a pastime", () => {
  assert.equal(madeIn("bread making"), "bread");
  assert.equal(madeIn("cocktail making"), "cocktail");
  assert.equal(madeIn("making"), undefined);
  assert.equal(madeIn("bread maker"), undefined);
});

Deno.test("settingOf: a setting said before its subject", () => {
  assert.deepEqual(settingOf("setting up a reading nook"), { subject: "reading nook", setting: "set up" });
  assert.deepEqual(settingOf("decorating a nursery"), { subject: "nursery", setting: "makeover" });
  assert.deepEqual(settingOf("laundry room upgrade"), { subject: "laundry room", setting: "upgrade" });
  assert.equal(settingOf("set up"), undefined);
});

Deno.test("learntThing: learning to do a thing asks for its things", () => {
  assert.equal(learntThing("learning to sew"), "sewing");
  assert.equal(learntThing("learn to ski"), "skiing");
  assert.equal(learntThing("learning to knit"), "knitting");
  assert.equal(learntThing("learning to bake"), "baking");
  assert.equal(learntThing("learning to play guitar"), "play guitar");
  assert.equal(learntThing("learning guitar"), undefined);
});

Deno.test("settingOf: getting into or taking up a pastime is a hobby of it; a lesson is a setting", () => {
  assert.deepEqual(settingOf("getting into birdwatching"), { subject: "birdwatching", setting: "hobby" });
  assert.deepEqual(settingOf("taking up knitting"), { subject: "knitting", setting: "hobby" });
  assert.deepEqual(settingOf("piano lessons"), { subject: "piano", setting: "lessons" });
  assert.ok(TAUGHT.has("lessons") && !TAUGHT.has("trip"));
});

Deno.test("settingOf: wanting to start a pastime is a hobby of it, whoever wants it", () => {
  assert.deepEqual(settingOf("my son wants to start drumming"), { subject: "drumming", setting: "hobby" });
  assert.deepEqual(settingOf("son wants to start drumming"), { subject: "drumming", setting: "hobby" });
  assert.deepEqual(settingOf("to take up knitting"), { subject: "knitting", setting: "hobby" });
  assert.deepEqual(settingOf("we would like to start running"), { subject: "running", setting: "hobby" });
  assert.deepEqual(settingOf("my husband wants to try fishing"), { subject: "fishing", setting: "hobby" });
  assert.equal(settingOf("i like ski"), undefined, "liking is no wanting without 'to'");
});

Deno.test("pastimeOf: a pastime's painting is a picture's, no wall's", () => {
  assert.equal(pastimeOf("painting"), "art painting");
  assert.equal(pastimeOf("space"), "stargazing", "a child who loves space loves the stars");
  assert.equal(pastimeOf("bbq"), "grilling", "a barbecue lover's gift is a grill first");
  assert.equal(pastimeOf("paint"), "art painting");
});

Deno.test("settingOf: a sport's court, pitch or field is where it is played: its things", () => {
  assert.deepEqual(settingOf("basketball court"), { subject: "basketball", setting: "court" });
  assert.deepEqual(settingOf("soccer field"), { subject: "soccer", setting: "field" });
  assert.equal(pastimeOf(settingOf("tennis court")!.subject), "tennis");
});

Deno.test("settingOf: round 37, a thing learnt is taught, an outing gone on a trip, a weekend a setting", () => {
  assert.deepEqual(settingOf("daughter wants to learn violin"), { subject: "violin", setting: "lessons" });
  assert.deepEqual(settingOf("learn to ski"), { subject: "ski", setting: "lessons" });
  assert.deepEqual(settingOf("we are going skiing for the first time"), {
    subject: "skiing",
    setting: "trip",
  });
  assert.deepEqual(settingOf("going camping next weekend"), { subject: "camping", setting: "trip" });
  assert.deepEqual(settingOf("fishing weekend"), { subject: "fishing", setting: "weekend" });
  assert.deepEqual(settingOf("caravan holiday"), { subject: "caravan", setting: "holiday" });
  assert.deepEqual(settingOf("we're going kayaking this summer"), { subject: "kayaking", setting: "trip" });
  assert.equal(settingOf("we are going to paris"), undefined);
  assert.equal(pastimeOf("canoe"), "canoeing");
});

Deno.test("round 42: cooking is a pastime of cookware; a thing made is said first too", () => {
  assert.equal(activityOf("cooking"), undefined, "alone only where asked");
  assert.deepEqual(activityOf("cooking", true), { activity: "cookware", which: [] });
  assert.equal(activityOf("gardening", true), undefined, "its things have its name");
  assert.equal(madeIn("make coffee at home"), "coffee");
  assert.equal(madeIn("making pasta"), "pasta");
  assert.equal(madeIn("bread making"), "bread");
  assert.equal(madeIn("make up bag"), undefined);
});

Deno.test("blind round 51: a skateboard's root is skateboarding", () => {
  assert.equal(pastimeOf("skateboard"), "skateboarding");
  assert.equal(pastimeOf("skate"), "skating");
});
