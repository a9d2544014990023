/** Operational metrics of case tracking that no other class needs to know about. */
package th.bma.anticorruption.cases.metrics;
