/**
 * The shop copy of product descriptions: sentences a real shop page would carry, chosen
 * so that they name no kind of product. A description is searched (at a low weight), so
 * a sentence that said "hat" or "desk" would make curtains and lamps match those
 * queries; faker's product text did exactly that, and its Latin filler that replaced it
 * read like no shop. `src/catalog/catalog_rules_test.ts` checks over 100k products that
 * no description names a product kind its product's own title and category do not.
 *
 * @module
 */

/** Shop copy that fits any product. */
export const BLURBS = [
  "Backed by the manufacturer's warranty.",
  "Ships in recyclable packaging.",
  "Free returns within 30 days.",
  "A favourite with verified buyers.",
  "Built for everyday use.",
  "Checked for quality before it leaves the warehouse.",
] as const;

/** Per department: what a shop page says of any product there, naming no kind of product. */
export const DEPARTMENT_LINES: Readonly<Record<string, readonly string[]>> = {
  electronics: [
    "Ready to go in minutes, with updates over the air.",
    "Sips power on standby.",
    "Holds a steady signal through a busy day.",
    "Tested against drops, heat and dust before release.",
  ],
  home: [
    "Fits apartments and houses alike.",
    "Easy to assemble with the parts included.",
    "Colours stay true after years of daily sunlight.",
    "Cleans up with a damp cloth.",
  ],
  kitchen: [
    "Cleans up quickly after busy weeknight meals.",
    "Heats evenly from edge to centre.",
    "Made only of materials approved for contact with what you cook.",
    "Stores neatly when not in use.",
  ],
  fashion: [
    "See the measurement guide before ordering.",
    "Holds its shape after repeated laundering.",
    "Cut for all-day comfort.",
    "Pairs easily with what is already in your wardrobe.",
  ],
  beauty: [
    "Dermatologist tested and cruelty-free.",
    "Suits most skin types.",
    "Goes further than you would think.",
    "Patch test before first use.",
  ],
  sports: [
    "Made to keep up with hard training sessions.",
    "Easy to carry all day.",
    "Grips well on wet and dry ground.",
    "Recommended by coaches.",
  ],
  toys: [
    "Safety tested for the age shown on the packaging.",
    "Encourages hours of imaginative play.",
    "Built with no loose parts.",
    "Built to last through years of enthusiastic play.",
  ],
  books: [
    "Printed on acid-free stock that will not yellow.",
    "Widely praised by critics.",
    "Worth returning to after the last page.",
    "Clear type that is easy on the eyes.",
  ],
  garden: [
    "Holds up to rain, frost and summer sun.",
    "Assembles without special skills.",
    "Suits balconies and yards alike.",
    "Rinse off after use and store dry.",
  ],
  automotive: [
    "Check the fit guide for your make and model.",
    "Installs in minutes without special skills.",
    "Made to handle heat, cold and winter roads.",
    "Meets or exceeds original equipment standards.",
  ],
  grocery: [
    "Store in a cool, dry place after opening.",
    "Sourced from trusted growers.",
    "No artificial colours.",
    "Best enjoyed within weeks of opening.",
  ],
  pets: [
    "Vet recommended for everyday care.",
    "Made with pets' comfort and safety in mind.",
    "Introduce gradually over a few days.",
    "Easy to clean after muddy walks.",
  ],
  office: [
    "Made for whole working days.",
    "Keeps busy workspaces tidy.",
    "Easy to refill and maintain.",
    "Suits home offices and shared workplaces alike.",
  ],
  baby: [
    "Tested to current child safety standards.",
    "Soft, simple and made for babies' hands.",
    "Gentle on delicate skin and easy to clean.",
    "A favourite with new parents.",
  ],
  music: [
    "Adjusted and checked before it ships.",
    "Sounds as good in a bedroom as on a stage.",
    "Made for practice every day.",
    "Chosen by working musicians.",
  ],
  tools: [
    "Built for job sites and weekend projects alike.",
    "Balanced for hours of use without strain.",
    "Covered by a full tool warranty.",
    "Made to take knocks and keep working.",
  ],
  health: [
    "Follow the directions on the label.",
    "Made in a certified facility.",
    "Ask a doctor or pharmacist before use if unsure.",
    "Gentle enough for daily use.",
  ],
};

/** What the reviews say, in words (numbers in a description would match numeric queries: "55 inch tv"). */
export function reviewLine(rating: number, reviews: number): string {
  if (reviews === 0) return "Be the first to review it.";
  if (rating >= 4.5) return "Among the highest rated in its range.";
  if (rating >= 4) return "Well reviewed by shoppers.";
  return "Read the reviews before you choose.";
}
