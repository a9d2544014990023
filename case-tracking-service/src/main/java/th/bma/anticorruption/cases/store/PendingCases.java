package th.bma.anticorruption.cases.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;

import th.bma.anticorruption.cases.lifecycle.ComplaintCase;
import th.bma.anticorruption.cases.lifecycle.PendingEvent;

/**
 * The cases holding events the broker has not acknowledged: one small marker each in {@code cases_pending}, keyed by
 * the case id, so the outbox relay reads what is unsent, not every case (the embedded MongoDB answers a query on
 * {@code pendingEvents.recordedAt} by reading the whole collection). A marker holds when the oldest of those events
 * was recorded ({@code since}, what the grace period is measured from), the highest case revision written with
 * pending events ({@code revision}) and a random {@code write}, new each time it is written.
 * <p>
 * Without transactions, the marker and the case are two writes; their order makes every way of half-doing them, and
 * every interleaving with the sender and the relay, safe:
 * <ul>
 * <li>every write of a case holding pending events first writes the marker, raising its {@code revision} to the one
 * the case is stored with (never lowering it); a crash after the case write leaves both, and the relay sends the
 * events;</li>
 * <li>a marker is deleted only after its case was read without pending events at some revision, and only if the
 * marker's {@code revision} is not above it. The only write that changes a case without raising its revision is the
 * sender's pull of acknowledged events, which adds nothing. So a writer storing new events after that read stores
 * them at a higher revision and wrote that revision into the marker first: before the delete, which then finds a
 * higher revision and deletes nothing, or after it, writing the marker anew. A case holding unacknowledged events
 * therefore always has its marker, however a new event and the sending of older ones interleave;</li>
 * <li>a crash between the marker and the insert of a new case leaves a marker without a case, which the relay
 * deletes once it is older than the grace period, and only while it still carries the {@code write} the relay read:
 * a redelivery that opens the same case (same id) writes the marker again first. A writer that paused between its
 * marker and its insert for longer than the grace period could lose its marker this way; the grace period is
 * seconds, a pause that long is taken as a crash.</li>
 * </ul>
 */
class PendingCases {

    static final String COLLECTION = "cases_pending";
    static final String EARLIER_CASES_MARKED = "earlier-cases-marked";
    private static final String SINCE = "since";
    private static final String REVISION = "revision";
    private static final String WRITE = "write";

    private final MongoTemplate mongo;

    PendingCases(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void createIndexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index(SINCE, Sort.Direction.ASC).named("pending_since"));
    }

    /** A case whose events are not known to be all acknowledged, as its marker was read. */
    record Marker(String caseId, Instant since, long revision, String write) {
    }

    /**
     * Writes the markers of cases about to be stored holding pending events (each with the revision it will be stored
     * with), in one write; cases without pending events need none.
     */
    void mark(Collection<ComplaintCase> cases) {
        List<ComplaintCase> holding = cases.stream().filter(c -> !c.pendingEvents().isEmpty()).toList();
        if (holding.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        for (ComplaintCase c : holding) {
            Instant oldest = c.pendingEvents().stream().map(PendingEvent::recordedAt).min(Instant::compareTo)
                    .orElseThrow();
            bulk.upsert(query(where("_id").is(c.id())), new Update().min(SINCE, oldest).max(REVISION, c.revision())
                    .set(WRITE, UUID.randomUUID().toString()));
        }
        bulk.execute();
    }

    /** Markers whose oldest event was recorded at or before {@code before}, oldest first, at most {@code limit}. */
    List<Marker> since(Instant before, int limit) {
        return mongo.find(query(where(SINCE).lte(before)).with(Sort.by(SINCE)).limit(limit), Document.class,
                COLLECTION).stream()
                .map(marker -> new Marker(marker.getString("_id"), marker.getDate(SINCE).toInstant(),
                        marker.get(REVISION, Number.class).longValue(), marker.getString(WRITE)))
                .toList();
    }

    /** Deletes the markers of cases read without pending events (case id to the revision read), in one write. */
    void clearAt(Map<String, Long> revisionByCase) {
        if (revisionByCase.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        revisionByCase.forEach((caseId, revision) -> bulk.remove(query(where("_id").is(caseId)
                .and(REVISION).lte(revision))));
        bulk.execute();
    }

    /** Deletes markers found without a case, each only if nobody has written it again since it was read. */
    void clearUnchanged(Collection<Marker> markers) {
        if (markers.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        markers.forEach(marker -> bulk.remove(query(where("_id").is(marker.caseId()).and(WRITE)
                .is(marker.write()))));
        bulk.execute();
    }

    /**
     * Moves a marker's {@code since} up to when its case's oldest pending event was recorded (the older ones were
     * acknowledged while newer ones were recorded), so it does not hold a place among the oldest markers.
     */
    void moveUp(String caseId, Instant oldest) {
        mongo.updateFirst(query(where("_id").is(caseId)), new Update().max(SINCE, oldest), COLLECTION);
    }

    /**
     * Whether cases stored before markers existed were given theirs: a document of its own in the collection,
     * without {@code since}, so no relay pass reads it as a marker.
     */
    boolean earlierCasesMarked() {
        return mongo.exists(query(where("_id").is(EARLIER_CASES_MARKED)), COLLECTION);
    }

    void noteEarlierCasesMarked() {
        mongo.upsert(query(where("_id").is(EARLIER_CASES_MARKED)), new Update().set("done", true), COLLECTION);
    }

    /** Whether the case has a marker (its events are not known to be all acknowledged). */
    boolean isMarked(String caseId) {
        return mongo.exists(query(where("_id").is(caseId)), COLLECTION);
    }
}
