package th.bma.anticorruption.intake.complaint;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.bma.anticorruption.contracts.IntegrationEvent;
import th.bma.anticorruption.support.messaging.EventPublisher;

/**
 * Publishes the event stored in an outbox document and marks the document published only after the broker
 * acknowledged it (the bindings are {@code sync: true}). What is left unpublished (broker down, process killed
 * between insert and publish) {@link #relayUnpublished is published again} with the same event id, so consumers,
 * who de-duplicate by event id, see it once. This closes the dual-write gap without transactions.
 */
public class EventOutbox {

    private static final Logger log = LoggerFactory.getLogger(EventOutbox.class);

    private final OutboxDocuments documents;
    private final EventPublisher publisher;
    private final BulkEventSender bulk;

    public EventOutbox(OutboxDocuments documents, EventPublisher publisher, BulkEventSender bulk) {
        this.documents = documents;
        this.publisher = publisher;
        this.bulk = bulk;
    }

    /** Publishes now; false (and the document stays unpublished for the relay) if the broker did not take it. */
    public boolean publish(OutboxCollection kind, String id, IntegrationEvent event) {
        if (!send(kind, event)) {
            return false;
        }
        documents.markPublished(kind, List.of(id));
        return true;
    }

    /** Publishes many events in one go and marks those the broker acknowledged; returns how many were. */
    public int publishAll(OutboxCollection kind, List<String> ids, List<? extends IntegrationEvent> events) {
        if (events.isEmpty()) {
            return 0;
        }
        List<Boolean> sent = bulk.sendAll(kind.topic(), events);
        List<String> acknowledged = new ArrayList<>(ids.size());
        for (int i = 0; i < sent.size(); i++) {
            if (sent.get(i)) {
                acknowledged.add(ids.get(i));
            }
        }
        documents.markPublished(kind, acknowledged);
        return acknowledged.size();
    }

    /** One pass of the relay over every outbox collection; returns how many events it published. */
    public int relayUnpublished(Duration grace, int batchSize) {
        int published = 0;
        for (OutboxCollection kind : OutboxCollection.values()) {
            List<Document> pending = documents.unpublished(kind, grace, batchSize);
            if (pending.isEmpty()) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            List<IntegrationEvent> events = new ArrayList<>();
            for (Document document : pending) {
                ids.add(document.getString("_id"));
                events.add(documents.eventOf(kind, document));
            }
            int sent = publishAll(kind, ids, events);
            log.info("Outbox relay republished {} of {} pending {} events", sent, pending.size(), kind);
            published += sent;
        }
        return published;
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
