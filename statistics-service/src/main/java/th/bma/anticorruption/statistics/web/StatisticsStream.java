package th.bma.anticorruption.statistics.web;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import th.bma.anticorruption.contracts.MonthlyStatistics;
import th.bma.anticorruption.statistics.monthly.MonthlyStatisticsPublished;
import th.bma.anticorruption.statistics.monthly.MonthlyStatisticsQueries;

/**
 * The open server-sent-event streams of monthly figures. Each stream starts with the current Bangkok month and then
 * gets every month this instance publishes on {@code statistics.monthly.v1}, as {@code monthly} events carrying the
 * same JSON as the topic. It is fed in process, after each successful publication: with several instances, each
 * streams only what it publishes itself (a consumer of the topic in a per-instance group would be needed then).
 */
@Component
class StatisticsStream {

    static final String EVENT_NAME = "monthly";

    private final Set<SseEmitter> emitters = ConcurrentHashMap.newKeySet();
    private final MonthlyStatisticsQueries queries;
    private final long timeoutMillis;

    StatisticsStream(MonthlyStatisticsQueries queries,
            @Value("${statistics.stream.timeout-ms:1800000}") long timeoutMillis) {
        this.queries = queries;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * Opens a stream. Synchronised with {@link #published} so that the current month is computed and sent before
     * any later publication reaches this stream and none is missed in between.
     */
    synchronized SseEmitter open() throws IOException {
        SseEmitter emitter = new SseEmitter(timeoutMillis);
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(emitter::complete);
        emitter.onError(error -> emitters.remove(emitter));
        emitter.send(event(queries.month(queries.currentMonth())));
        emitters.add(emitter);
        return emitter;
    }

    @EventListener
    synchronized void published(MonthlyStatisticsPublished published) {
        sendToAll(event(published.statistics()));
    }

    /** Ends every stream when the service stops, so that graceful shutdown does not wait for them (clients reopen). */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        emitters.forEach(SseEmitter::complete);
    }

    /** A comment now and then, so that no proxy closes a stream that is idle because nothing changed. */
    @Scheduled(fixedRateString = "${statistics.stream.heartbeat-interval-ms:15000}")
    void heartbeat() {
        sendToAll(SseEmitter.event().comment("heartbeat"));
    }

    private void sendToAll(SseEmitter.SseEventBuilder event) {
        for (SseEmitter emitter : emitters) {
            try {
                emitter.send(event);
            } catch (IOException | IllegalStateException gone) {
                // The client went away or the stream completed; Spring completes the emitter itself.
                emitters.remove(emitter);
            }
        }
    }

    private static SseEmitter.SseEventBuilder event(MonthlyStatistics statistics) {
        return SseEmitter.event().name(EVENT_NAME).id(statistics.month() + "@" + statistics.asOf())
                .data(statistics, MediaType.APPLICATION_JSON);
    }
}
