/** Statistics service: live monthly figures of the monitoring centre, its monthly report, the statistics topic. */
package th.bma.anticorruption.statistics;
