package th.bma.anticorruption.statistics.readmodel;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;

import th.bma.anticorruption.contracts.CaseStatusChanged;
import th.bma.anticorruption.contracts.ComplaintScreenedOut;
import th.bma.anticorruption.contracts.ScreenedOutTallied;
import th.bma.anticorruption.statistics.monthly.StatisticsCalendar;

/**
 * A replay of the statistics' inputs folded in memory and loaded in bulk into an emptied read model, with the same
 * documents the consumers write one event at a time ({@link StatisticsReadModel#apply}, {@code record}):
 * <ul>
 * <li>each complaint's snapshot of the highest {@code caseVersion} (the first of equal ones), folded over a window of
 * up to {@code window} complaints and then written with the consumers' guarded upsert, so a complaint that shows up
 * again in a later window keeps whichever version is higher;</li>
 * <li>every version's history document, every screened-out record and every tally once (the first one seen),
 * inserted a few thousand at a time; a duplicate key means an earlier batch had it.</li>
 * </ul>
 * Memory stays bounded by the window and the batch, whatever the length of the topics.
 */
public final class ReplayLoad {

    /** Documents per bulk write. */
    public static final int BATCH = 5_000;

    private final MongoTemplate mongo;
    private final int window;
    private final int batch;
    private final Map<String, Latest> latest = new LinkedHashMap<>();
    private final Map<String, Document> versions = new LinkedHashMap<>();
    private final Map<String, Document> screenedOut = new LinkedHashMap<>();
    private final Map<String, Document> tallies = new LinkedHashMap<>();
    private final Set<YearMonth> months = new TreeSet<>();

    /**
     * @param window how many complaints are folded before their latest snapshots are written
     * @param batch how many documents one bulk write holds ({@link #BATCH})
     */
    public ReplayLoad(MongoTemplate mongo, int window, int batch) {
        this.mongo = mongo;
        this.window = window;
        this.batch = batch;
    }

    public void add(CaseStatusChanged snapshot) {
        YearMonth month = StatisticsCalendar.monthOf(snapshot.receivedAt());
        months.add(month);
        Document facts = StatisticsReadModel.facts(snapshot, month);
        versions.putIfAbsent(ComplaintHistory.id(snapshot), ComplaintHistory.fields(snapshot, facts));
        latest.merge(snapshot.complaintId(), new Latest(snapshot.caseVersion(), facts),
                (kept, next) -> next.caseVersion() > kept.caseVersion() ? next : kept);
        if (versions.size() >= batch) {
            insert(ComplaintHistory.COLLECTION, versions);
        }
        if (latest.size() >= window) {
            writeLatest();
        }
    }

    public void add(ComplaintScreenedOut screened) {
        YearMonth month = StatisticsCalendar.monthOf(screened.receivedAt());
        months.add(month);
        screenedOut.putIfAbsent(screened.screeningId(), StatisticsReadModel.fields(screened, month));
        if (screenedOut.size() >= batch) {
            insert(StatisticsReadModel.SCREENED_OUT, screenedOut);
        }
    }

    public void add(ScreenedOutTallied tally) {
        YearMonth month = StatisticsCalendar.parseMonth(tally.month())
                .orElseThrow(() -> new IllegalArgumentException("a tally's month is yyyy-MM"));
        months.add(month);
        tallies.putIfAbsent(tally.eventId().toString(), StatisticsReadModel.fields(tally, month));
        if (tallies.size() >= batch) {
            insert(StatisticsReadModel.SCREENED_OUT_TALLIES, tallies);
        }
    }

    /** Writes what is still held; returns every month the replay touched. */
    public Set<YearMonth> finish() {
        insert(ComplaintHistory.COLLECTION, versions);
        writeLatest();
        insert(StatisticsReadModel.SCREENED_OUT, screenedOut);
        insert(StatisticsReadModel.SCREENED_OUT_TALLIES, tallies);
        return Set.copyOf(months);
    }

    private void writeLatest() {
        List<WriteModel<Document>> writes = new ArrayList<>(Math.min(latest.size(), batch));
        for (Map.Entry<String, Latest> complaint : latest.entrySet()) {
            writes.add(new UpdateOneModel<>(
                    and(eq("_id", complaint.getKey()), lt("caseVersion", complaint.getValue().caseVersion())),
                    new Document("$set", complaint.getValue().facts()), new UpdateOptions().upsert(true)));
            if (writes.size() == batch) {
                write(StatisticsReadModel.COMPLAINTS, writes);
                writes.clear();
            }
        }
        write(StatisticsReadModel.COMPLAINTS, writes);
        latest.clear();
    }

    private void insert(String collection, Map<String, Document> documents) {
        List<WriteModel<Document>> inserts = new ArrayList<>(documents.size());
        documents.forEach((id, fields) -> {
            Document document = new Document("_id", id);
            document.putAll(fields);
            inserts.add(new InsertOneModel<>(document));
        });
        write(collection, inserts);
        documents.clear();
    }

    /** One unordered bulk write; a duplicate key means "already there, or something newer is". */
    private void write(String collection, Collection<WriteModel<Document>> writes) {
        if (writes.isEmpty()) {
            return;
        }
        MongoCollection<Document> target = mongo.getCollection(collection);
        try {
            target.bulkWrite(List.copyOf(writes), new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            boolean onlyDuplicates = e.getWriteErrors().stream()
                    .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
            if (!onlyDuplicates || e.getWriteConcernError() != null) {
                throw e;
            }
        }
    }

    private record Latest(long caseVersion, Document facts) {
    }
}
