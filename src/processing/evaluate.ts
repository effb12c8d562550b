/**
 * Precision and recall of the detectors against the generator's ground truth (`actor`).
 * Bots: users with a `bot` signal vs actor `bot`. Fraud: users with any refund signal vs
 * actor `fraud`, counting only fraudsters who have refunded at least once can be found.
 *
 * @module
 */
import type { Actor } from "../domain/event.ts";
import type { FraudSignal } from "../domain/analytics.ts";

export interface DetectionScore {
  precision: number;
  recall: number;
  flagged: number;
  actual: number;
}

function score(flagged: ReadonlySet<string>, actual: ReadonlySet<string>): DetectionScore {
  const hits = [...flagged].filter((u) => actual.has(u)).length;
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    precision: r(flagged.size === 0 ? 1 : hits / flagged.size),
    recall: r(actual.size === 0 ? 1 : hits / actual.size),
    flagged: flagged.size,
    actual: actual.size,
  };
}

export function evaluateDetection(
  signals: Pick<FraudSignal, "type" | "user_id">[],
  actorsByUser: ReadonlyMap<string, Actor>,
  fraudstersWithRefunds?: ReadonlySet<string>,
): { bot: DetectionScore; fraud: DetectionScore } {
  const bots = new Set(signals.filter((s) => s.type === "bot").map((s) => s.user_id));
  const frauds = new Set(signals.filter((s) => s.type !== "bot").map((s) => s.user_id));
  const actualBots = new Set([...actorsByUser].filter(([, a]) => a === "bot").map(([u]) => u));
  const actualFraud = fraudstersWithRefunds ??
    new Set([...actorsByUser].filter(([, a]) => a === "fraud").map(([u]) => u));
  return { bot: score(bots, actualBots), fraud: score(frauds, actualFraud) };
}
