package th.bma.anticorruption.intake.complaint;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.bma.anticorruption.contracts.IntegrationEvent;
import th.bma.anticorruption.support.messaging.EventPublisher;

/**
 * Stores records with their events and publishes the events without a dual-write gap, on a MongoDB without
 * transactions: a batch is registered in {@link PendingEvents} before its records are inserted, its events are
 * sent, and the registration is deleted only once the broker acknowledged every one of them. Whatever is still
 * registered after the grace period (broker down, process killed anywhere in between) is
 * {@link #relayPending republished} with the event ids stored with the records, so consumers, who de-duplicate by
 * event id, see each event once.
 */
public class EventOutbox {

    private static final Logger log = LoggerFactory.getLogger(EventOutbox.class);

    private final OutboxDocuments documents;
    private final PendingEvents pending;
    private final EventPublisher publisher;
    private final BulkEventSender bulk;

    public EventOutbox(OutboxDocuments documents, PendingEvents pending, EventPublisher publisher, BulkEventSender bulk) {
        this.documents = documents;
        this.pending = pending;
        this.publisher = publisher;
        this.bulk = bulk;
    }

    /**
     * Stores one record and publishes its event (a request: through {@link EventPublisher}, synchronously).
     * Returns false, storing and publishing nothing, if the record was already there. A failed publish leaves the
     * record stored and its event pending for the relay.
     */
    public boolean store(OutboxCollection kind, Document document, IntegrationEvent event) {
        String batch = pending.open(kind, List.of(entryOf(document)));
        if (!documents.insert(kind, document)) {
            pending.done(batch);
            return false;
        }
        if (send(kind, event)) {
            pending.done(batch);
        }
        return true;
    }

    /**
     * Stores many records in one unordered insert and publishes the events of those inserted in one go; returns the
     * indexes (in {@code records}) that were duplicates. {@code events.get(i)} is the event stored in
     * {@code records.get(i)}.
     */
    public Set<Integer> storeAll(OutboxCollection kind, List<Document> records, List<SerializedEvent> events) {
        if (records.isEmpty()) {
            return Set.of();
        }
        List<PendingEvents.Entry> entries = new ArrayList<>(records.size());
        for (Document record : records) {
            entries.add(entryOf(record));
        }
        String batch = pending.open(kind, entries);
        Set<Integer> duplicates = documents.insertMany(kind, records);
        List<SerializedEvent> fresh = new ArrayList<>(events.size() - duplicates.size());
        for (int i = 0; i < events.size(); i++) {
            if (!duplicates.contains(i)) {
                fresh.add(events.get(i));
            }
        }
        if (fresh.isEmpty() || bulk.sendSerialized(kind.topic(), fresh).stream().allMatch(Boolean::booleanValue)) {
            pending.done(batch);
        }
        return duplicates;
    }

    /** One pass of the relay: republishes the batches pending for longer than {@code grace}; returns how many events. */
    public int relayPending(Duration grace, int batches) {
        int published = 0;
        for (PendingEvents.Batch batch : pending.olderThan(grace, batches)) {
            List<SerializedEvent> events = new ArrayList<>();
            for (PendingEvents.Entry entry : batch.entries()) {
                Optional<Document> record = documents.find(batch.kind(), entry.recordId())
                        .filter(d -> entry.eventId().equals(d.getString("eventId")));
                record.ifPresent(d -> events.add(documents.eventOf(batch.kind(), d)));
            }
            if (events.isEmpty() || bulk.sendSerialized(batch.kind().topic(), events).stream().allMatch(Boolean::booleanValue)) {
                pending.done(batch.id());
                published += events.size();
                log.info("Outbox relay republished {} pending {} events", events.size(), batch.kind());
            }
        }
        return published;
    }

    private static PendingEvents.Entry entryOf(Document record) {
        return new PendingEvents.Entry(record.getString("_id"), record.getString("eventId"));
    }

    private boolean send(OutboxCollection kind, IntegrationEvent event) {
        try {
            return publisher.publish(kind.binding(), event);
        } catch (RuntimeException e) {
            // The exception's message may quote the payload: log only its type.
            log.warn("Publishing {} event {} failed ({}); the outbox relay will retry", kind, event.eventId(),
                    e.getClass().getSimpleName());
            return false;
        }
    }
}
