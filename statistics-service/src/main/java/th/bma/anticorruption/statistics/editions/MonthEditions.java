package th.bma.anticorruption.statistics.editions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import th.bma.anticorruption.contracts.MonthlyStatistics;
import th.bma.anticorruption.statistics.monthly.FigureCorrections;
import th.bma.anticorruption.statistics.monthly.MonthlyStatisticsQueries;
import th.bma.anticorruption.statistics.monthly.PeriodFigures;
import th.bma.anticorruption.statistics.monthly.StatisticsCalendar;
import th.bma.anticorruption.statistics.report.MonthlyReport;

/**
 * Keeps each month's report as an edition that never changes, and tells what has changed since.
 * <p>
 * {@link #takeDueEditions()} runs on a schedule: once a Bangkok month has ended and {@code settle} has passed (time
 * for events the platform learned before the end to be consumed), the month's figures as they stood at its last
 * instant ({@link StatisticsCalendar#endOf(YearMonth)}, from the history, so the same whenever it runs) are kept as
 * edition {@value #MONTH_END}. It is idempotent across restarts and instances: the edition's key is written once,
 * and a second writer's duplicate changes nothing. A service that was down over several month ends takes the missed
 * months after the latest edition kept; a service that has never taken one starts with the month just ended. A month
 * that ended before the history of changes began ({@link MonthlyStatisticsQueries#historySince()}: a read model
 * upgraded, not rebuilt) gets no edition: its figures at its end are not known.
 */
public class MonthEditions {

    /** The number of the edition taken at a month's end. */
    public static final int MONTH_END = 1;

    private final MonthEditionArchive store;
    private final MonthlyStatisticsQueries queries;
    private final Clock clock;
    private final Duration settle;

    public MonthEditions(MonthEditionArchive store, MonthlyStatisticsQueries queries, Clock clock, Duration settle) {
        this.store = store;
        this.queries = queries;
        this.clock = clock;
        this.settle = settle;
    }

    /** Takes every month-end edition that is due and not kept yet; returns the months it kept. */
    public List<YearMonth> takeDueEditions() {
        Instant now = clock.instant();
        YearMonth lastDue = StatisticsCalendar.monthOf(now.minus(settle)).minusMonths(1);
        YearMonth month = store.latestMonth().map(latest -> latest.plusMonths(1)).orElse(lastDue);
        Instant historySince = queries.historySince();
        List<YearMonth> kept = new ArrayList<>();
        for (; !month.isAfter(lastDue); month = month.plusMonths(1)) {
            if (StatisticsCalendar.endOf(month).isAfter(historySince) && store.keep(monthEnd(month, now))) {
                kept.add(month);
            }
        }
        return kept;
    }

    public List<MonthEdition> editions(YearMonth month) {
        return store.editions(month);
    }

    public Optional<MonthEdition> edition(YearMonth month, int number) {
        return store.edition(month, number);
    }

    /** The live figures of the edition's month minus the edition's. */
    public FigureCorrections corrections(MonthEdition edition) {
        YearMonth month = StatisticsCalendar.parseMonth(edition.month())
                .orElseThrow(() -> new IllegalStateException("an edition's month is yyyy-MM"));
        MonthlyStatistics live = queries.month(month);
        return FigureCorrections.between(PeriodFigures.of(edition.figures()), PeriodFigures.of(live), live.asOf());
    }

    private MonthEdition monthEnd(YearMonth month, Instant now) {
        Instant asOf = StatisticsCalendar.endOf(month);
        MonthlyStatistics figures = queries.monthAsOf(month, asOf);
        return new MonthEdition(StatisticsCalendar.key(month), MONTH_END, figures.asOf(),
                OffsetDateTime.ofInstant(now, StatisticsCalendar.BANGKOK), figures,
                MonthlyReport.render(figures, null, MonthlyReport.Language.TH, false),
                MonthlyReport.render(figures, null, MonthlyReport.Language.EN, false));
    }
}
