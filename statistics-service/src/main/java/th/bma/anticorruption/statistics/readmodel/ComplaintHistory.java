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
 * <p>
 * The history covers the snapshots consumed since it began ({@link #since()}): from the beginning of the topics for a
 * read model that started empty or was rebuilt, from the moment of the upgrade for one that had counted complaints
 * before the history existed. Nothing earlier can be answered from it.
 */
class ComplaintHistory {

    static final String COLLECTION = "complaint_history";
    static final String COVERAGE = "history_coverage";

    private final MongoTemplate mongo;

    ComplaintHistory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void createIndexes() {
        collection().createIndex(Indexes.ascending("month", "changedAt"));
    }

    void drop() {
        collection().drop();
        mongo.getCollection(COVERAGE).drop();
    }

    /**
     * Records when the history begins, once: {@link Instant#EPOCH} (everything) if nothing was counted before it
     * ({@code countedBefore} false: a new or rebuilt read model), else {@code now}.
     */
    void begin(boolean countedBefore, Instant now) {
        mongo.getCollection(COVERAGE).updateOne(eq("_id", COLLECTION),
                new Document("$setOnInsert", new Document("since", Date.from(countedBefore ? now : Instant.EPOCH))),
                new UpdateOptions().upsert(true));
    }

    /** Since when the history holds every snapshot consumed. */
    Instant since() {
        Document coverage = mongo.getCollection(COVERAGE).find(eq("_id", COLLECTION)).first();
        return coverage == null ? Instant.EPOCH : coverage.getDate("since").toInstant();
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
     * The latest version learned by {@code asOf} of every complaint counted in one of the months then. Two reads, and
     * no list of complaint ids in a filter (the embedded MongoDB of the local run matches {@code $in} element by
     * element, except on {@code _id}): the versions of the months learned by then, of which each complaint's highest
     * is its candidate; then, by {@code _id}, each candidate's next version. If that one was learned by then too and
     * belongs to another month, the complaint's receipt time had been corrected into that month by then and it no
     * longer counts here (a later version back in these months would have been the candidate).
     */
    Collection<Document> latestAsOf(Collection<String> months, Instant asOf) {
        Date until = Date.from(asOf);
        Map<String, Document> latest = new HashMap<>();
        for (Document version : collection().find(and(in("month", months), lte("changedAt", until)))) {
            latest.merge(version.getString("complaintId"), version,
                    (kept, next) -> version(next) > version(kept) ? next : kept);
        }
        if (latest.isEmpty()) {
            return latest.values();
        }
        List<String> nextVersions = latest.values().stream()
                .map(version -> id(version.getString("complaintId"), version(version) + 1)).toList();
        for (Document next : collection().find(in("_id", nextVersions))) {
            if (!next.getDate("changedAt").after(until) && !months.contains(next.getString("month"))) {
                latest.remove(next.getString("complaintId"));
            }
        }
        return latest.values();
    }

    private static long version(Document version) {
        return ((Number) version.get("caseVersion")).longValue();
    }

    private static String id(String complaintId, long caseVersion) {
        return complaintId + "#" + caseVersion;
    }

    static String id(CaseStatusChanged snapshot) {
        return id(snapshot.complaintId(), snapshot.caseVersion());
    }

    /** What the history keeps of one version besides its id: the facts and the complaint id. */
    static Document fields(CaseStatusChanged snapshot, Document facts) {
        return new Document(facts).append("complaintId", snapshot.complaintId());
    }

    private static Document onInsert(CaseStatusChanged snapshot, Document facts) {
        return new Document("$setOnInsert", fields(snapshot, facts));
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
