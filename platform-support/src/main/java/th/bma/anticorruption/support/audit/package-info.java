/**
 * Hash-chained audit trails: one chain mechanism for every append-only trail of the platform (identity reveals, case
 * changes, rule changes), and the verification an auditor runs over it.
 */
package th.bma.anticorruption.support.audit;
