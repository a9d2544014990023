package th.bma.anticorruption.routing.decision;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.opentelemetry.context.Scope;
import th.bma.anticorruption.support.observability.TraceParent;

/**
 * Publishes decisions that were stored but never acknowledged by the broker: an officer's decision made while the
 * broker was away, or an initial decision whose delivery ran out of retries. The event is the stored one, same event
 * id, so consumers that saw it already ignore it.
 */
@Component
public class DecisionRepublisher {

    private static final Logger log = LoggerFactory.getLogger(DecisionRepublisher.class);
    private static final int BATCH = 100;

    private final DecisionStore store;
    private final DecisionPublisher publisher;
    private final Clock clock;
    private final Duration grace;

    public DecisionRepublisher(DecisionStore store, DecisionPublisher publisher, Clock clock,
            @Value("${routing.republish.grace:PT10S}") Duration grace) {
        this.store = store;
        this.publisher = publisher;
        this.clock = clock;
        this.grace = grace;
    }

    /** Returns how many decisions were published. */
    @Scheduled(fixedDelayString = "${routing.republish.interval:PT15S}",
            initialDelayString = "${routing.republish.interval:PT15S}")
    public int republishPending() {
        int published = 0;
        for (RoutingDecision decision : store.unpublished(clock.instant().minus(grace), BATCH)) {
            // The scheduler's thread has no trace: the event continues the trace that made the decision.
            try (Scope trace = TraceParent.current() == null ? TraceParent.resume(decision.traceparent()) : Scope.noop()) {
                publisher.publish(decision.event());
                store.markPublished(decision, clock.instant());
                published++;
            } catch (RuntimeException e) {
                log.warn("Decision {} still not published: {}", decision.id(), e.getMessage());
                break;
            }
        }
        return published;
    }
}
