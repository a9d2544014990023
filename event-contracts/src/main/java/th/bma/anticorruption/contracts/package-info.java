/**
 * The platform's integration events: immutable records, one per event, each with an event id, the time it occurred,
 * the aggregate id used as the Kafka key and a schema version; and {@link th.bma.anticorruption.contracts.Topics}, the
 * one place that names every topic. Plain Java: no framework types, so every service and test can depend on it.
 */
package th.bma.anticorruption.contracts;
