package th.bma.anticorruption.statistics.monthly;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import th.bma.anticorruption.contracts.MonthlyStatistics;

/**
 * The figures of a period (a month or a fiscal year), without the period's name or time stamp: what changes when a
 * complaint is counted or moves between counts, so two computations can be compared for "did anything change".
 * <p>
 * The figures are those of the contract's {@link MonthlyStatistics}, the one list of them: {@code statistics} is a
 * {@code MonthlyStatistics} whose {@code month} and {@code asOf} are null. In JSON the figures stand unwrapped, in
 * the contract's order ({@code {"received": …, "byChannel": …, …}}), so that a body made of a period and its figures
 * has the shape of the monthly statistics.
 */
public record PeriodFigures(@JsonUnwrapped @JsonIgnoreProperties({"month", "asOf"}) MonthlyStatistics statistics) {

    public PeriodFigures {
        if (statistics.month() != null || statistics.asOf() != null) {
            throw new IllegalArgumentException("a period's figures name no month and no moment");
        }
    }

    public MonthlyStatistics toMonthly(String month, OffsetDateTime asOf) {
        return withPeriod(statistics, month, asOf);
    }

    public static PeriodFigures of(MonthlyStatistics statistics) {
        return new PeriodFigures(withPeriod(statistics, null, null));
    }

    private static MonthlyStatistics withPeriod(MonthlyStatistics s, String month, OffsetDateTime asOf) {
        return new MonthlyStatistics(month, asOf, s.received(), s.byChannel(), s.byLineOfWork(),
                s.byChannelAndLineOfWork(), s.byDisposition(), s.byDistrict(), s.deadlines(),
                s.screenedOutByChannel(), s.internalTrackOutcomes(), s.screenedOutByCategory());
    }
}
