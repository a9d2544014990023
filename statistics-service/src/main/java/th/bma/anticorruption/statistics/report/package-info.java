/** The monthly report as Thai or English text (Buddhist Era, Thai digits) and as CSV. */
package th.bma.anticorruption.statistics.report;
