/**
 * A need said in the shopper's own words, with no product named: "back pain relief",
 * "help me sleep better", "outdoor movie night", "keep drinks cold at the beach". No title
 * says "pain" or "movie night", so the words found nothing, though the shop sells heating
 * pads, sound machines and projectors.
 *
 * A shop answers such a query from a needs guide, as it answers a gift from its gift guide
 * (`gifts.ts`): `NEEDS` is that guide, an editorial list of the needs shoppers say and the
 * kinds of thing (leaf or subcategory paths, checked against the taxonomy by a test) that
 * meet each. `needAsked` reads a query. The search (`intent.ts`) asks it only when the
 * words found nothing, so a query that names a product ("heating pad for back pain") is
 * answered by the product.
 *
 * @example
 * ```ts
 * import { needAsked } from "./needs.ts";
 * needAsked("lower back pain relief")?.label; // "pain relief"
 * needAsked("blender"); // undefined
 * ```
 *
 * @module
 */
import { analyze } from "./text.ts";

/** A need: what the answer says it shows, the word groups that say it (any group, all its words), the kinds that meet it. */
export interface Need {
  label: string;
  says: readonly string[];
  paths: readonly string[];
}

/** The needs guide. Each `says` entry is a phrase whose words (in any order, among others) ask for the need. */
export const NEEDS: readonly Need[] = [
  {
    label: "pain relief",
    // (Not "pain" alone: a "pain reliever" is a medicine, which the shop does not sell.)
    says: [
      "back pain",
      "neck pain",
      "knee pain",
      "joint pain",
      "muscle pain",
      "sore muscles",
      "sore back",
      "muscle recovery",
      "aches",
    ],
    paths: [
      "health.personal_care.heating_pads",
      "health.personal_care.massagers",
      "health.medical.braces",
      "sports.fitness.foam_rollers",
    ],
  },
  {
    label: "better sleep",
    says: ["sleep better", "help sleep", "trouble sleeping", "insomnia", "snoring", "fall asleep", "sleep"],
    paths: [
      "home.appliances.sound_machines",
      "health.personal_care.ear_plugs",
      "home.bedding.pillows",
      "home.bedding.mattress_toppers",
      "home.decor.blinds",
    ],
  },
  {
    label: "movie night",
    says: ["movie night", "home cinema", "backyard movie", "outdoor movie"],
    paths: [
      "electronics.tv.projectors",
      "electronics.tv.projector_screens",
      "kitchen.appliances.popcorn_makers",
      "electronics.audio.soundbars",
    ],
  },
  {
    label: "game night",
    says: ["game night", "family night"],
    paths: ["toys.games"],
  },
  {
    label: "tailgating and picnics",
    says: ["tailgate", "tailgating", "picnic", "cookout"],
    paths: ["sports.outdoor.coolers", "sports.outdoor.camp_seating", "garden.outdoor_living.grills"],
  },
  {
    label: "keeping things cold",
    says: ["keep cold", "drinks cold", "food cold", "ice cold", "keep chilled"],
    paths: ["sports.outdoor.coolers", "kitchen.storage.lunch_bags"],
  },
  {
    label: "working from home",
    says: ["work from home", "working from home", "wfh", "remote work", "home office setup"],
    paths: [
      "home.furniture.desks",
      "home.furniture.office_chairs",
      "electronics.computers.monitors",
      "electronics.computer_accessories.webcams",
      "electronics.computer_accessories.keyboards",
      "office.furniture.desk_lamps",
    ],
  },
  {
    label: "keeping kids busy",
    says: ["rainy day", "indoor activities", "activities kids", "kids bored", "bored kids", "keep kids busy"],
    paths: [
      "toys.games.puzzles",
      "toys.games.board_games",
      "toys.science.science_kits",
      "toys.building.building_sets",
      "books.children.activity_books",
      "toys.kids.crayons",
    ],
  },
  {
    label: "hosting",
    says: [
      "hosting",
      "dinner party",
      "entertaining guests",
      "host dinner",
      "holiday dinner",
      "thanksgiving dinner",
    ],
    paths: [
      "kitchen.dining.dinnerware",
      "kitchen.dining.serving_trays",
      "kitchen.dining.tablecloths",
      "kitchen.dining.glassware",
      "kitchen.dining.napkins",
      "kitchen.dining.cutlery",
    ],
  },
  {
    label: "flying",
    says: ["long flight", "flight", "airplane", "plane ride", "on a plane"],
    paths: [
      "fashion.travel.travel_accessories",
      "electronics.audio.headphones",
      "electronics.audio.earbuds",
      "electronics.phones.power_banks",
    ],
  },
  {
    label: "road trips",
    says: ["road trip", "long drive", "car trip"],
    paths: [
      "automotive.interior.phone_mounts",
      "automotive.electronics.car_chargers",
      "sports.outdoor.coolers",
      "automotive.interior.car_organizers",
      "automotive.electronics.dash_cams",
    ],
  },
  {
    label: "keeping a dog busy",
    says: ["dog busy", "bored dog", "dog bored", "puppy busy", "aggressive chewer", "chewer"],
    paths: ["pets.dogs.dog_toys", "pets.dogs.dog_treats"],
  },
  {
    label: "staying warm",
    says: ["stay warm", "staying warm", "cold weather", "freezing cold"],
    paths: [
      "home.appliances.heaters",
      "home.bedding.blankets",
      "fashion.accessories.gloves",
      "fashion.accessories.hats",
      "fashion.accessories.scarves",
    ],
  },
  {
    label: "a first home",
    says: ["first apartment", "new apartment", "new home", "moving in", "first home"],
    paths: [
      "tools.power_tools.tool_sets",
      "home.appliances.vacuums",
      "kitchen.cookware.pots",
      "kitchen.cookware.pans",
      "kitchen.dining.dinnerware",
      "home.bath.towels",
      "home.bedding.sheets",
      "home.storage.storage_bins",
    ],
  },
  {
    label: "cleaning",
    says: ["spring cleaning", "deep clean", "deep cleaning", "clean house"],
    paths: ["home.cleaning", "home.appliances.vacuums", "home.appliances.carpet_cleaners"],
  },
  {
    label: "studying",
    says: ["studying", "study", "homework"],
    paths: [
      "office.furniture.desk_lamps",
      "office.supplies.planners",
      "office.supplies.notebooks_paper",
      "office.supplies.pens",
      "office.supplies.sticky_notes",
      "home.furniture.kids_desks",
    ],
  },
  {
    label: "a gaming setup",
    says: ["gaming setup", "gaming station", "game room"],
    paths: [
      "electronics.audio.gaming_headsets",
      "electronics.computers.monitors",
      "electronics.computer_accessories.keyboards",
      "electronics.computer_accessories.mice",
      "toys.video_games.controllers",
    ],
  },
  {
    label: "relaxing",
    says: ["relax", "relaxation", "stress relief", "self care", "spa day", "unwind"],
    paths: [
      "home.decor.diffusers",
      "home.decor.candles",
      "health.personal_care.massagers",
      "beauty.skincare.face_masks",
      "home.bedding.blankets",
    ],
  },
  {
    label: "getting fit",
    says: ["get fit", "lose weight", "weight loss", "get in shape", "workout at home", "exercise at home"],
    paths: ["sports.fitness", "electronics.wearables.fitness_trackers"],
  },
];

let phrases: { need: Need; words: string[] }[] | undefined;

/**
 * The need a query says (`NEEDS`: the first whose phrase has all its words in the query,
 * longer phrases first), or `undefined`.
 */
export function needAsked(query: string): Need | undefined {
  phrases ??= NEEDS.flatMap((need) => need.says.map((say) => ({ need, words: analyze(say) })))
    .toSorted((a, b) => b.words.length - a.words.length);
  const words = new Set(analyze(query));
  return phrases.find((p) => p.words.length > 0 && p.words.every((w) => words.has(w)))?.need;
}
