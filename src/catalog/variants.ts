/**
 * What a kind of thing comes in: the colour, finish or size a listing names after a comma
 * ("Umbra Countertop Toothbrush Holder, Matte Black"), as shops list one product per
 * variant. Without them a leaf whose lines can make few titles repeated them: 237
 * toothbrush holders had 8 titles at 50k products, and a quarter of searches showed a
 * title twice in their top five.
 *
 * The variants are chosen by taxonomy path, the longest prefix listed wins; `null` says
 * the things under it come in no such variants (books, food, parts). A line whose own
 * features already name a variant's word ("White | Biscuit" toilet seats) takes none, so
 * a title never names two colours.
 *
 * A product's variant is drawn from a random stream of its own (`variantFor`), so adding
 * or changing variants moves no product's leaf, price or anything else: only titles.
 *
 * @example
 * ```ts
 * import { variantsFor } from "./variants.ts";
 * console.log(variantsFor("home.bath.toothbrush_holders", { featureGroups: [["Countertop"]] }));
 * // ["Chrome", "Brushed Nickel", "Matte Black", "White", "Clear"]
 * ```
 * @module
 */
import { mix, mulberry32 } from "../shared/random.ts";

/** Colours of things in a home's rooms, sold in quiet shades. */
const HOME = ["White", "Black", "Gray", "Beige", "Sage Green", "Blue"] as const;
/** Fabrics: bedding, towels, curtains, upholstery. */
const TEXTILE = [
  "White",
  "Gray",
  "Navy",
  "Beige",
  "Slate Gray",
  "Ivory",
  "Sage Green",
  "Blush Pink",
] as const;
/** Metal fixtures of a bathroom or a window. */
const FIXTURE = ["Chrome", "Brushed Nickel", "Matte Black", "White", "Clear"] as const;
/** Wooden and laminate furniture. */
const WOOD = ["Black", "White", "Mahogany", "Natural", "Walnut", "Gray"] as const;
/** Upholstered furniture. */
const UPHOLSTERY = ["Gray", "Slate Gray", "Navy", "Beige", "Brown", "Green"] as const;
/** Small appliances and kitchen tools. */
const KITCHEN = ["Black", "White", "Red", "Gray", "Silver", "Sage Green", "Ivory"] as const;
/** Clothes, bags and accessories. */
const APPAREL = [
  "Black",
  "Navy",
  "Heather Gray",
  "Forest Green",
  "Burgundy",
  "Tan",
  "White",
  "Slate Gray",
] as const;
/** Gadgets and their accessories. */
const TECH = ["Black", "White", "Silver", "Blue", "Graphite"] as const;
/** Gear for play and sport, sold in bright colours. */
const BRIGHT = ["Black", "Blue", "Red", "Green", "Pink", "Purple", "Orange", "Teal"] as const;
/** Camping and outdoor gear. */
const OUTDOOR = ["Black", "Forest Green", "Navy", "Orange", "Gray", "Red", "Blue"] as const;
/** Baby gear. */
const BABY = ["Gray", "Black", "Navy", "Beige", "Pink", "Sage Green"] as const;
/** Car interiors. */
const CAR = ["Black", "Gray", "Beige"] as const;

/** Taxonomy path (department, subcategory or leaf) → what its things come in; `null`: no variants. */
export const VARIANTS: Readonly<Record<string, readonly string[] | null>> = {
  electronics: TECH,
  "electronics.tv": null,
  "electronics.tv.tv_remotes": ["Black", "White"],
  "electronics.computers": ["Silver", "Black", "Gray"],
  "electronics.components": null,
  "electronics.storage": null,
  "electronics.networking": null,
  "electronics.power": null,
  "electronics.smart_home": ["White", "Black"],
  "electronics.cameras": null,
  "electronics.cameras.ring_lights": ["Black", "White"],
  "electronics.cameras.camera_bags": ["Black", "Gray", "Forest Green"],
  "electronics.cameras.tripods": ["Black", "Gray"],
  "electronics.audio.kids_headphones": BRIGHT,
  "electronics.wearables.kids_smartwatches": BRIGHT,
  home: HOME,
  "home.furniture": WOOD,
  "home.furniture.recliners": UPHOLSTERY,
  "home.furniture.ottomans": UPHOLSTERY,
  "home.furniture.loveseats": UPHOLSTERY,
  "home.furniture.futons": UPHOLSTERY,
  "home.furniture.bean_bags": UPHOLSTERY,
  "home.furniture.sofas": UPHOLSTERY,
  "home.furniture.office_chairs": ["Black", "Gray", "White", "Blue"],
  "home.furniture.kids_desks": ["White", "Natural", "Gray", "Pink", "Blue"],
  "home.bedding": TEXTILE,
  "home.bedding.mattresses": null,
  "home.bath": TEXTILE,
  "home.bath.shower_heads": FIXTURE,
  "home.bath.shower_caddies": FIXTURE,
  "home.bath.toilet_brushes": FIXTURE,
  "home.bath.toothbrush_holders": FIXTURE,
  "home.bath.toilet_seats": ["White", "Biscuit", "Black"],
  "home.cleaning": null,
  "home.cleaning.mops": ["Blue", "Gray", "Green"],
  "home.cleaning.trash_cans": ["Stainless Steel", "White", "Black", "Gray"],
  "home.cleaning.laundry_baskets": ["White", "Gray", "Natural", "Black"],
  "home.cleaning.brooms": ["Blue", "Gray", "Green"],
  "home.cleaning.ironing_boards": ["Gray", "Blue", "Floral"],
  "home.decor": HOME,
  "home.decor.curtains": TEXTILE,
  "home.decor.rugs": TEXTILE,
  "home.decor.curtain_rods": FIXTURE,
  "home.decor.blinds": ["White", "Gray", "Black", "Beige"],
  "home.decor.candles": null,
  "home.decor.holiday_lights": null,
  "home.decor.wall_art": null,
  "home.appliances": ["White", "Black", "Stainless Steel", "Gray"],
  "home.safety": null,
  "home.party": null,
  "home.storage": HOME,
  "home.storage.hangers": null,
  kitchen: KITCHEN,
  "kitchen.appliances.sous_vide": null,
  "kitchen.cookware": ["Black", "Gray", "Red", "Blue", "Ivory"],
  "kitchen.cookware.knives": null,
  "kitchen.dining": ["White", "Gray", "Blue", "Black", "Ivory"],
  "kitchen.dining.cutlery": null,
  "kitchen.dining.disposable_tableware": null,
  "kitchen.dining.napkins": null,
  "kitchen.barware": null,
  "kitchen.storage.food_wraps": null,
  "kitchen.storage.water_filters": null,
  "kitchen.storage.water_bottles": BRIGHT,
  "kitchen.storage.kids_water_bottles": BRIGHT,
  "kitchen.storage.lunch_bags": BRIGHT,
  fashion: APPAREL,
  "fashion.kids": BRIGHT,
  "fashion.women.sports_bras": ["Black", "Navy", "White", "Pink", "Heather Gray", "Forest Green"],
  "fashion.women.leggings": ["Black", "Navy", "Heather Gray", "Forest Green", "Burgundy"],
  "fashion.accessories.jewelry": null,
  "fashion.accessories.watches": null,
  "fashion.accessories.sunglasses": null,
  beauty: null,
  "beauty.haircare.hair_dryers": ["Black", "White", "Pink"],
  "beauty.haircare.straighteners": ["Black", "White", "Pink"],
  "beauty.haircare.curling_irons": ["Black", "White", "Pink"],
  "beauty.makeup.makeup_brushes": ["Black", "Rose Gold", "Pink"],
  sports: BRIGHT,
  "sports.fitness.treadmills": null,
  "sports.fitness.exercise_bikes": null,
  "sports.fitness.rowing_machines": null,
  "sports.fitness.weight_benches": null,
  "sports.fitness.dumbbells": null,
  "sports.fitness.kettlebells": null,
  "sports.fitness.pull_up_bars": null,
  "sports.outdoor": OUTDOOR,
  "sports.outdoor.flashlights": null,
  "sports.outdoor.binoculars": null,
  "sports.outdoor.bug_spray": null,
  "sports.outdoor.camping_stoves": null,
  "sports.outdoor.lanterns": null,
  "sports.team_sports": null,
  "sports.fishing": null,
  toys: null,
  "toys.outdoor_play.kites": BRIGHT,
  "toys.kids.rc_cars": BRIGHT,
  "toys.kids.blasters": ["Blue", "Orange", "Green"],
  "toys.kids.plush": ["Brown", "Gray", "Pink", "Blue", "White"],
  books: null,
  garden: null,
  "garden.outdoor_living.patio_furniture": ["Black", "Gray", "Brown", "Beige", "Navy"],
  "garden.outdoor_living.patio_umbrellas": ["Beige", "Navy", "Red", "Green", "Gray"],
  "garden.outdoor_living.hammocks": OUTDOOR,
  "garden.plants.planters": ["Terracotta", "White", "Black", "Gray"],
  "garden.plants.watering_cans": ["Green", "Gray", "Blue", "Copper"],
  automotive: null,
  "automotive.interior.seat_covers": CAR,
  "automotive.interior.floor_mats": CAR,
  "automotive.interior.car_organizers": CAR,
  "automotive.exterior.car_covers": ["Gray", "Silver", "Black"],
  grocery: null,
  pets: null,
  "pets.dogs.dog_beds": ["Gray", "Brown", "Navy", "Beige"],
  "pets.dogs.dog_bowls": ["Stainless Steel", "Blue", "Gray", "Pink"],
  "pets.dogs.leashes": BRIGHT,
  "pets.dogs.dog_toys": null,
  "pets.cats.cat_trees": ["Gray", "Beige", "Black"],
  office: null,
  "office.furniture": ["Black", "White", "Gray"],
  "office.supplies.desk_organizers": ["Black", "White", "Rose Gold"],
  "office.supplies.staplers": ["Black", "Blue", "Red"],
  "office.supplies.label_makers": null,
  "office.supplies.planners": ["Black", "Navy", "Blush Pink", "Sage Green"],
  baby: null,
  "baby.gear": BABY,
  "baby.gear.baby_bedding": TEXTILE,
  "baby.gear.play_mats": BABY,
  music: null,
  "music.instruments.guitars": ["Natural", "Sunburst", "Black"],
  "music.instruments.ukuleles": ["Natural", "Mahogany", "Black"],
  "music.instruments.drums": ["Black", "Red", "Blue", "Silver"],
  tools: null,
  "tools.hand_tools.tool_boxes": ["Black", "Red", "Gray"],
  "tools.workshop.workbenches": ["Black", "Gray"],
  health: null,
  "health.personal_care.electric_toothbrushes": ["White", "Black", "Pink", "Blue"],
  "health.personal_care.kids_toothbrushes": BRIGHT,
  "health.personal_care.heating_pads": ["Gray", "Blue", "Beige"],
  "health.personal_care.massagers": ["Black", "Gray", "White"],
  "health.personal_care.scales": ["Black", "White", "Silver"],
  "health.medical.pill_organizers": BRIGHT,
};

/** How often a listing names its variant when its kind comes in some. */
const SHARE = 0.75;

/** A product line as far as its variants go: the words its titles already carry. */
interface LineWords {
  featureGroups: readonly (readonly string[])[];
}

const lower = (s: string) => s.toLowerCase().split(/[\s-]+/);

/**
 * The variants a product of this leaf and line may name: those of the longest listed
 * prefix of `path`, none when the line's features already name one of their words.
 */
export function variantsFor(path: string, line: LineWords): readonly string[] {
  let listed: readonly string[] | null | undefined;
  for (let p = path; listed === undefined && p !== ""; p = p.slice(0, Math.max(0, p.lastIndexOf(".")))) {
    listed = VARIANTS[p];
  }
  if (!listed) return [];
  const own = new Set(line.featureGroups.flat().flatMap(lower));
  return listed.some((v) => lower(v).some((w) => own.has(w))) ? [] : listed;
}

/** `lower(variant)`, worked out once per variant (a few dozen; every product of a line with variants asks). */
function variantWords(variant: string): readonly string[] {
  let ws = VARIANT_WORDS.get(variant);
  if (!ws) VARIANT_WORDS.set(variant, ws = lower(variant));
  return ws;
}
const VARIANT_WORDS = new Map<string, readonly string[]>();

/** Stream number of the variant draw, apart from every other draw of a product. */
const STREAM = -0x7a17;

/**
 * Product `i`'s variant among `variants`, or "" when its listing names none; drawn from
 * its own stream, so no other draw of the product moves. A variant sharing a word with
 * the title (`taken`, lower case) is not chosen.
 */
export function variantFor(
  seed: number,
  i: number,
  variants: readonly string[],
  taken: ReadonlySet<string>,
): string {
  if (variants.length === 0) return "";
  const r = mulberry32(mix(mix(seed, i), STREAM));
  if (r() >= SHARE) return "";
  const fits = variants.filter((v) => variantWords(v).every((w) => !taken.has(w)));
  return fits.length === 0 ? "" : fits[Math.floor(r() * fits.length)];
}
