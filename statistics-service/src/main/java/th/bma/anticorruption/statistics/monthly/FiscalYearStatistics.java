package th.bma.anticorruption.statistics.monthly;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import th.bma.anticorruption.contracts.MonthlyStatistics.DeadlineFigures;

/**
 * The body of {@code GET /api/statistics/fiscal-year/{yyyy}}: the monthly figures summed over a Thai fiscal year
 * (1 October to 30 September, named by the year it ends; {@code fiscalYearBe} is the Buddhist Era name).
 */
public record FiscalYearStatistics(
        int fiscalYear,
        int fiscalYearBe,
        LocalDate from,
        LocalDate to,
        OffsetDateTime asOf,
        long received,
        Map<String, Long> byChannel,
        Map<String, Long> byLineOfWork,
        Map<String, Map<String, Long>> byChannelAndLineOfWork,
        Map<String, Long> byDisposition,
        Map<String, Long> byDistrict,
        DeadlineFigures deadlines,
        Map<String, Long> screenedOutByChannel,
        Map<String, Long> internalTrackOutcomes) {

    static FiscalYearStatistics of(int fiscalYear, OffsetDateTime asOf, PeriodFigures f) {
        return new FiscalYearStatistics(fiscalYear, fiscalYear + 543,
                StatisticsCalendar.firstDayOfFiscalYear(fiscalYear), StatisticsCalendar.lastDayOfFiscalYear(fiscalYear),
                asOf, f.received(), f.byChannel(), f.byLineOfWork(), f.byChannelAndLineOfWork(), f.byDisposition(),
                f.byDistrict(), f.deadlines(), f.screenedOutByChannel(), f.internalTrackOutcomes());
    }
}
