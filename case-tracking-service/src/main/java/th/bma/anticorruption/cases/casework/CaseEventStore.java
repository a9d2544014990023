package th.bma.anticorruption.cases.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import th.bma.anticorruption.cases.lifecycle.ComplaintCase;
import th.bma.anticorruption.cases.store.CaseStore;
import th.bma.anticorruption.support.outbox.OutboxBatch;
import th.bma.anticorruption.support.outbox.OutboxEvent;
import th.bma.anticorruption.support.outbox.OutboxStore;

/**
 * The cases as the platform's outbox store: a case's events are recorded on it ({@code pendingEvents}) and stored in
 * the same document write as the change they announce, so they are as durable as the change. A case's pending events
 * are one batch, named by the case id; every case event is keyed by its case id, so a batch is marked sent by pulling
 * its events, by event id, from the cases its events are keyed by (one bulk write for all batches). A writer holding
 * an older copy may store an event back after it was pulled; the relay then sends it once more, and consumers
 * de-duplicate by event id. The relay finds what is pending through a marker per case holding pending events
 * ({@code cases_pending}, kept by {@link CaseStore}), so a pass costs what is unsent, not the number of cases.
 */
@Component
public record CaseEventStore(CaseStore cases, CaseEvents events) implements OutboxStore<ComplaintCase> {

    /** Inserts newly opened cases; a case whose complaint already has one is a duplicate and carries no event. */
    @Override
    public Stored store(List<ComplaintCase> opened) {
        Set<String> refused = cases.insertAll(opened);
        Set<Integer> duplicates = new HashSet<>();
        List<String> ids = new ArrayList<>();
        List<OutboxEvent> stored = new ArrayList<>();
        for (int i = 0; i < opened.size(); i++) {
            ComplaintCase c = opened.get(i);
            if (refused.contains(c.id())) {
                duplicates.add(i);
            } else {
                ids.add(c.id());
                stored.addAll(batchOf(c).events());
            }
        }
        return new Stored(new OutboxBatch(String.join(",", ids), stored), duplicates);
    }

    @Override
    public void markSent(List<OutboxBatch> batches) {
        Map<String, List<String>> eventIdsByCase = new LinkedHashMap<>();
        for (OutboxBatch batch : batches) {
            for (OutboxEvent event : batch.events()) {
                eventIdsByCase.computeIfAbsent(event.key(), id -> new ArrayList<>()).add(event.eventId().toString());
            }
        }
        cases.forgetAllPublishedEvents(eventIdsByCase);
    }

    /** Cases holding an event recorded before {@code before} and not yet acknowledged, a batch each, oldest first. */
    @Override
    public List<OutboxBatch> unmarkedBefore(Instant before, int limit) {
        return cases.withEventsPendingSince(before, limit).stream().map(this::batchOf).toList();
    }

    /** The case's pending events, in the order they were recorded. */
    public OutboxBatch batchOf(ComplaintCase c) {
        return new OutboxBatch(c.id(), c.pendingEvents().stream().map(pending -> events.outboxEventOf(c, pending))
                .toList());
    }
}
