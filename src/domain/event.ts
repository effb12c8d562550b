/**
 * Clickstream events: the single schema the generator writes, the processor validates
 * and the API documents. Types are inferred from it, never written twice.
 *
 * @module
 */
import { z } from "zod";

export const SCHEMA_VERSION = 1 as const;

/** Ground truth of who produced an event; kept for evaluating the detectors. */
export const Actor = z.enum(["normal", "bot", "fraud"]);
export type Actor = z.infer<typeof Actor>;

export const EventType = z.enum(["search", "view", "add_to_cart", "purchase", "refund"]);
export type EventType = z.infer<typeof EventType>;

const base = {
  schema_version: z.literal(SCHEMA_VERSION),
  event_id: z.uuid(),
  /** Event time, ISO 8601 with milliseconds. */
  ts: z.iso.datetime({ precision: 3 }),
  user_id: z.string().min(1).max(64),
  session_id: z.string().min(1).max(64),
  actor: Actor,
};

export const SearchEvent = z.object({
  ...base,
  type: z.literal("search"),
  query: z.string().max(512),
  results_count: z.number().int().nonnegative(),
});

/**
 * Field lengths are bounded: every value ends up in a document id or a keyword field,
 * and one over-long value must go to the dead-letter topic, not into a store request.
 */
const productFields = {
  product_id: z.string().min(1).max(64),
  category: z.string().min(1).max(200),
  price: z.number().nonnegative().finite(),
};

export const ViewEvent = z.object({ ...base, type: z.literal("view"), ...productFields });
export const AddToCartEvent = z.object({ ...base, type: z.literal("add_to_cart"), ...productFields });

export const OrderItem = z.object({
  ...productFields,
  quantity: z.number().int().positive().max(1_000),
});
export type OrderItem = z.infer<typeof OrderItem>;

export const PurchaseEvent = z.object({
  ...base,
  type: z.literal("purchase"),
  order_id: z.string().min(1).max(64),
  items: z.array(OrderItem).min(1).max(100),
  amount: z.number().nonnegative().finite(),
});

export const RefundReason = z.enum(["damaged", "not_as_described", "changed_mind", "late_delivery", "other"]);

export const RefundEvent = z.object({
  ...base,
  type: z.literal("refund"),
  order_id: z.string().min(1).max(64),
  amount: z.number().nonnegative().finite(),
  reason: RefundReason,
});

/** Any clickstream event, discriminated by `type`. */
export const ShopEvent = z.discriminatedUnion("type", [
  SearchEvent,
  ViewEvent,
  AddToCartEvent,
  PurchaseEvent,
  RefundEvent,
]);
export type ShopEvent = z.infer<typeof ShopEvent>;
export type SearchEvent = z.infer<typeof SearchEvent>;
export type ViewEvent = z.infer<typeof ViewEvent>;
export type AddToCartEvent = z.infer<typeof AddToCartEvent>;
export type PurchaseEvent = z.infer<typeof PurchaseEvent>;
export type RefundEvent = z.infer<typeof RefundEvent>;

/** Kafka topics, as named by the original seed project. */
export const TOPICS = {
  search: "search-events",
  product: "product-events",
  order: "order-events",
  deadLetter: "dead-letter-events",
} as const;

export type TopicNames = { [K in keyof typeof TOPICS]: string };

/**
 * Topic names with an optional prefix, so tests (and several demos on one cluster)
 * can use their own topics. `topicNames()` gives the standard names.
 */
export function topicNames(prefix = ""): TopicNames {
  return {
    search: prefix + TOPICS.search,
    product: prefix + TOPICS.product,
    order: prefix + TOPICS.order,
    deadLetter: prefix + TOPICS.deadLetter,
  };
}

/** The three input topics, in a stable order. */
export function inputTopics(names: TopicNames = topicNames()): string[] {
  return [names.search, names.product, names.order];
}

/** Which topic an event type is routed to. */
export function topicFor(type: EventType, names: TopicNames = topicNames()): string {
  switch (type) {
    case "search":
      return names.search;
    case "view":
    case "add_to_cart":
      return names.product;
    case "purchase":
    case "refund":
      return names.order;
  }
}

/** Event time in epoch milliseconds. */
export function eventTime(event: ShopEvent): number {
  return Date.parse(event.ts);
}

// One decoder for every message: constructing one per message was a visible share of parsing.
const utf8 = new TextDecoder();

/**
 * Parses raw bytes into a valid event, or says why not: the processor sends the
 * reason to the dead-letter topic.
 */
export function parseEvent(
  bytes: Uint8Array | string,
): { ok: true; event: ShopEvent } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(typeof bytes === "string" ? bytes : utf8.decode(bytes));
  } catch (e) {
    return { ok: false, reason: `invalid JSON: ${(e as Error).message}` };
  }
  const result = ShopEvent.safeParse(json);
  if (result.success) return { ok: true, event: result.data };
  const issues = result.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
  return { ok: false, reason: `schema: ${issues.join("; ")}` };
}
