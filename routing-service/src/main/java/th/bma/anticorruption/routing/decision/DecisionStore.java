package th.bma.anticorruption.routing.decision;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.mongodb.ErrorCategory;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.result.UpdateResult;

import th.bma.anticorruption.contracts.ComplaintRouted;
import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.DestinationKind;
import th.bma.anticorruption.contracts.LineOfWork;

/**
 * Decisions and complaint files in MongoDB, with single-document atomic operations only (the embedded server has no
 * transactions): a decision is inserted under its unique key or not at all; sequence numbers come from {@code $inc} on
 * the complaint's file; the file's current decision only moves forward (guarded by sequence).
 */
@Component
public class DecisionStore {

    private final MongoTemplate mongo;

    public DecisionStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<RoutingDecision> find(String complaintId, long sequence) {
        return Optional.ofNullable(mongo.findById(RoutingDecision.idOf(complaintId, sequence), RoutingDecision.class));
    }

    /** Stores a decision; false when one with the same complaint and sequence is already there. */
    public boolean insert(RoutingDecision decision) {
        try {
            mongo.insert(decision);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * Stores decisions of different complaints in one unordered insert; returns the complaint ids whose decision was
     * stored (the others had one with the same complaint and sequence already).
     */
    public Set<String> insertAll(List<RoutingDecision> decisions) {
        if (decisions.isEmpty()) {
            return Set.of();
        }
        Set<String> stored = new HashSet<>();
        decisions.forEach(decision -> stored.add(decision.complaintId()));
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, RoutingDecision.class).insert(decisions).execute();
        } catch (BulkOperationException e) {
            for (BulkWriteError error : e.getErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                stored.remove(decisions.get(error.getIndex()).complaintId());
            }
        }
        return stored;
    }

    /** The initial decisions stored for these complaints, by complaint id, in one query. */
    public Map<String, RoutingDecision> findInitial(Collection<String> complaintIds) {
        List<String> ids = complaintIds.stream()
                .map(complaintId -> RoutingDecision.idOf(complaintId, ComplaintRouting.INITIAL_SEQUENCE)).toList();
        Map<String, RoutingDecision> found = new HashMap<>();
        mongo.find(Query.query(where("_id").in(ids)), RoutingDecision.class)
                .forEach(decision -> found.put(decision.complaintId(), decision));
        return found;
    }

    /** Notes, in one update, that the broker acknowledged these decisions' events. */
    public void markAllPublished(Collection<String> decisionIds, Instant at) {
        if (!decisionIds.isEmpty()) {
            mongo.updateMulti(Query.query(where("_id").in(decisionIds).and("publishedAt").is(null)),
                    new Update().set("publishedAt", at), RoutingDecision.class);
        }
    }

    /** Notes that the broker acknowledged a decision's event. */
    public void markPublished(RoutingDecision decision, Instant at) {
        mongo.updateFirst(Query.query(where("_id").is(decision.id()).and("publishedAt").is(null)),
                new Update().set("publishedAt", at), RoutingDecision.class);
    }

    /** Decisions stored before {@code madeBefore} whose event the broker has not acknowledged, oldest first. */
    public List<RoutingDecision> unpublished(Instant madeBefore, int limit) {
        return mongo.find(Query.query(where("publishedAt").is(null).and("event.occurredAt").lt(madeBefore))
                .with(Sort.by("event.occurredAt")).limit(limit), RoutingDecision.class);
    }

    public List<RoutingDecision> history(String complaintId) {
        return mongo.find(Query.query(where("complaintId").is(complaintId)).with(Sort.by("sequence")),
                RoutingDecision.class);
    }

    /**
     * Opens the complaint's file with its first decision already current, in one round trip; does nothing if the file
     * is open already.
     *
     * @return true if the file was opened now (so no decision of the complaint can be stored yet)
     */
    public boolean openFile(ComplaintSummary complaint, RoutingDecision first, Instant now) {
        UpdateResult result = mongo.upsert(Query.query(where("_id").is(first.complaintId())),
                opening(complaint, first, now), ComplaintFile.class);
        return result.getUpsertedId() != null;
    }

    /**
     * Opens the files of many complaints, each with its first decision current ({@link #openFile}), in one unordered
     * bulk write.
     *
     * @return the complaint ids whose file was opened now
     */
    public Set<String> openFiles(Collection<RoutingDecision> firsts, Instant now) {
        if (firsts.isEmpty()) {
            return Set.of();
        }
        List<RoutingDecision> ordered = List.copyOf(firsts);
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ComplaintFile.class);
        ordered.forEach(first -> bulk.upsert(Query.query(where("_id").is(first.complaintId())),
                opening(first.event().complaint(), first, now)));
        Set<String> opened = new HashSet<>();
        bulk.execute().getUpserts().forEach(upsert -> opened.add(ordered.get(upsert.getIndex()).complaintId()));
        return opened;
    }

    private static Update opening(ComplaintSummary complaint, RoutingDecision first, Instant now) {
        ComplaintRouted event = first.event();
        return new Update()
                .setOnInsert("complaint", complaint)
                .setOnInsert("lastSequence", first.sequence())
                .setOnInsert("currentSequence", first.sequence())
                .setOnInsert("currentDestination", event.destination())
                .setOnInsert("currentKind", event.destination().kind())
                .setOnInsert("lineOfWork", event.lineOfWork())
                .setOnInsert("confidence", event.confidence())
                .setOnInsert("reasonTh", event.rule().reasonTh())
                .setOnInsert("reasonEn", event.rule().reasonEn())
                .setOnInsert("receivedAt", now)
                .setOnInsert("screeningDoubt", first.screeningDoubt());
    }

    public Optional<ComplaintFile> file(String complaintId) {
        return Optional.ofNullable(mongo.findById(complaintId, ComplaintFile.class));
    }

    /** Hands out the next decision sequence of an open complaint file. */
    public long nextSequence(String complaintId) {
        ComplaintFile file = mongo.findAndModify(Query.query(where("_id").is(complaintId)),
                new Update().inc("lastSequence", 1L), FindAndModifyOptions.options().returnNew(true),
                ComplaintFile.class);
        if (file == null) {
            throw new IllegalStateException("No complaint file " + complaintId);
        }
        return file.lastSequence();
    }

    /**
     * Makes a decision the file's current one unless a later decision is current already (reordering). The same
     * sequence is written again: only the stored decision has it, so this repairs a file opened with a first
     * decision that was never stored (a crash between the two writes).
     */
    public void markCurrent(RoutingDecision decision) {
        mongo.updateFirst(notLaterThan(decision), current(decision), ComplaintFile.class);
    }

    /** {@link #markCurrent} for many decisions of different complaints, in one unordered bulk write. */
    public void markAllCurrent(List<RoutingDecision> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ComplaintFile.class);
        decisions.forEach(decision -> bulk.updateOne(notLaterThan(decision), current(decision)));
        bulk.execute();
    }

    private static Query notLaterThan(RoutingDecision decision) {
        return Query.query(where("_id").is(decision.complaintId()).and("currentSequence").lte(decision.sequence()));
    }

    private static Update current(RoutingDecision decision) {
        ComplaintRouted event = decision.event();
        return new Update()
                .set("currentSequence", decision.sequence())
                .set("currentDestination", event.destination())
                .set("currentKind", event.destination().kind())
                .set("lineOfWork", event.lineOfWork())
                .set("confidence", event.confidence())
                .set("reasonTh", event.rule().reasonTh())
                .set("reasonEn", event.rule().reasonEn());
    }

    /** An officer decided on the complaint: screening's doubt of it no longer stands for later decisions. */
    public void settleScreeningDoubt(String complaintId) {
        mongo.updateFirst(Query.query(where("_id").is(complaintId)), new Update().unset("screeningDoubt"),
                ComplaintFile.class);
    }

    /** Keeps the line of work an officer gave, for the complaint's later decisions (a re-decision keeps it too). */
    public void keepOfficersLineOfWork(String complaintId, LineOfWork lineOfWork) {
        mongo.updateFirst(Query.query(where("_id").is(complaintId)), new Update().set("officerLineOfWork", lineOfWork),
                ComplaintFile.class);
    }

    /** Complaints whose current decision leaves them under verification, oldest first. */
    public List<ComplaintFile> triageQueue() {
        return mongo.find(Query.query(where("currentKind").is(DestinationKind.TRIAGE)).with(Sort.by("receivedAt")),
                ComplaintFile.class);
    }
}
