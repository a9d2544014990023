package th.bma.anticorruption.statistics.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.scheduling.annotation.Scheduled;

import th.bma.anticorruption.contracts.MonthlyStatistics;
import th.bma.anticorruption.statistics.monthly.DirtyMonths;
import th.bma.anticorruption.statistics.monthly.MonthlyStatisticsPublished;
import th.bma.anticorruption.statistics.monthly.MonthlyStatisticsQueries;
import th.bma.anticorruption.statistics.monthly.PeriodFigures;
import th.bma.anticorruption.statistics.monthly.StatisticsCalendar;
import th.bma.anticorruption.statistics.readmodel.PublishedMonths;
import th.bma.anticorruption.statistics.readmodel.StatisticsReadModel;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes a month's {@link MonthlyStatistics} on the compacted topic {@code statistics.monthly.v1} (Kafka key
 * {@code yyyy-MM}) whenever its figures change. Debounced: consumers only mark months dirty, and every
 * {@code statistics.publish-interval-ms} the dirty months are recomputed from the read model and compared with what
 * was last published; unchanged figures are not sent again. All changed months are recomputed together
 * ({@link MonthlyStatisticsQueries#months}). With a quiet period (the {@code rebuild} profile) the publisher waits until
 * no month has been marked for that long, or at most {@code maxWait} since its last round, so a replay that marks every
 * month with every batch does not recompute them all every few seconds. After each successful publication a
 * {@link MonthlyStatisticsPublished} application event tells in-process readers (the live stream).
 */
public class MonthlyStatisticsPublisher {

    public static final String BINDING = "monthlyStatistics-out-0";

    private static final Logger log = LoggerFactory.getLogger(MonthlyStatisticsPublisher.class);

    private final DirtyMonths dirtyMonths;
    private final MonthlyStatisticsQueries queries;
    private final StatisticsReadModel readModel;
    private final PublishedMonths publishedMonths;
    private final StreamBridge streamBridge;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Pacing pacing;
    private long lastRoundNanos = System.nanoTime();

    /** How long the marks must pause before a round ({@code ZERO}: every interval), and the longest wait. */
    public record Pacing(Duration quiet, Duration maxWait) {
    }

    public MonthlyStatisticsPublisher(DirtyMonths dirtyMonths, MonthlyStatisticsQueries queries,
            StatisticsReadModel readModel, PublishedMonths publishedMonths, StreamBridge streamBridge, JsonMapper json,
            Clock clock, ApplicationEventPublisher events, Pacing pacing) {
        this.dirtyMonths = dirtyMonths;
        this.queries = queries;
        this.readModel = readModel;
        this.publishedMonths = publishedMonths;
        this.streamBridge = streamBridge;
        this.json = json;
        this.clock = clock;
        this.events = events;
        this.pacing = pacing;
    }

    /** At start-up every known month is checked once, in case a change was counted but not yet published. */
    public void checkAllMonths() {
        dirtyMonths.mark(readModel.months());
    }

    /** "Due within 7 days" moves with time alone: recheck the months that still have open deadlines. */
    @Scheduled(fixedDelayString = "${statistics.deadline-recheck-interval-ms:3600000}",
            initialDelayString = "${statistics.deadline-recheck-interval-ms:3600000}")
    public void recheckOpenDeadlines() {
        dirtyMonths.mark(readModel.monthsWithOpenDeadlines());
    }

    @Scheduled(fixedDelayString = "${statistics.publish-interval-ms:250}")
    public void publishChangedMonths() {
        if (!pacing.quiet().isZero() && !dirtyMonths.quietFor(pacing.quiet())
                && System.nanoTime() - lastRoundNanos < pacing.maxWait().toNanos()) {
            return;
        }
        lastRoundNanos = System.nanoTime();
        Set<YearMonth> months = dirtyMonths.drain();
        if (months.isEmpty()) {
            return;
        }
        Map<YearMonth, MonthlyStatistics> computed;
        try {
            computed = queries.months(months);
        } catch (RuntimeException e) {
            dirtyMonths.mark(months);
            log.warn("Computing the statistics of {} months failed; will retry", months.size(), e);
            return;
        }
        computed.forEach((month, statistics) -> {
            try {
                publishIfChanged(month, statistics);
            } catch (RuntimeException e) {
                dirtyMonths.mark(List.of(month));
                log.warn("Publishing the statistics of {} failed; will retry", StatisticsCalendar.key(month), e);
            }
        });
    }

    private void publishIfChanged(YearMonth month, MonthlyStatistics statistics) {
        String figures = json.writeValueAsString(PeriodFigures.of(statistics));
        if (publishedMonths.lastFigures(month).filter(figures::equals).isPresent()) {
            return;
        }
        boolean sent = streamBridge.send(BINDING, MessageBuilder.withPayload(statistics)
                .setHeader(KafkaHeaders.KEY, statistics.month().getBytes(StandardCharsets.UTF_8))
                .build());
        if (!sent) {
            throw new IllegalStateException("the binder did not accept the statistics of " + statistics.month());
        }
        publishedMonths.published(month, figures, clock.instant());
        events.publishEvent(new MonthlyStatisticsPublished(statistics));
        log.debug("Published the statistics of {}: {} complaints", statistics.month(), statistics.received());
    }
}
