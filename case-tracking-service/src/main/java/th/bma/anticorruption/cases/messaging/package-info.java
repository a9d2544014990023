/**
 * Kafka input bindings of case tracking.
 */
package th.bma.anticorruption.cases.messaging;
