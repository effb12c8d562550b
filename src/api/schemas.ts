/**
 * Query-parameter and response schemas of the analytics and operations endpoints.
 * (Search and autocomplete use src/domain/search.ts.) Validation, TypeScript types
 * and the OpenAPI document all come from these.
 *
 * @module
 */
import { z } from "zod";
import {
  FraudSignal,
  FunnelRow,
  QueryInsight,
  Severity,
  SignalType,
  TrendingProduct,
} from "../domain/analytics.ts";
import { booleanParam } from "../domain/search.ts";

const int = (min: number, max: number, fallback: number, description: string) =>
  z.coerce.number().int().min(min).max(max).default(fallback).meta({ description });

const categoryPath = z.string().max(200).regex(
  /^[a-z_]+(\.[a-z_]+)*$/,
  "dotted lowercase path like electronics.audio",
);

export const TrendingParams = z.object({
  minutes: int(1, 60, 5, "Window length in minutes, ending at the latest event time seen"),
  limit: int(1, 100, 10, "How many products"),
  category: categoryPath.optional().meta({ description: "Only products under this category path" }),
});

export const FunnelParams = z.object({
  minutes: int(1, 1440, 60, "Window length in minutes"),
  level: z.enum(["top", "leaf"]).default("top").meta({
    description: "Top-level departments or leaf categories",
  }),
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
