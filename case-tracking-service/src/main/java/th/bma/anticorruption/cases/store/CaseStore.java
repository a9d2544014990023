package th.bma.anticorruption.cases.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.ReplaceOptions;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import com.mongodb.ErrorCategory;
import com.mongodb.bulk.BulkWriteError;

import th.bma.anticorruption.cases.lifecycle.ComplaintCase;
import th.bma.anticorruption.cases.lifecycle.PendingEvent;
import th.bma.anticorruption.support.outbox.PendingMarkers;

/**
 * The {@code cases} collection: one document per complaint (unique {@code complaintId}), every write a
 * single-document update guarded by the revision the writer read, so concurrent writers never lose each other's
 * changes. A write that changes the case's next alarm first files the case under it ({@link AlarmSlots}); a write of
 * a case holding pending events first marks it in {@code cases_pending} at the revision it stores
 * ({@link PendingMarkers} for records that change after they are stored), which is what the outbox relay reads; a
 * marker is deleted only once its case was read without pending events at the marker's revision or later.
 */
@Repository
public class CaseStore implements InitializingBean {

    public static final String CASES = "cases";
    static final String PENDING_EVENTS = "pendingEvents";
    private static final String REVISION = "revision";
    static final String COMPLAINT_UNIQUE = "complaint_unique";
    static final String PENDING_CASES = "cases_pending";
    static final String EARLIER_CASES_MARKED = "earlier-cases-marked";

    private final MongoTemplate mongo;
    private final AlarmSlots alarmSlots;
    private final PendingMarkers pending;

    public CaseStore(MongoTemplate mongo, AlarmSlots alarmSlots) {
        this.mongo = mongo;
        this.alarmSlots = alarmSlots;
        this.pending = new PendingMarkers(mongo, PENDING_CASES, EARLIER_CASES_MARKED);
    }

    @Override
    public void afterPropertiesSet() {
        IndexOperations indexes = mongo.indexOps(CASES);
        indexes.createIndex(new Index("complaintId", Sort.Direction.ASC).unique().named(COMPLAINT_UNIQUE));
        indexes.createIndex(new Index("trackingCodeHash", Sort.Direction.ASC).unique().sparse()
                .named("tracking_code_hash_unique"));
        // Serves the guarded write {_id, revision} from an index on servers that match a query's keys to an index
        // exactly (the embedded mongo-java-server); MongoDB itself would use the _id index anyway.
        indexes.createIndex(new Index().on("_id", Sort.Direction.ASC).on("revision", Sort.Direction.ASC).unique()
                .named("revision_guard"));
        // Serves, on MongoDB, the one look for cases stored with pending events before they were marked.
        indexes.createIndex(new Index(PENDING_EVENTS + ".recordedAt", Sort.Direction.ASC).named("pending_events"));
        for (CaseListIndex list : CaseListIndex.values()) {
            list.indexToCreate().ifPresent(indexes::createIndex);
        }
        pending.createIndex();
    }

    /**
     * Writes the markers of cases about to be stored holding pending events (each with the revision it will be stored
     * with and when its oldest pending event was recorded), in one write; cases without pending events need none.
     */
    void markPending(Collection<ComplaintCase> cases) {
        List<PendingMarkers.RevisionMarking> markings = new ArrayList<>();
        for (ComplaintCase c : cases) {
            oldestPending(c).ifPresent(oldest -> markings.add(new PendingMarkers.RevisionMarking(c.id(), oldest,
                    c.revision())));
        }
        pending.markRevisions(markings);
    }

    private static Optional<Instant> oldestPending(ComplaintCase c) {
        return c.pendingEvents().stream().map(PendingEvent::recordedAt).min(Instant::compareTo);
    }

    /** Stores a newly opened case; false if the complaint already has one. */
    public boolean insert(ComplaintCase opened) {
        fileAlarm(opened);
        markPending(List.of(opened));
        try {
            mongo.insert(opened, CASES);
        } catch (DuplicateKeyException e) {
            return false;
        }
        return true;
    }

    /** Stores a changed case if nobody changed it since it was read; false otherwise (read it again). */
    public boolean save(ComplaintCase changed) {
        long expected = changed.revision();
        fileAlarm(changed);
        changed.markStored();
        markPending(List.of(changed));
        return mongo.replace(query(where("_id").is(changed.id()).and("revision").is(expected)), changed,
                ReplaceOptions.none(), CASES).getMatchedCount() == 1;
    }

    /**
     * Files the case under a changed alarm before the case is stored, so a stored case is always filed; a filing
     * whose case write then fails (or never happens) only makes the watch read a case that is not due.
     */
    private void fileAlarm(ComplaintCase c) {
        if (c.alarmNeedsFiling()) {
            alarmSlots.file(c);
            c.alarmFiled();
        }
    }

    /**
     * Files newly opened cases under their alarms and marks those holding events (all at once, before any is stored,
     * as {@link #insert} does) and stores them with one unordered insert; returns the ids of those not stored because
     * their complaint already has a case.
     */
    public Set<String> insertAll(List<ComplaintCase> opened) {
        if (opened.isEmpty()) {
            return Set.of();
        }
        List<ComplaintCase> toFile = opened.stream().filter(ComplaintCase::alarmNeedsFiling).toList();
        alarmSlots.file(toFile);
        toFile.forEach(ComplaintCase::alarmFiled);
        markPending(opened);
        Set<String> refused = new HashSet<>();
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ComplaintCase.class, CASES).insert(opened).execute();
        } catch (BulkOperationException e) {
            for (BulkWriteError error : e.getErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                refused.add(opened.get(error.getIndex()).id());
            }
        }
        return refused;
    }

    /**
     * Removes events the broker acknowledged from the cases' pending events (case id to event ids), in one unordered
     * bulk write, then deletes the markers of those left without pending events (one read, one write). The revision
     * stays: a writer holding an older copy may store them back, marking the case again, and the relay then sends
     * them once more (consumers de-duplicate by id).
     */
    public void forgetAllPublishedEvents(Map<String, ? extends Collection<String>> eventIdsByCase) {
        if (eventIdsByCase.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CASES);
        eventIdsByCase.forEach((caseId, eventIds) -> bulk.updateOne(query(where("_id").is(caseId)),
                new Update().pull(PENDING_EVENTS, new Document("eventId", new Document("$in",
                        List.copyOf(eventIds))))));
        bulk.execute();
        Map<String, Long> sentInFull = new HashMap<>();
        Query read = query(where("_id").in(eventIdsByCase.keySet()));
        read.fields().include(REVISION).include(PENDING_EVENTS + ".eventId");
        for (Document c : mongo.find(read, Document.class, CASES)) {
            if (c.getList(PENDING_EVENTS, Document.class, List.of()).isEmpty()) {
                sentInFull.put(c.getString("_id"), c.get(REVISION, Number.class).longValue());
            }
        }
        pending.clearAt(sentInFull);
    }

    /**
     * Cases holding an event recorded before {@code recordedBefore} and not yet acknowledged, the case with the
     * oldest such event first, at most {@code limit}: read from the oldest markers, then the cases by {@code _id}, so
     * a call costs what is pending, not the number of cases. A marker whose case holds no pending event any more, or
     * was never stored, is deleted on the way.
     */
    public List<ComplaintCase> withEventsPendingSince(Instant recordedBefore, int limit) {
        pending.markEarlierRecordsOnce(this::markCasesStoredBeforeMarkers);
        List<ComplaintCase> due = new ArrayList<>();
        Map<String, Long> sentInFull = new HashMap<>();
        for (ComplaintCase c : pending.recordsBefore(recordedBefore, limit, this::findAllById, ComplaintCase::id)) {
            Optional<Instant> oldest = oldestPending(c);
            if (oldest.isEmpty()) {
                sentInFull.put(c.id(), c.revision());
            } else if (!oldest.get().isBefore(recordedBefore)) {
                pending.moveUp(c.id(), oldest.get());
            } else {
                due.add(c);
            }
        }
        pending.clearAt(sentInFull);
        return due;
    }

    /**
     * Cases stored with pending events before markers existed get one. Finding them reads {@code pendingEvents} (a
     * range on {@code recordedAt}, from the {@code pending_events} index on MongoDB), once.
     */
    private void markCasesStoredBeforeMarkers() {
        markPending(mongo.find(query(where(PENDING_EVENTS + ".recordedAt").gte(Instant.EPOCH)), ComplaintCase.class,
                CASES));
    }

    /** Whether the case is marked as holding events not yet acknowledged (what the outbox relay looks for). */
    public boolean isMarkedPending(String caseId) {
        return pending.isPending(caseId);
    }

    public Optional<ComplaintCase> findById(String caseId) {
        return Optional.ofNullable(mongo.findById(caseId, ComplaintCase.class, CASES));
    }

    public Optional<ComplaintCase> findByComplaintId(String complaintId) {
        return Optional.ofNullable(mongo.findOne(query(where("complaintId").is(complaintId)), ComplaintCase.class,
                CASES));
    }

    public Optional<ComplaintCase> findByTrackingCodeHash(String hash) {
        return Optional.ofNullable(mongo.findOne(query(where("trackingCodeHash").is(hash)), ComplaintCase.class,
                CASES));
    }

    public List<ComplaintCase> findAllById(Collection<String> caseIds) {
        return mongo.find(query(where("_id").in(caseIds)), ComplaintCase.class, CASES);
    }

    /**
     * One page of the list, in the order of the index that serves it; the index is named as a hint, so MongoDB
     * never falls back to scanning the collection or sorting in memory.
     */
    public List<ComplaintCase> find(CaseListQuery list, int page, int size) {
        Query query = query(list.criteria()).with(list.index().sort()).withHint(list.index().indexName())
                .skip((long) page * size).limit(size);
        return mongo.find(query, ComplaintCase.class, CASES);
    }

    public long count(CaseListQuery list) {
        return mongo.count(query(list.criteria()).withHint(list.index().indexName()), CASES);
    }
}
