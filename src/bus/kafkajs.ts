/**
 * kafkajs as shopstream uses it: every module takes kafkajs from here, so that the
 * producer's linear grouping (`kafkajs_grouping.ts`) is in place before kafkajs' own
 * modules load. The import below must stay first.
 *
 * @module
 */
import "./kafkajs_grouping.ts";

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
