package th.bma.anticorruption.intake.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;

import th.bma.anticorruption.support.outbox.OutboxBatch;
import th.bma.anticorruption.support.outbox.OutboxEvent;
import th.bma.anticorruption.support.outbox.OutboxStore;

/**
 * One outbox collection of intake ({@link OutboxCollection}) as an {@link OutboxStore}, on a MongoDB without
 * transactions: a batch is registered in {@link PendingEvents} <em>before</em> its documents are inserted in one
 * unordered insert (a duplicate key means the channel record was already taken), and the registration is deleted once
 * the broker acknowledged every event. A batch still registered after the grace period is read back by id: the
 * documents that carry the event id the batch stored (not a duplicate's, not one never inserted) are its events.
 */
public class OutboxRecords implements OutboxStore<Document> {

    private final OutboxCollection kind;
    private final OutboxDocuments documents;
    private final PendingEvents pending;

    public OutboxRecords(OutboxCollection kind, OutboxDocuments documents, PendingEvents pending) {
        this.kind = kind;
        this.documents = documents;
        this.pending = pending;
    }

    @Override
    public Stored store(List<Document> records) {
        List<PendingEvents.Entry> entries = new ArrayList<>(records.size());
        for (Document record : records) {
            entries.add(new PendingEvents.Entry(record.getString("_id"), record.getString("eventId")));
        }
        String batchId = pending.open(kind, entries);
        Set<Integer> duplicates = documents.insertMany(kind, records);
        List<OutboxEvent> events = new ArrayList<>(records.size() - duplicates.size());
        for (int i = 0; i < records.size(); i++) {
            if (!duplicates.contains(i)) {
                events.add(documents.eventOf(kind, records.get(i)));
            }
        }
        return new Stored(new OutboxBatch(batchId, events), duplicates);
    }

    @Override
    public void markSent(List<OutboxBatch> batches) {
        pending.done(batches.stream().map(OutboxBatch::id).toList());
    }

    @Override
    public List<OutboxBatch> unmarkedBefore(Instant before, int limit) {
        List<OutboxBatch> unmarked = new ArrayList<>();
        for (PendingEvents.Batch batch : pending.registeredBefore(kind, before, limit)) {
            Map<String, Document> stored = new HashMap<>();
            for (Document document : documents.findAll(kind,
                    batch.entries().stream().map(PendingEvents.Entry::recordId).toList())) {
                stored.put(document.getString("_id"), document);
            }
            List<OutboxEvent> events = new ArrayList<>();
            for (PendingEvents.Entry entry : batch.entries()) {
                Document document = stored.get(entry.recordId());
                if (document != null && entry.eventId().equals(document.getString("eventId"))) {
                    events.add(documents.eventOf(kind, document));
                }
            }
            unmarked.add(new OutboxBatch(batch.id(), events));
        }
        return unmarked;
    }
}
