/**
 * Query-parameter and response schemas of the analytics and operations endpoints.
 * (Search and autocomplete use src/domain/search.ts.) Validation, TypeScript types
 * and the OpenAPI document all come from these.
 *
 * @module
 */
import { z } from "zod";
import {
  ActivityPoint,
  FraudSignal,
  FunnelRow,
  QueryInsight,
  RatePoint,
  Severity,
  SignalType,
  TrendingHistoryItem,
  TrendingProduct,
  UserEvent,
} from "../domain/analytics.ts";
import { Product } from "../domain/product.ts";
import { booleanParam } from "../domain/search.ts";

const int = (min: number, max: number, fallback: number, description: string) =>
  z.coerce.number().int().min(min).max(max).default(fallback).meta({ description });

const includeBots = () =>
  booleanParam(false).meta({
    description: "Also count users flagged as bots (default: humans only)",
  });

const categoryPath = z.string().max(200).regex(
  /^[a-z_]+(\.[a-z_]+)*$/,
  "dotted lowercase path like electronics.audio",
);

export const TrendingParams = z.object({
  minutes: int(1, 60, 5, "Window length in minutes, ending at the latest event time seen"),
  limit: int(1, 100, 10, "How many products"),
  category: categoryPath.optional().meta({ description: "Only products under this category path" }),
  include_bots: includeBots(),
});

export const TrendingHistoryParams = z.object({
  minutes: int(1, 60, 30, "Window length in minutes, ending at the latest event time seen"),
  limit: int(1, 20, 5, "How many products (the top ones by score over the whole window)"),
  category: categoryPath.optional().meta({ description: "Only products under this category path" }),
  include_bots: includeBots(),
});

export const StatsHistoryParams = z.object({
  minutes: int(1, 60, 30, "Window length in minutes, ending at the latest event time seen"),
});

export const FunnelParams = z.object({
  minutes: int(1, 1440, 60, "Window length in minutes"),
  level: z.enum(["top", "leaf"]).default("top").meta({
    description: "Top-level departments or leaf categories",
  }),
  include_bots: includeBots(),
});

export const FraudParams = z.object({
  severity: Severity.optional().meta({ description: "Only signals of this severity" }),
  type: SignalType.optional().meta({ description: "Only signals of this type" }),
  limit: int(1, 500, 50, "How many signals, most recent first"),
});

export const QueriesParams = z.object({
  minutes: int(1, 1440, 60, "Window length in minutes"),
  limit: int(1, 100, 20, "How many queries"),
  zero_results: booleanParam(false).meta({ description: "Only queries that found nothing" }),
  include_bots: includeBots(),
});

/** `/products/{id}`: a catalog id. */
export const ProductPath = z.object({
  id: z.string().regex(/^p-\d{6}$/, "a catalog id like p-000123").meta({ description: "Catalog product id" }),
});

export const ProductParams = z.object({
  minutes: int(1, 60, 60, "Activity window in minutes, ending at the latest event time seen"),
  include_bots: includeBots(),
});

/** `/users/{id}`: a user id as events carry it (like `u-1f3a9c`). */
export const UserPath = z.object({
  id: z.string().max(64).regex(/^[A-Za-z0-9_.:@+-]+$/, "1–64 letters, digits or _ . : @ + -").meta({
    description: "User id, as in the events and fraud signals",
  }),
});

export const UserParams = z.object({
  limit: int(1, 500, 100, "How many events, newest first"),
});

export const StreamParams = z.object({
  minutes: int(1, 60, 5, "Window of the pushed trending list"),
  access_token: z.string().max(512).optional().meta({
    description: "The API token, for `fraud` events when the server has one (EventSource cannot send " +
      "headers; `Authorization: Bearer` works too). Without it those events are left out.",
  }),
});

export const TrendingResponse = z.object({
  minutes: z.number().int(),
  category: z.string().nullable(),
  items: z.array(TrendingProduct),
});

export const TrendingHistoryResponse = z.object({
  minutes: z.number().int(),
  items: z.array(TrendingHistoryItem),
});

export const StatsHistoryResponse = z.object({
  minutes: z.number().int(),
  points: z.array(RatePoint),
});

export const ProductResponse = z.object({
  product: Product,
  activity: z.object({
    minutes: z.number().int(),
    totals: z.object({ views: z.number(), carts: z.number(), purchases: z.number(), score: z.number() }),
    points: z.array(ActivityPoint),
  }),
});

export const UserResponse = z.object({
  user_id: z.string(),
  signals: z.array(FraudSignal),
  events: z.array(UserEvent),
  sampled: z.boolean().meta({
    description: "Whether the user's non-order events are all kept (purchases and refunds always are)",
  }),
});

export const FunnelResponse = z.object({
  minutes: z.number().int(),
  level: z.enum(["top", "leaf"]),
  items: z.array(FunnelRow),
});

export const FraudResponse = z.object({
  items: z.array(FraudSignal),
});

export const QueriesResponse = z.object({
  minutes: z.number().int(),
  zero_results: z.boolean(),
  items: z.array(QueryInsight),
});

export const HealthResponse = z.object({
  status: z.literal("ok"),
  version: z.string(),
  role: z.string(),
});

export const ReadyResponse = z.object({
  ok: z.boolean(),
  /** "ok" or the reason a dependency is not reachable. */
  checks: z.record(z.string(), z.string()),
});

export const ErrorDetail = z.object({
  parameter: z.string(),
  message: z.string(),
  code: z.string(),
});

/** Every non-2xx JSON answer. */
export const ErrorBody = z.object({
  error: z.string().meta({
    description:
      "invalid_parameter, bad_request, unauthorized, not_found, method_not_allowed, unavailable or internal_error",
  }),
  message: z.string(),
  parameter: z.string().optional().meta({ description: "The first offending query parameter" }),
  details: z.array(ErrorDetail).optional().meta({ description: "Every validation issue" }),
  request_id: z.string(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
