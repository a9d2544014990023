/**
 * Months, fiscal years and the rollup of counted complaints into the figures of the centre's report; no Spring or
 * Kafka types except the queries' read model. The figures are those of the contract's {@code MonthlyStatistics};
 * Jackson gives the bodies their JSON shape and the corrections are computed over it.
 */
package th.bma.anticorruption.statistics.monthly;
