/** HTTP edge: the statistics endpoints and who may read them. */
package th.bma.anticorruption.statistics.web;
