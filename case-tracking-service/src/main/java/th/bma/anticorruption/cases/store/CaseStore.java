package th.bma.anticorruption.cases.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.ReplaceOptions;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import th.bma.anticorruption.cases.lifecycle.ComplaintCase;

/**
 * The {@code cases} collection: one document per complaint (unique {@code complaintId}), every write a
 * single-document update guarded by the revision the writer read, so concurrent writers never lose each other's
 * changes. Every write also files the case under the alarm slot of its next alarm.
 */
@Repository
public class CaseStore implements InitializingBean {

    public static final String CASES = "cases";

    private final MongoTemplate mongo;
    private final AlarmSlots alarmSlots;

    public CaseStore(MongoTemplate mongo, AlarmSlots alarmSlots) {
        this.mongo = mongo;
        this.alarmSlots = alarmSlots;
    }

    @Override
    public void afterPropertiesSet() {
        IndexOperations indexes = mongo.indexOps(CASES);
        indexes.createIndex(new Index("complaintId", Sort.Direction.ASC).unique().named("complaint_unique"));
        indexes.createIndex(new Index("trackingCodeHash", Sort.Direction.ASC).unique().sparse()
                .named("tracking_code_hash_unique"));
        indexes.createIndex(new Index("routing.destination.code", Sort.Direction.ASC).named("destination_code"));
        // Serves the guarded write {_id, revision} from an index on servers that match a query's keys to an index
        // exactly (the embedded mongo-java-server); MongoDB itself would use the _id index anyway.
        indexes.createIndex(new Index().on("_id", Sort.Direction.ASC).on("revision", Sort.Direction.ASC).unique()
                .named("revision_guard"));
    }

    /** Stores a newly opened case; false if the complaint already has one. */
    public boolean insert(ComplaintCase opened) {
        try {
            mongo.insert(opened, CASES);
        } catch (DuplicateKeyException e) {
            return false;
        }
        alarmSlots.file(opened);
        return true;
    }

    /** Stores a changed case if nobody changed it since it was read; false otherwise (read it again). */
    public boolean save(ComplaintCase changed) {
        long expected = changed.revision();
        changed.markStored();
        boolean stored = mongo.replace(query(where("_id").is(changed.id()).and("revision").is(expected)), changed,
                ReplaceOptions.none(), CASES).getMatchedCount() == 1;
        if (stored) {
            alarmSlots.file(changed);
        }
        return stored;
    }

    /** Notes that the case's current snapshot went out, so a redelivered event does not publish it again. */
    public void markPublished(ComplaintCase published) {
        mongo.updateFirst(query(where("_id").is(published.id())),
                new Update().max("publishedVersion", published.caseVersion()), CASES);
        published.markPublished();
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

    /** One page of the cases matching {@code criteria}, newest complaint first. */
    public List<ComplaintCase> find(Criteria criteria, int page, int size) {
        Query query = query(criteria).with(Sort.by(Sort.Direction.DESC, "receivedAt")).skip((long) page * size)
                .limit(size);
        return mongo.find(query, ComplaintCase.class, CASES);
    }

    public long count(Criteria criteria) {
        return mongo.count(query(criteria), CASES);
    }
}
