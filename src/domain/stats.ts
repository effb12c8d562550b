/**
 * The `/stats` body: what one running process knows about the pipeline. The API
 * documents it in OpenAPI, `/stream` pushes it every second, the dashboard reads it.
 *
 * @module
 */
import { z } from "zod";
import { ROLES } from "./config.ts";

/** Event counts by type, their total, and throughput over the last 1 s and 10 s. */
export const EventRates = z.object({
  by_type: z.record(z.string(), z.number().nonnegative()),
  total: z.number().nonnegative(),
  per_second: z.object({
    last_1s: z.number().nonnegative(),
    last_10s: z.number().nonnegative(),
  }),
});
export type EventRates = z.infer<typeof EventRates>;

export const LagEntry = z.object({
  topic: z.string(),
  partition: z.number().int().nonnegative(),
  lag: z.number().nonnegative(),
});

export const StatsSnapshot = z.object({
  role: z.enum(ROLES),
  backend: z.object({
    bus: z.enum(["kafka", "embedded"]),
    store: z.enum(["elasticsearch", "embedded"]),
  }),
  /** When the snapshot was taken (ISO 8601). */
  time: z.iso.datetime(),
  uptime_s: z.number().nonnegative(),
  /** Events the processor applied: checkpointed totals, or the live in-process counters when ahead. */
  events: EventRates,
  /** Events a generator in this process published (absent when none runs here). */
  generated: EventRates.optional(),
  dead_letters: z.number().nonnegative(),
  late_events: z.number().nonnegative(),
  /** Events a producer wrote twice (same id on the same topic), counted once. */
  duplicates: z.number().nonnegative().optional(),
  unknown_products: z.number().nonnegative(),
  /** Per partition, when Kafka is the bus; empty otherwise. */
  consumer_lag: z.array(LagEntry),
  /** Document count per index. */
  index_docs: z.record(z.string(), z.number().nonnegative()),
  /** Seconds since this process' processor last checkpointed; null when none runs here. */
  checkpoint_age_s: z.number().nonnegative().nullable(),
  revenue: z.number(),
  refunds: z.number(),
  /** Approximate distinct users in the last 5 minutes, when something in the process tracks them. */
  active_users: z.number().nonnegative().optional(),
});
export type StatsSnapshot = z.infer<typeof StatsSnapshot>;

/** Whatever can produce a snapshot: the API asks it on every /stats and every /stream tick. */
export interface StatsSource {
  snapshot(): Promise<StatsSnapshot>;
  /** Stops background sampling. */
  close?(): void;
}
