/** Months, fiscal years and the rollup of counted complaints into the figures of the centre's report; no Spring or Kafka types except the queries' read model. */
package th.bma.anticorruption.statistics.monthly;
