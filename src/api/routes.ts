/**
 * The API's routes as OpenAPI operations: request and response schemas in one place,
 * so validation and the published document can never disagree.
 *
 * @module
 */
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { AutocompleteQuery, SearchQuery, SearchResult, Suggestions } from "../domain/search.ts";
import { StatsSnapshot } from "../domain/stats.ts";
import {
  ErrorBody,
  FraudParams,
  FraudResponse,
  FunnelParams,
  FunnelResponse,
  HealthResponse,
  QueriesParams,
  QueriesResponse,
  ReadyResponse,
  StreamParams,
  TrendingParams,
  TrendingResponse,
} from "./schemas.ts";

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

const invalid = json(
  ErrorBody,
  "A query parameter is invalid: `parameter` names it, `message` says the rule",
);
const unavailable = json(ErrorBody, "The store is not reachable");

export const searchRoute = createRoute({
  method: "get",
  path: "/search",
  tags: ["search"],
  summary: "Full-text product search with filters, facets and highlights",
  description: "Typo-tolerant (`fuzzy=true`); facets are counted over the filtered result set.",
  request: { query: SearchQuery },
  responses: { 200: json(SearchResult, "Matching products"), 400: invalid, 503: unavailable },
});

export const autocompleteRoute = createRoute({
  method: "get",
  path: "/autocomplete",
  tags: ["search"],
  summary: "Suggestions for a prefix (typo-tolerant from 4 characters)",
  request: { query: AutocompleteQuery },
  responses: { 200: json(Suggestions, "Up to `limit` suggestions"), 400: invalid, 503: unavailable },
});

export const trendingRoute = createRoute({
  method: "get",
  path: "/trending",
  tags: ["analytics"],
  summary: "Top products by weighted score (views×1 + carts×3 + purchases×5) in a sliding window",
  request: { query: TrendingParams },
  responses: { 200: json(TrendingResponse, "Products, highest score first"), 400: invalid, 503: unavailable },
});

export const funnelsRoute = createRoute({
  method: "get",
  path: "/funnels",
  tags: ["analytics"],
  summary: "View → cart → purchase sessions per category, with conversion and drop-off",
  request: { query: FunnelParams },
  responses: { 200: json(FunnelResponse, "One row per category"), 400: invalid, 503: unavailable },
});

export const fraudRoute = createRoute({
  method: "get",
  path: "/fraud",
  tags: ["analytics"],
  summary: "Fraud and bot signals, most recent first",
  request: { query: FraudParams },
  responses: { 200: json(FraudResponse, "Signals"), 400: invalid, 503: unavailable },
});

export const queriesRoute = createRoute({
  method: "get",
  path: "/queries",
  tags: ["analytics"],
  summary: "Top search queries, or only those that found nothing",
  request: { query: QueriesParams },
  responses: { 200: json(QueriesResponse, "Queries by number of searches"), 400: invalid, 503: unavailable },
});

export const statsRoute = createRoute({
  method: "get",
  path: "/stats",
  tags: ["operations"],
  summary: "Pipeline counters: events per type and per second, lag, DLQ, late events, index sizes",
  responses: { 200: json(StatsSnapshot, "A snapshot of this process' view"), 503: unavailable },
});

export const healthRoute = createRoute({
  method: "get",
  path: "/health",
  tags: ["operations"],
  summary: "Liveness: answers 200 while the process serves HTTP",
  responses: { 200: json(HealthResponse, "Alive") },
});

export const readyRoute = createRoute({
  method: "get",
  path: "/ready",
  tags: ["operations"],
  summary: "Readiness: the store (and the bus, where used) answer",
  responses: { 200: json(ReadyResponse, "Ready"), 503: json(ReadyResponse, "A dependency is not reachable") },
});

export const metricsRoute = createRoute({
  method: "get",
  path: "/metrics",
  tags: ["operations"],
  summary: "Prometheus metrics (text exposition format 0.0.4)",
  responses: {
    200: {
      description: "Request counts and latency histograms, events processed, lag, checkpoint age",
      content: { "text/plain": { schema: z.string() } },
    },
  },
});

export const streamRoute = createRoute({
  method: "get",
  path: "/stream",
  tags: ["operations"],
  summary: "Server-Sent Events: `stats`, `trending` and new `fraud` signals every second",
  description: "Events carry JSON: `stats` is a /stats body, `trending` a /trending body, `fraud` is " +
    "`{initial, items}` with the signals new or updated since the previous push. " +
    "`unavailable` says the store did not answer (the stream stays open).",
  request: { query: StreamParams },
  responses: {
    200: { description: "An endless event stream", content: { "text/event-stream": { schema: z.string() } } },
    400: invalid,
  },
});
