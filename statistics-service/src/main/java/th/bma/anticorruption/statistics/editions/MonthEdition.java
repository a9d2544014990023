package th.bma.anticorruption.statistics.editions;

import java.time.OffsetDateTime;

import th.bma.anticorruption.contracts.MonthlyStatistics;

/**
 * A month's report kept as it stood at a moment and never changed afterwards: the figures as the platform knew them
 * at {@code asOf} and the Thai and English report texts rendered from them when the edition was taken (Arabic
 * digits; Thai digits are a plain substitution on reading). Edition {@value MonthEditions#MONTH_END} of a month is
 * taken at its end.
 *
 * @param takenAt when the edition was written (the month's end plus the settling time, or later after an outage)
 */
public record MonthEdition(String month, int edition, OffsetDateTime asOf, OffsetDateTime takenAt,
        MonthlyStatistics figures, String reportTh, String reportEn) {
}
