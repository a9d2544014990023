package th.bma.anticorruption.statistics.readmodel;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;

import th.bma.anticorruption.contracts.CaseStatusChanged;

/**
 * Every case snapshot's countable facts, one document per complaint and case version ({@code _id}
 * {@code complaintId#caseVersion}, written once with {@code $setOnInsert}), with {@code changedAt}: the instant the
 * platform learned them (the event's {@code occurredAt}, never the time it was consumed), so a replay writes the
 * same history. The figures as they stood at a moment take, per complaint, the highest version the platform had
 * learned by then. Older snapshots that the live read model ignores are history too and are kept.
 */
class ComplaintHistory {

    static final String COLLECTION = "complaint_history";

    private final MongoTemplate mongo;

    ComplaintHistory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void createIndexes() {
        collection().createIndex(Indexes.ascending("month", "changedAt"));
        collection().createIndex(Indexes.ascending("complaintId"));
    }

    void drop() {
        collection().drop();
    }

    /** Keeps one version's facts; a redelivered version changes nothing. */
    void record(CaseStatusChanged snapshot, Document facts) {
        collection().updateOne(eq("_id", id(snapshot)), onInsert(snapshot, facts), new UpdateOptions().upsert(true));
    }

    /** Keeps every version of a batch in one unordered bulk write. */
    void recordAll(List<Versioned> versions) {
        if (versions.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Document>> writes = new ArrayList<>(versions.size());
        for (Versioned version : versions) {
            writes.add(new UpdateOneModel<>(eq("_id", id(version.snapshot())),
                    onInsert(version.snapshot(), version.facts()), new UpdateOptions().upsert(true)));
        }
        collection().bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }

    /** A snapshot with the facts the read model keeps of it. */
    record Versioned(CaseStatusChanged snapshot, Document facts) {
    }

    /**
     * The latest version learned by {@code asOf} of every complaint that was counted in one of the months by then.
     * Two reads: the complaints with a version in the months, then all their versions up to {@code asOf}, so a
     * complaint whose receipt time was later corrected into another month counts where its latest version puts it
     * (the caller filters by month).
     */
    Collection<Document> latestAsOf(Collection<String> months, Instant asOf) {
        Date until = Date.from(asOf);
        List<String> complaintIds = new ArrayList<>();
        collection().distinct("complaintId", and(in("month", months), lte("changedAt", until)), String.class)
                .into(complaintIds);
        Map<String, Document> latest = new HashMap<>();
        if (complaintIds.isEmpty()) {
            return latest.values();
        }
        Bson learned = and(in("complaintId", complaintIds), lte("changedAt", until));
        for (Document version : collection().find(learned)) {
            latest.merge(version.getString("complaintId"), version, (kept, next) ->
                    ((Number) next.get("caseVersion")).longValue() > ((Number) kept.get("caseVersion")).longValue()
                            ? next : kept);
        }
        return latest.values();
    }

    private static String id(CaseStatusChanged snapshot) {
        return snapshot.complaintId() + "#" + snapshot.caseVersion();
    }

    private static Document onInsert(CaseStatusChanged snapshot, Document facts) {
        return new Document("$setOnInsert", new Document(facts).append("complaintId", snapshot.complaintId()));
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
