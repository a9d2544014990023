/**
 * Kafka edge of case tracking: the input bindings, and the case events' outbox with its relay.
 */
package th.bma.anticorruption.cases.messaging;
