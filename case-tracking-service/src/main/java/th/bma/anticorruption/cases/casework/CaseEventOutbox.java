package th.bma.anticorruption.cases.casework;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.opentelemetry.context.Scope;
import th.bma.anticorruption.cases.lifecycle.ComplaintCase;
import th.bma.anticorruption.cases.lifecycle.PendingEvent;
import th.bma.anticorruption.cases.store.CaseStore;
import th.bma.anticorruption.support.messaging.EventPublisher;
import th.bma.anticorruption.support.observability.TraceParent;

/**
 * Sends the events recorded on a stored case and forgets each one only after the broker acknowledged it (the
 * bindings are {@code sync: true}). What a failed send or a crash left on a case is {@link #relay sent again} later
 * with the same event id; consumers de-duplicate by event id, so delivery is at least once and effect exactly once.
 * This closes the gap between storing a change and announcing it without transactions.
 */
@Service
public class CaseEventOutbox {

    private static final Logger log = LoggerFactory.getLogger(CaseEventOutbox.class);

    private final CaseStore store;
    private final CaseEvents events;
    private final EventPublisher publisher;
    private final Clock clock;

    public CaseEventOutbox(CaseStore store, CaseEvents events, EventPublisher publisher, Clock clock) {
        this.store = store;
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Sends the case's pending events in the order they were recorded, stopping at the first the broker does not
     * take; returns whether none is left pending.
     */
    public boolean publishPending(ComplaintCase c) {
        List<String> acknowledged = new ArrayList<>();
        boolean all = true;
        for (PendingEvent pending : c.pendingEvents()) {
            if (!send(c, pending)) {
                all = false;
                break;
            }
            acknowledged.add(pending.eventId());
        }
        if (!acknowledged.isEmpty()) {
            store.forgetPublishedEvents(c.id(), acknowledged);
            c.forgetPublished(acknowledged);
        }
        return all;
    }

    /**
     * One pass of the relay over cases holding events recorded more than {@code grace} ago (younger ones are
     * probably still being sent by the writer that recorded them); stops at the first case whose events the broker
     * refuses. Returns how many events it sent.
     */
    public int relay(Duration grace, int batchSize) {
        int sent = 0;
        for (ComplaintCase c : store.withEventsPendingSince(clock.instant().minus(grace), batchSize)) {
            int before = c.pendingEvents().size();
            boolean all = publishPending(c);
            sent += before - c.pendingEvents().size();
            if (!all) {
                break;
            }
        }
        if (sent > 0) {
            log.info("Case event relay sent {} pending events again", sent);
        }
        return sent;
    }

    private boolean send(ComplaintCase c, PendingEvent pending) {
        // The relay's thread has no trace of its own: the event continues the trace of the change that recorded it.
        try (Scope trace = TraceParent.current() == null ? TraceParent.resume(pending.traceparent()) : Scope.noop()) {
            return publisher.publish(CaseEvents.kindOf(pending).binding(), events.eventOf(pending));
        } catch (RuntimeException e) {
            log.warn("Case {}: sending {} event {} failed ({}); the relay will send it again", c.id(), pending.kind(),
                    pending.eventId(), e.getClass().getSimpleName());
            return false;
        }
    }
}
