/**
 * The append-only audit trail of case changes and sensitive reads.
 */
package th.bma.anticorruption.cases.audit;
