package th.bma.anticorruption.routing.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import th.bma.anticorruption.routing.decision.RoutingDecision;

/**
 * The decisions whose event the broker has not acknowledged yet: one small marker each in {@code decisions_pending},
 * keyed by the decision's id, so the outbox relay reads what is unsent, not every decision ever made (the embedded
 * MongoDB answers a query on {@code decisions.publishedAt} by reading the whole collection). A marker holds when the
 * decision was made ({@code since}, what the grace period is measured from) and a random {@code write}, new each time
 * it is written.
 * <p>
 * Without transactions, the marker and the decision are two writes; their order makes every way of half-doing them
 * safe:
 * <ul>
 * <li>the marker is written <em>before</em> the decision, so a stored decision has had its marker from before it
 * existed until its event was acknowledged: a crash after the decision's insert leaves both, and the relay sends it;
 * </li>
 * <li>a crash between the two leaves a marker without a decision, which the relay deletes, but only while it still
 * carries the {@code write} the relay read: a redelivery that stores the same decision (same id) writes the marker
 * again first, with a new {@code write}, so the relay cannot delete a marker someone is about to need;</li>
 * <li>marking sets the decision's {@code publishedAt} before it deletes the marker: a crash between leaves a marker
 * on a decision already published, which the relay deletes without sending anything;</li>
 * <li>a decision stored again (a redelivery after it was stored) rewrites its marker; the relay then finds the
 * stored decision and sends it if it is unpublished, else only deletes the marker.</li>
 * </ul>
 */
@Component
public class PendingDecisions {

    static final String COLLECTION = "decisions_pending";
    private static final String SINCE = "since";
    private static final String WRITE = "write";
    static final String EARLIER_DECISIONS_ARMED = "earlier-decisions-armed";

    private final MongoTemplate mongo;

    public PendingDecisions(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index(SINCE, Sort.Direction.ASC).named("pending_since"));
    }

    /** A decision not known to be acknowledged: its id, when it was made, and which write of the marker this is. */
    public record Marker(String decisionId, Instant since, String write) {
    }

    /** Writes the markers of decisions about to be inserted, in one write. */
    void arm(Collection<RoutingDecision> decisions) {
        write(decisions, false);
    }

    /** Writes markers for decisions that have none, leaving any marker already there as it is. */
    void armIfAbsent(Collection<RoutingDecision> decisions) {
        write(decisions, true);
    }

    private void write(Collection<RoutingDecision> decisions, boolean onlyIfAbsent) {
        if (decisions.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        for (RoutingDecision decision : decisions) {
            Instant since = decision.event().occurredAt();
            String write = UUID.randomUUID().toString();
            bulk.upsert(Query.query(where("_id").is(decision.id())), onlyIfAbsent
                    ? new Update().setOnInsert(SINCE, since).setOnInsert(WRITE, write)
                    : new Update().set(SINCE, since).set(WRITE, write));
        }
        bulk.execute();
    }

    /** Markers of decisions made before {@code before}, oldest first, at most {@code limit}. */
    List<Marker> before(Instant before, int limit) {
        return mongo.find(Query.query(where(SINCE).lt(before)).with(Sort.by(SINCE)).limit(limit),
                Document.class, COLLECTION).stream()
                .map(marker -> new Marker(marker.getString("_id"), marker.getDate(SINCE).toInstant(),
                        marker.getString(WRITE)))
                .toList();
    }

    /** The events of these decisions were acknowledged (and their {@code publishedAt} set). */
    void disarm(Collection<String> decisionIds) {
        if (!decisionIds.isEmpty()) {
            mongo.remove(Query.query(where("_id").in(decisionIds)), COLLECTION);
        }
    }

    /** Deletes markers found without a decision, each only if nobody has written it again since it was read. */
    void disarmUnchanged(Collection<Marker> markers) {
        if (markers.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        markers.forEach(marker -> bulk.remove(Query.query(where("_id").is(marker.decisionId())
                .and(WRITE).is(marker.write()))));
        bulk.execute();
    }

    /**
     * Whether decisions stored before markers existed were given theirs: a document of its own in the collection,
     * without {@code since}, so no relay pass reads it as a marker.
     */
    boolean earlierDecisionsArmed() {
        return mongo.exists(Query.query(where("_id").is(EARLIER_DECISIONS_ARMED)), COLLECTION);
    }

    void noteEarlierDecisionsArmed() {
        mongo.upsert(Query.query(where("_id").is(EARLIER_DECISIONS_ARMED)), new Update().set("done", true),
                COLLECTION);
    }

    /** Whether the decision has a marker (its event is not known to be acknowledged). */
    public boolean isPending(String decisionId) {
        return mongo.exists(Query.query(where("_id").is(decisionId)), COLLECTION);
    }
}
