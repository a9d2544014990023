package th.bma.anticorruption.intake.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

/**
 * The outbox's to-do list: one document per batch of records whose events are not yet acknowledged by the broker,
 * written <em>before</em> the records and deleted, by its id, once every event of the batch was acknowledged. A batch
 * of 1,000 imported rows costs one insert and one delete here, however many records it holds, instead of a
 * per-record "published" flag (whose {@code updateMany $in} was the import's largest cost on the embedded MongoDB).
 * <p>
 * Each entry names the records by id together with the event id they were stored with: a record that was already
 * there (a duplicate) carries another event id, and a record that was never inserted (a crash in between) is not
 * found, so the relay republishes exactly the events this batch stored.
 */
public class PendingEvents {

    static final String COLLECTION = "outboxPending";

    private final MongoCollection<Document> pending;
    private final Clock clock;

    public PendingEvents(MongoTemplate mongo, Clock clock) {
        this.pending = mongo.getCollection(COLLECTION);
        this.clock = clock;
    }

    /** A batch whose events are still to be acknowledged. */
    public record Batch(String id, OutboxCollection kind, List<Entry> entries) {
    }

    /** One record of a batch: its id and the id of the event stored with it. */
    public record Entry(String recordId, String eventId) {
    }

    /** Registers a batch before its records are written; returns the batch id to {@link #done} it with. */
    public String open(OutboxCollection kind, List<Entry> entries) {
        String id = UUID.randomUUID().toString();
        List<Document> records = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            records.add(new Document("id", entry.recordId()).append("eventId", entry.eventId()));
        }
        pending.insertOne(new Document("_id", id).append("kind", kind.name())
                .append("since", Date.from(clock.instant())).append("records", records));
        return id;
    }

    /** Every event of these batches was acknowledged (or they stored nothing): one round trip. */
    public void done(List<String> batchIds) {
        pending.deleteMany(Filters.in("_id", batchIds));
    }

    /** Batches of {@code kind} registered at or before {@code before} (no longer in flight), oldest first. */
    public List<Batch> registeredBefore(OutboxCollection kind, Instant before, int limit) {
        List<Batch> found = new ArrayList<>();
        pending.find(Filters.and(Filters.eq("kind", kind.name()), Filters.lte("since", Date.from(before))))
                .sort(Sorts.ascending("since")).limit(limit).forEach(document -> {
            List<Entry> entries = new ArrayList<>();
            for (Document record : document.getList("records", Document.class)) {
                entries.add(new Entry(record.getString("id"), record.getString("eventId")));
            }
            found.add(new Batch(document.getString("_id"), OutboxCollection.valueOf(document.getString("kind")), entries));
        });
        return found;
    }

    public long count() {
        return pending.countDocuments();
    }
}
