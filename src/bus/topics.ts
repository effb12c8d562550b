/**
 * Creating shopstream's topics, and the rule the processor relies on: its input topics
 * are co-partitioned (equal partition counts), so one user's searches, views and orders
 * land in partitions with the same number and meet in one processor's state.
 *
 * @module
 */
import { inputTopics, type TopicNames } from "../domain/event.ts";
import type { Bus } from "./port.ts";

/**
 * Creates the input and dead-letter topics with `partitions` partitions each (existing
 * topics keep theirs) and checks the input topics are co-partitioned; throws, naming
 * each topic's count, when an older topic has another count.
 *
 * @example
 * ```ts
 * import { EmbeddedBus } from "./embedded.ts";
 * import { topicNames } from "../domain/event.ts";
 * import { ensureInputTopics } from "./topics.ts";
 *
 * const bus = new EmbeddedBus();
 * await ensureInputTopics(bus, topicNames("demo."), 3);
 * console.log(await bus.partitionCount("demo.product-events")); // 3
 * await bus.close();
 * ```
 */
export async function ensureInputTopics(bus: Bus, topics: TopicNames, partitions: number): Promise<void> {
  await bus.ensureTopics(
    [topics.search, topics.product, topics.order, topics.deadLetter].map((topic) => ({ topic, partitions })),
  );
  const inputs = inputTopics(topics);
  const counts = await Promise.all(inputs.map((topic) => bus.partitionCount(topic)));
  if (new Set(counts).size !== 1) {
    throw new Error(
      `input topics have different partition counts (${inputs.map((x, i) => `${x}=${counts[i]}`)}); ` +
        `the processor needs them equal (recreate them or use --topic-prefix)`,
    );
  }
}
