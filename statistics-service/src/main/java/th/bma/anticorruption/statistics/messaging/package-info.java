/** Kafka edge: the consumers of case snapshots and screened-out records, and the debounced publisher of statistics.monthly.v1. */
package th.bma.anticorruption.statistics.messaging;
