package th.bma.anticorruption.statistics.monthly;

import java.time.OffsetDateTime;
import java.util.Map;

import th.bma.anticorruption.contracts.MonthlyStatistics;
import th.bma.anticorruption.contracts.MonthlyStatistics.DeadlineFigures;

/**
 * The figures of a period (a month or a fiscal year), without the period's name or time stamp: what changes when a
 * complaint is counted or moves between counts, so two computations can be compared for "did anything change".
 */
public record PeriodFigures(
        long received,
        Map<String, Long> byChannel,
        Map<String, Long> byLineOfWork,
        Map<String, Map<String, Long>> byChannelAndLineOfWork,
        Map<String, Long> byDisposition,
        Map<String, Long> byDistrict,
        DeadlineFigures deadlines,
        Map<String, Long> screenedOutByChannel,
        Map<String, Long> internalTrackOutcomes,
        Map<String, Map<String, Long>> screenedOutByCategory) {

    public MonthlyStatistics toMonthly(String month, OffsetDateTime asOf) {
        return new MonthlyStatistics(month, asOf, received, byChannel, byLineOfWork, byChannelAndLineOfWork,
                byDisposition, byDistrict, deadlines, screenedOutByChannel, internalTrackOutcomes,
                screenedOutByCategory);
    }

    public static PeriodFigures of(MonthlyStatistics statistics) {
        return new PeriodFigures(statistics.received(), statistics.byChannel(), statistics.byLineOfWork(),
                statistics.byChannelAndLineOfWork(), statistics.byDisposition(), statistics.byDistrict(),
                statistics.deadlines(), statistics.screenedOutByChannel(), statistics.internalTrackOutcomes(),
                statistics.screenedOutByCategory());
    }
}
