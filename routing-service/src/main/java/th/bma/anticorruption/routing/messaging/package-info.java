/**
 * Kafka edge: the complaints.received.v1 consumer, and the decisions' outbox that announces them on
 * complaints.routed.v1.
 */
package th.bma.anticorruption.routing.messaging;
