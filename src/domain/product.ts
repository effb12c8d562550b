/**
 * The product schema: one source of truth for the catalog generator, both search
 * backends and the API's OpenAPI document.
 *
 * @module
 */
import { z } from "zod";

/** A catalog product as stored in the search index. */
export const Product = z.object({
  id: z.string().regex(/^p-\d{6}$/),
  title: z.string().min(1),
  description: z.string(),
  brand: z.string().min(1),
  /** Dotted hierarchy, top-level department first: `electronics.audio.headphones`. */
  category: z.string().regex(/^[a-z_]+(\.[a-z_]+)+$/),
  price: z.number().positive(),
  rating: z.number().min(0).max(5),
  review_count: z.number().int().nonnegative(),
  stock: z.number().int().nonnegative(),
  tags: z.array(z.string()),
  created_at: z.iso.datetime(),
  /** Relative demand weight (long-tailed); the clickstream draws products by it. */
  popularity: z.number().positive(),
});
export type Product = z.infer<typeof Product>;

/** `electronics.audio.headphones` → `electronics`. */
export function topCategory(category: string): string {
  const dot = category.indexOf(".");
  return dot < 0 ? category : category.slice(0, dot);
}
