/**
 * kafkajs as shopstream uses it: every module takes kafkajs from here, so that the
 * producer's linear grouping (`kafkajs_grouping.ts`) is in place before kafkajs' own
 * modules load. The import below must stay first. Its request queues schedule no timer
 * while idle (`kafkajs_request_queue.ts`).
 *
 * @module
 */
import "./kafkajs_grouping.ts";
import "./kafkajs_request_queue.ts";

export { AssignerProtocol, CompressionTypes, Kafka, logLevel, Partitioners } from "kafkajs";
export type {
  Admin,
  AdminConfig,
  Consumer,
  ConsumerConfig,
  KafkaConfig,
  Message,
  PartitionAssigner,
  Producer,
  ProducerConfig,
  SASLOptions,
} from "kafkajs";
