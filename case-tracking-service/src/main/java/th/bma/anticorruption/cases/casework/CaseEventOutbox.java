package th.bma.anticorruption.cases.casework;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import th.bma.anticorruption.cases.lifecycle.ComplaintCase;
import th.bma.anticorruption.cases.lifecycle.PendingEvent;
import th.bma.anticorruption.cases.store.CaseStore;
import th.bma.anticorruption.support.messaging.EventBatchPublisher;

/**
 * Sends the events recorded on stored cases and forgets each one only after the broker acknowledged it. The events of
 * many cases (a consumer's batch, a relay pass) are sent together and awaited once, then forgotten with one write.
 * What a failed send or a crash left on a case is {@link #relay sent again} later with the same event id; consumers
 * de-duplicate by event id, so delivery is at least once and effect exactly once. This closes the gap between storing
 * a change and announcing it without transactions.
 */
@Service
public class CaseEventOutbox {

    private static final Logger log = LoggerFactory.getLogger(CaseEventOutbox.class);

    private final CaseStore store;
    private final CaseEvents events;
    private final EventBatchPublisher publisher;
    private final Clock clock;

    public CaseEventOutbox(CaseStore store, CaseEvents events, EventBatchPublisher publisher, Clock clock) {
        this.store = store;
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Sends the case's pending events in the order they were recorded; returns whether none is left pending. */
    public boolean publishPending(ComplaintCase c) {
        return publishPending(List.of(c)) == 0;
    }

    /**
     * Sends the pending events of all these cases together, each case's in the order they were recorded, and forgets
     * those the broker acknowledged (per case only up to its first refused one, which is sent again later with the
     * ones after it). Returns how many events are left pending.
     */
    public int publishPending(List<ComplaintCase> cases) {
        List<EventBatchPublisher.Outgoing> outgoing = new ArrayList<>();
        List<ComplaintCase> owners = new ArrayList<>();
        for (ComplaintCase c : cases) {
            for (PendingEvent pending : c.pendingEvents()) {
                outgoing.add(new EventBatchPublisher.Outgoing(CaseEvents.kindOf(pending).binding(),
                        events.eventOf(pending), pending.traceparent()));
                owners.add(c);
            }
        }
        if (outgoing.isEmpty()) {
            return 0;
        }
        List<Boolean> acknowledged = publisher.sendAll(outgoing);
        Map<String, List<String>> forgotten = new LinkedHashMap<>();
        Map<String, Boolean> refused = new LinkedHashMap<>();
        int left = 0;
        for (int i = 0; i < outgoing.size(); i++) {
            ComplaintCase c = owners.get(i);
            String eventId = outgoing.get(i).event().eventId().toString();
            if (acknowledged.get(i) && !refused.containsKey(c.id())) {
                forgotten.computeIfAbsent(c.id(), id -> new ArrayList<>()).add(eventId);
            } else {
                if (!refused.containsKey(c.id())) {
                    log.warn("Case {}: sending event {} failed; the relay will send it again", c.id(), eventId);
                }
                refused.put(c.id(), true);
                left++;
            }
        }
        store.forgetAllPublishedEvents(forgotten);
        for (ComplaintCase c : cases) {
            List<String> sent = forgotten.get(c.id());
            if (sent != null) {
                c.forgetPublished(sent);
            }
        }
        return left;
    }

    /**
     * One pass of the relay over cases holding events recorded more than {@code grace} ago (younger ones are
     * probably still being sent by the writer that recorded them): their events are sent together. Returns how many
     * events it sent.
     */
    public int relay(Duration grace, int batchSize) {
        List<ComplaintCase> cases = store.withEventsPendingSince(clock.instant().minus(grace), batchSize);
        int pending = cases.stream().mapToInt(c -> c.pendingEvents().size()).sum();
        int sent = pending - publishPending(cases);
        if (sent > 0) {
            log.info("Case event relay sent {} pending events again", sent);
        }
        return sent;
    }
}
