/**
 * The case and its state machine (the centre's misconduct procedure and oversight rules); no Spring, Kafka or MongoDB
 * types.
 */
package th.bma.anticorruption.cases.lifecycle;
