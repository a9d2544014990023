package th.bma.anticorruption.cases.casework;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import th.bma.anticorruption.cases.lifecycle.ComplaintCase;
import th.bma.anticorruption.support.outbox.Outbox;
import th.bma.anticorruption.support.outbox.OutboxBatch;

/**
 * Sends the events recorded on stored cases through the platform's {@link Outbox} over the {@link CaseEventStore}:
 * the events of many cases (a consumer's batch) are sent together and awaited once, and each case whose events were
 * all acknowledged has them forgotten, all such cases in one write. A case with an event the broker refused keeps
 * all its events, in order, for the outbox relay to send again later with the same event ids; consumers de-duplicate
 * by event id, so delivery is at least once and effect exactly once.
 */
@Service
public class CaseEventOutbox {

    private static final Logger log = LoggerFactory.getLogger(CaseEventOutbox.class);

    private final Outbox<ComplaintCase> outbox;
    private final CaseEventStore store;

    public CaseEventOutbox(Outbox<ComplaintCase> outbox, CaseEventStore store) {
        this.outbox = outbox;
        this.store = store;
    }

    /** Sends the case's pending events in the order they were recorded. */
    public void publishPending(ComplaintCase c) {
        publishPending(List.of(c));
    }

    /** Sends the pending events of all these cases together and forgets, on each case sent in full, what was sent. */
    public void publishPending(List<ComplaintCase> cases) {
        List<ComplaintCase> pending = cases.stream().filter(c -> !c.pendingEvents().isEmpty()).toList();
        if (pending.isEmpty()) {
            return;
        }
        List<OutboxBatch> batches = pending.stream().map(store::batchOf).toList();
        List<Boolean> marked = outbox.sendAndMark(batches);
        for (int i = 0; i < pending.size(); i++) {
            if (marked.get(i)) {
                pending.get(i).forgetPublished(batches.get(i).events().stream()
                        .map(event -> event.eventId().toString()).toList());
            } else {
                log.warn("Case {}: {} events not acknowledged; the outbox relay will send them again",
                        pending.get(i).id(), batches.get(i).events().size());
            }
        }
    }
}
