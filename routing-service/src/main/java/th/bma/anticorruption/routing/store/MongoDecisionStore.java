package th.bma.anticorruption.routing.store;

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
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.mongodb.ErrorCategory;
import com.mongodb.bulk.BulkWriteError;

import th.bma.anticorruption.contracts.ComplaintRouted;
import th.bma.anticorruption.contracts.DestinationKind;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.RoutingKind;
import th.bma.anticorruption.routing.decision.ComplaintFile;
import th.bma.anticorruption.routing.decision.ComplaintRouting;
import th.bma.anticorruption.routing.decision.DecisionStore;
import th.bma.anticorruption.routing.decision.RoutingDecision;
import th.bma.anticorruption.support.outbox.PendingMarkers;

/**
 * Decisions ({@link DecisionDocument}) and complaint files ({@link ComplaintFileDocument}) in MongoDB, with
 * single-document atomic operations only (the embedded server has no transactions): a decision is inserted with its
 * event under its unique key or not at all, after its marker as a decision still to be announced
 * ({@link PendingDecisionsConfiguration}); sequence numbers come from {@code $inc} on the complaint's file; the
 * file's current decision only moves forward (guarded by sequence).
 */
@Component
public class MongoDecisionStore implements DecisionStore {

    private final MongoTemplate mongo;
    private final PendingMarkers pending;

    public MongoDecisionStore(MongoTemplate mongo, PendingMarkers pending) {
        this.mongo = mongo;
        this.pending = pending;
    }

    @Override
    public Optional<RoutingDecision> find(String complaintId, long sequence) {
        return Optional.ofNullable(mongo.findById(RoutingDecision.idOf(complaintId, sequence), DecisionDocument.class))
                .map(DecisionDocument::decision);
    }

    @Override
    public List<RoutingDecision> history(String complaintId) {
        return mongo.find(Query.query(where("complaintId").is(complaintId)).with(Sort.by("sequence")),
                DecisionDocument.class).stream().map(DecisionDocument::decision).toList();
    }

    @Override
    public boolean insert(RoutingDecision decision) {
        pending.mark(List.of(markingOf(decision)));
        try {
            mongo.insert(DecisionDocument.of(decision));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** One unordered insert: a duplicate key refuses that decision alone. */
    @Override
    public Set<String> insertAll(List<RoutingDecision> decisions) {
        if (decisions.isEmpty()) {
            return Set.of();
        }
        Set<String> stored = new HashSet<>();
        decisions.forEach(decision -> stored.add(decision.id()));
        pending.mark(decisions.stream().map(MongoDecisionStore::markingOf).toList());
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, DecisionDocument.class)
                    .insert(decisions.stream().map(DecisionDocument::of).toList()).execute();
        } catch (BulkOperationException e) {
            for (BulkWriteError error : e.getErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                stored.remove(decisions.get(error.getIndex()).id());
            }
        }
        return stored;
    }

    /** A decision's marker waits since the decision was made. */
    static PendingMarkers.Marking markingOf(RoutingDecision decision) {
        return new PendingMarkers.Marking(decision.id(), decision.event().occurredAt());
    }

    @Override
    public Map<String, RoutingDecision> findInitial(Collection<String> complaintIds) {
        List<String> ids = complaintIds.stream()
                .map(complaintId -> RoutingDecision.idOf(complaintId, ComplaintRouting.INITIAL_SEQUENCE)).toList();
        Map<String, RoutingDecision> found = new HashMap<>();
        mongo.find(Query.query(where("_id").in(ids)), DecisionDocument.class)
                .forEach(document -> found.put(document.complaintId(), document.decision()));
        return found;
    }

    /** One unordered bulk of upserts that set the file's fields only when they insert it. */
    @Override
    public Set<String> openFiles(Collection<RoutingDecision> firsts, Instant now) {
        if (firsts.isEmpty()) {
            return Set.of();
        }
        List<RoutingDecision> ordered = List.copyOf(firsts);
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ComplaintFileDocument.class);
        ordered.forEach(first -> bulk.upsert(Query.query(where("_id").is(first.complaintId())), opening(first, now)));
        Set<String> opened = new HashSet<>();
        bulk.execute().getUpserts().forEach(upsert -> opened.add(ordered.get(upsert.getIndex()).complaintId()));
        return opened;
    }

    private static Update opening(RoutingDecision first, Instant now) {
        ComplaintRouted event = first.event();
        return new Update()
                .setOnInsert("complaint", event.complaint())
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

    @Override
    public Optional<ComplaintFile> file(String complaintId) {
        return Optional.ofNullable(mongo.findById(complaintId, ComplaintFileDocument.class))
                .map(ComplaintFileDocument::file);
    }

    @Override
    public long nextSequence(String complaintId) {
        ComplaintFileDocument file = mongo.findAndModify(Query.query(where("_id").is(complaintId)),
                new Update().inc("lastSequence", 1L), FindAndModifyOptions.options().returnNew(true),
                ComplaintFileDocument.class);
        if (file == null) {
            throw new IllegalStateException("No complaint file " + complaintId);
        }
        return file.lastSequence();
    }

    @Override
    public void markCurrent(RoutingDecision decision) {
        mongo.updateFirst(notLaterThan(decision), current(decision), ComplaintFileDocument.class);
    }

    @Override
    public void markAllCurrent(List<RoutingDecision> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ComplaintFileDocument.class);
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
                .set("reasonEn", event.rule().reasonEn())
                .set("notCorruption", event.kind() == RoutingKind.NOT_CORRUPTION);
    }

    @Override
    public void settleScreeningDoubt(String complaintId) {
        mongo.updateFirst(Query.query(where("_id").is(complaintId)), new Update().unset("screeningDoubt"),
                ComplaintFileDocument.class);
    }

    @Override
    public void keepOfficersLineOfWork(String complaintId, LineOfWork lineOfWork) {
        mongo.updateFirst(Query.query(where("_id").is(complaintId)), new Update().set("officerLineOfWork", lineOfWork),
                ComplaintFileDocument.class);
    }

    @Override
    public List<ComplaintFile> triageQueue() {
        return mongo.find(Query.query(where("currentKind").is(DestinationKind.TRIAGE).and("notCorruption").ne(true))
                        .with(Sort.by("receivedAt")),
                ComplaintFileDocument.class).stream().map(ComplaintFileDocument::file).toList();
    }
}
