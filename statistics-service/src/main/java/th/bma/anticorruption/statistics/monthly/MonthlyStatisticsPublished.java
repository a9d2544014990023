package th.bma.anticorruption.statistics.monthly;

import th.bma.anticorruption.contracts.MonthlyStatistics;

/**
 * Application event: a month's figures were just published on {@code statistics.monthly.v1} (the binder accepted
 * them). Lets in-process readers such as the live stream follow the topic without a Kafka consumer of their own.
 */
public record MonthlyStatisticsPublished(MonthlyStatistics statistics) {
}
