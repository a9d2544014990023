package th.bma.anticorruption.support.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The records of an {@link OutboxStore} whose events the broker has not acknowledged yet, one small marker each in a
 * collection of their own, keyed by the record's id, so the relay reads what is unsent and not every record ever
 * stored (the embedded MongoDB answers a query on a field of the records by reading their whole collection). A marker
 * holds since when the record's oldest unsent event waits ({@code since}, what the grace period is measured from,
 * indexed), a random {@code write}, new each time the marker is written, and for records that change after they are
 * stored the highest {@code revision} written with unsent events.
 * <p>
 * Without transactions, a marker and its record are two writes. The store keeps one rule, <em>a record holding
 * unsent events has its marker</em>, by writing and deleting them in this order, which makes every way of half-doing
 * them, and every interleaving with the sender and the relay, safe:
 * <ul>
 * <li>a writer writes the marker <em>before</em> the record ({@link #mark}, {@link #markRevisions}): a crash after the
 * record's write leaves both, and the relay sends the events;</li>
 * <li>a crash between the two leaves a marker without a record, which the relay deletes ({@link #clearUnchanged})
 * once it is older than the grace period, and only while it still carries the {@code write} the relay read: a
 * redelivery that stores the same record (same id) writes the marker again first, with a new {@code write}, so the
 * relay cannot delete a marker someone is about to need. A writer that paused between its marker and its record for
 * longer than the grace period could lose its marker this way; the grace period is at least the longest a send can
 * take, a pause that long is taken as a crash;</li>
 * <li>a record stored once and never changed (a routing decision) is marked sent in the record first, and its marker
 * deleted after ({@link #clear}): a crash between leaves a marker on a record already sent, which the relay deletes
 * without sending anything. {@link #mark} sets {@code since} to when the record was made, so a record stored again (a
 * redelivery) moves its marker out of the relay's reach for a grace period;</li>
 * <li>a record that changes after it is stored (a case) is written at a rising revision, and every write of it
 * holding unsent events first raises its marker's {@code revision} to the one it is stored with, never lowering it
 * ({@link #markRevisions}). A marker is deleted only after its record was read without unsent events at some
 * revision, and only if the marker's revision is not above it ({@link #clearAt}). The only write that may change such
 * a record without raising its revision is the sender's removal of acknowledged events, which adds none. So a writer
 * storing new events after that read stores them at a higher revision and wrote that revision into the marker first:
 * before the delete, which then finds a higher revision and deletes nothing, or after it, writing the marker anew.</li>
 * </ul>
 * A record stored again after it was marked sent gets its marker again and is sent once more; consumers de-duplicate
 * by event id.
 * <p>
 * Records stored before their store kept markers get theirs once, at the first relay pass
 * ({@link #markEarlierRecordsOnce}), noted by a document of its own in the collection, without {@code since}, so no
 * relay pass reads it as a marker.
 */
public class PendingMarkers {

    private static final String ID = "_id";
    private static final String SINCE = "since";
    private static final String REVISION = "revision";
    private static final String WRITE = "write";

    private final MongoTemplate mongo;
    private final String collection;
    private final String earlierRecordsNote;
    private volatile boolean earlierRecordsMarked;

    /**
     * The markers in {@code collection}; {@code earlierRecordsNote} is the id of the document noting that records
     * stored before markers existed were given theirs.
     */
    public PendingMarkers(MongoTemplate mongo, String collection, String earlierRecordsNote) {
        this.mongo = mongo;
        this.collection = collection;
        this.earlierRecordsNote = earlierRecordsNote;
    }

    /** A marker as it was read: the record's id, since when its oldest unsent event waits, which write it is. */
    public record Marker(String id, Instant since, String write) {
    }

    /** A record about to be stored with unsent events: its id and when the oldest of them was recorded. */
    public record Marking(String id, Instant since) {
    }

    /** A record about to be stored at {@code revision} holding unsent events, the oldest recorded at {@code since}. */
    public record RevisionMarking(String id, Instant since, long revision) {
    }

    /** The index the relay reads the oldest markers by. */
    public void createIndex() {
        mongo.indexOps(collection).createIndex(new Index(SINCE, Sort.Direction.ASC).named("pending_since"));
    }

    /**
     * Writes the markers of records stored once, about to be stored (or stored again), in one write: {@code since} as
     * given, a new {@code write}.
     */
    public void mark(Collection<Marking> markings) {
        upsertAll(markings, Marking::id, marking -> new Update().set(SINCE, marking.since()).set(WRITE, newWrite()));
    }

    /**
     * Writes the markers of records about to be stored at a revision, in one write: {@code since} lowered to the
     * given one (never raised), {@code revision} raised to the given one (never lowered), a new {@code write}.
     */
    public void markRevisions(Collection<RevisionMarking> markings) {
        upsertAll(markings, RevisionMarking::id, marking -> new Update().min(SINCE, marking.since())
                .max(REVISION, marking.revision()).set(WRITE, newWrite()));
    }

    private <M> void upsertAll(Collection<M> markings, Function<M, String> id, Function<M, Update> update) {
        if (markings.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        markings.forEach(marking -> bulk.upsert(query(where(ID).is(id.apply(marking))), update.apply(marking)));
        bulk.execute();
    }

    private static String newWrite() {
        return UUID.randomUUID().toString();
    }

    /** Markers whose oldest event waits since before {@code before}, oldest first, at most {@code limit}. */
    public List<Marker> before(Instant before, int limit) {
        return mongo.find(query(where(SINCE).lt(before)).with(Sort.by(SINCE)).limit(limit), Document.class,
                collection).stream()
                .map(marker -> new Marker(marker.getString(ID), marker.getDate(SINCE).toInstant(),
                        marker.getString(WRITE)))
                .toList();
    }

    /**
     * What one relay pass reads: the records of the oldest markers older than {@code before} (at most {@code limit}),
     * oldest first, found by their ids ({@code find}, one read); a marker found without its record is deleted on the
     * way ({@link #clearUnchanged}). Whether a record found still holds unsent events is the store's to say.
     */
    public <T> List<T> recordsBefore(Instant before, int limit, Function<List<String>, List<T>> find,
            Function<T, String> idOf) {
        List<Marker> markers = before(before, limit);
        if (markers.isEmpty()) {
            return List.of();
        }
        Map<String, T> stored = new HashMap<>();
        find.apply(markers.stream().map(Marker::id).toList()).forEach(record -> stored.put(idOf.apply(record),
                record));
        List<T> found = new ArrayList<>();
        List<Marker> neverStored = new ArrayList<>();
        for (Marker marker : markers) {
            T record = stored.get(marker.id());
            if (record == null) {
                neverStored.add(marker);
            } else {
                found.add(record);
            }
        }
        clearUnchanged(neverStored);
        return found;
    }

    /** Deletes the markers of records stored once whose events were acknowledged and marked sent in the record. */
    public void clear(Collection<String> ids) {
        if (!ids.isEmpty()) {
            mongo.remove(query(where(ID).in(ids)), collection);
        }
    }

    /**
     * Deletes the markers of records read without unsent events (record id to the revision read), each only if its
     * {@code revision} is not above the one read, in one write.
     */
    public void clearAt(Map<String, Long> revisionById) {
        if (revisionById.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        revisionById.forEach((id, revision) -> bulk.remove(query(where(ID).is(id).and(REVISION).lte(revision))));
        bulk.execute();
    }

    /** Deletes markers found without a record, each only if nobody has written it again since it was read. */
    public void clearUnchanged(Collection<Marker> markers) {
        if (markers.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        markers.forEach(marker -> bulk.remove(query(where(ID).is(marker.id()).and(WRITE).is(marker.write()))));
        bulk.execute();
    }

    /**
     * Moves a marker's {@code since} up to when its record's oldest unsent event was recorded (older ones were
     * acknowledged while newer ones were recorded), so it does not hold a place among the oldest markers.
     */
    public void moveUp(String id, Instant oldest) {
        mongo.updateFirst(query(where(ID).is(id)), new Update().max(SINCE, oldest), collection);
    }

    /**
     * Once per instance (a process), and once ever per collection: runs {@code marking}, which writes markers for the
     * records stored with unsent events before their store kept markers, then notes that it was done. A marker written
     * meanwhile by a writer is only written again.
     */
    public void markEarlierRecordsOnce(Runnable marking) {
        if (earlierRecordsMarked) {
            return;
        }
        if (!mongo.exists(query(where(ID).is(earlierRecordsNote)), collection)) {
            marking.run();
            mongo.upsert(query(where(ID).is(earlierRecordsNote)), new Update().set("done", true), collection);
        }
        earlierRecordsMarked = true;
    }

    /** Whether the record has a marker (its events are not known to be all acknowledged). */
    public boolean isPending(String id) {
        return mongo.exists(query(where(ID).is(id)), collection);
    }
}
