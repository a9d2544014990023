package th.bma.anticorruption.statistics.monthly;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import th.bma.anticorruption.contracts.MonthlyStatistics;
/**
 * The figures of a month or a fiscal year, computed now from the read model. {@code asOf} is the instant of the
 * computation for every period: the current month's figures are month to date up to {@code asOf}; a past month's
 * figures count the complaints received in that whole month, each under its disposition and deadline status at
 * {@code asOf} (dispositions keep moving after the month ends). {@link #monthAsOf} gives a month's figures as the
 * platform knew them at an earlier moment.
 */
public class MonthlyStatisticsQueries {

    private final MonthlyFigureSource readModel;
    private final Clock clock;

    public MonthlyStatisticsQueries(MonthlyFigureSource readModel, Clock clock) {
        this.readModel = readModel;
        this.clock = clock;
    }

    public MonthlyStatistics month(YearMonth month) {
        Instant now = clock.instant();
        return readModel.rollup(List.of(month), now).figures()
                .toMonthly(StatisticsCalendar.key(month), OffsetDateTime.ofInstant(now, StatisticsCalendar.BANGKOK));
    }

    /**
     * The month's figures as the platform knew them at {@code asOf} (not later than now): the complaints received in
     * the month by then, each under its disposition, line of work and deadline status as they stood then.
     */
    public MonthlyStatistics monthAsOf(YearMonth month, Instant asOf) {
        return readModel.rollupAsOf(month, asOf).figures()
                .toMonthly(StatisticsCalendar.key(month), OffsetDateTime.ofInstant(asOf, StatisticsCalendar.BANGKOK));
    }

    /** The earliest moment {@link #monthAsOf} can answer for: when the history of changes began. */
    public Instant historySince() {
        return readModel.historySince();
    }

    /** The figures of each of several months, computed together (one pass over the read model, not one per month). */
    public Map<YearMonth, MonthlyStatistics> months(Collection<YearMonth> months) {
        Instant now = clock.instant();
        OffsetDateTime asOf = OffsetDateTime.ofInstant(now, StatisticsCalendar.BANGKOK);
        Map<YearMonth, MonthlyStatistics> statistics = new TreeMap<>();
        readModel.rollupEach(months, now).forEach((month, rollup) ->
                statistics.put(month, rollup.figures().toMonthly(StatisticsCalendar.key(month), asOf)));
        return statistics;
    }

    public FiscalYearStatistics fiscalYear(int fiscalYear) {
        Instant now = clock.instant();
        PeriodFigures figures = readModel.rollup(StatisticsCalendar.monthsOfFiscalYear(fiscalYear), now).figures();
        return FiscalYearStatistics.of(fiscalYear, OffsetDateTime.ofInstant(now, StatisticsCalendar.BANGKOK), figures);
    }

    public YearMonth currentMonth() {
        return StatisticsCalendar.monthOf(clock.instant());
    }

    public OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), StatisticsCalendar.BANGKOK);
    }
}
