package th.bma.anticorruption.routing.decision;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

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
        ComplaintRouted event = first.event();
        UpdateResult result = mongo.upsert(Query.query(where("_id").is(first.complaintId())), new Update()
                .setOnInsert("complaint", complaint)
                .setOnInsert("lastSequence", first.sequence())
                .setOnInsert("currentSequence", first.sequence())
                .setOnInsert("currentDestination", event.destination())
                .setOnInsert("currentKind", event.destination().kind())
                .setOnInsert("lineOfWork", event.lineOfWork())
                .setOnInsert("confidence", event.confidence())
                .setOnInsert("reasonTh", event.rule().reasonTh())
                .setOnInsert("reasonEn", event.rule().reasonEn())
                .setOnInsert("receivedAt", now), ComplaintFile.class);
        return result.getUpsertedId() != null;
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
        ComplaintRouted event = decision.event();
        mongo.updateFirst(Query.query(where("_id").is(decision.complaintId())
                        .and("currentSequence").lte(decision.sequence())), new Update()
                .set("currentSequence", decision.sequence())
                .set("currentDestination", event.destination())
                .set("currentKind", event.destination().kind())
                .set("lineOfWork", event.lineOfWork())
                .set("confidence", event.confidence())
                .set("reasonTh", event.rule().reasonTh())
                .set("reasonEn", event.rule().reasonEn()), ComplaintFile.class);
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
