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

/**
 * Whether two products are the same in every field of the schema (key order and extra
 * fields aside): a store's copy against the one this version generates.
 *
 * @example
 * ```ts
 * import { type Product, sameProduct } from "./product.ts";
 * const p = { id: "p-000001", title: "Sony Headphones", description: "", brand: "Sony",
 *   category: "electronics.audio.headphones", price: 99, rating: 4.5, review_count: 10, stock: 3,
 *   tags: [], created_at: "2026-01-01T00:00:00.000Z", popularity: 1 } satisfies Product;
 * console.log(sameProduct(p, { ...p }), sameProduct(p, { ...p, price: 98 })); // true false
 * ```
 */
export function sameProduct(a: Product, b: Product): boolean {
  return Object.keys(Product.shape).every((k) => {
    const x = a[k as keyof Product];
    const y = b[k as keyof Product];
    return Array.isArray(x) && Array.isArray(y)
      ? x.length === y.length && x.every((v, i) => v === y[i])
      : x === y;
  });
}
