/**
 * Names of the metrics several modules share: the processor and generator count, the
 * API reads them back for /stats. Kept here so neither side imports the other.
 *
 * @module
 */

/** Valid events applied by the processor, labelled by event `type`. */
export const PROCESSED_COUNTER = "shopstream_events_processed_total";
/** Events published by the generator, labelled by event `type`. */
export const GENERATED_COUNTER = "shopstream_events_generated_total";
