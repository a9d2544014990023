package th.bma.anticorruption.statistics.monthly;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The body of {@code GET /api/statistics/fiscal-year/{yyyy}}: the monthly figures summed over a Thai fiscal year
 * (1 October to 30 September, named by the year it ends; {@code fiscalYearBe} is the Buddhist Era name). In JSON the
 * period, then the figures unwrapped: the monthly statistics' shape with the fiscal year in place of the month.
 */
public record FiscalYearStatistics(
        int fiscalYear,
        int fiscalYearBe,
        LocalDate from,
        LocalDate to,
        OffsetDateTime asOf,
        @JsonUnwrapped PeriodFigures figures) {

    static FiscalYearStatistics of(int fiscalYear, OffsetDateTime asOf, PeriodFigures figures) {
        return new FiscalYearStatistics(fiscalYear, fiscalYear + 543,
                StatisticsCalendar.firstDayOfFiscalYear(fiscalYear), StatisticsCalendar.lastDayOfFiscalYear(fiscalYear),
                asOf, figures);
    }
}
