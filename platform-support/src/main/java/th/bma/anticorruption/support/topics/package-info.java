/**
 * The platform's Kafka topics with their settings (partitions, retention, clean-up policy) in one list, and their
 * creation by the services with those settings rather than with the broker's defaults.
 */
package th.bma.anticorruption.support.topics;
