/** Kafka edge: the complaints.received.v1 consumer and the complaints.routed.v1 publisher. */
package th.bma.anticorruption.routing.messaging;
