package th.bma.anticorruption.statistics.readmodel;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoCommandException;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;

import th.bma.anticorruption.contracts.CaseDeadline;
import th.bma.anticorruption.contracts.CaseStatusChanged;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintScreenedOut;
import th.bma.anticorruption.contracts.ScreenedOutTallied;
import th.bma.anticorruption.contracts.DeadlineStatus;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.statistics.monthly.ComplaintCount;
import th.bma.anticorruption.statistics.monthly.InternalTrackClosure;
import th.bma.anticorruption.statistics.monthly.ClosureOutcome;
import th.bma.anticorruption.statistics.monthly.MonthlyFigureSource;
import th.bma.anticorruption.statistics.monthly.MonthlyRollup;
import th.bma.anticorruption.statistics.monthly.NotCorruptionFinding;
import th.bma.anticorruption.statistics.monthly.StatisticsCalendar;

/**
 * The statistics read model: one document per complaint holding its latest case snapshot, one per screened-out
 * channel record, and the history of every complaint's snapshots ({@link ComplaintHistory}) for the figures as they
 * stood at a past moment. Every figure follows from these documents, never from counting events, so a redelivered,
 * replayed or reordered event cannot make a count drift:
 * <ul>
 * <li>a snapshot is written only if its {@code caseVersion} is higher than the stored one (one guarded upsert: when
 * the stored version is not lower, the filter misses and the insert hits the {@code _id}, a duplicate key that
 * means "already have something newer");</li>
 * <li>a screened-out record is keyed by channel and record id, inserted once;</li>
 * <li>a screened-out tally (a CSV import's count of one channel and month) is keyed by its event id, inserted once
 * (intake keeps the ticket keys, so a re-import publishes no second tally, and a tally relayed after a crash keeps
 * its id).</li>
 * </ul>
 * The publisher's figures of a month come from the month's tallies ({@link MonthTallies}): tallied from the documents
 * once, then moved by exactly the writes above that changed something, so they stay what the documents say.
 */
public class StatisticsReadModel implements MonthlyFigureSource {

    static final String COMPLAINTS = "complaints";
    static final String SCREENED_OUT = "screened_out";
    static final String SCREENED_OUT_TALLIES = "screened_out_tallies";

    private static final Logger log = LoggerFactory.getLogger(StatisticsReadModel.class);
    /** The fields a complaint is counted by. */
    private static final List<String> COUNTED = List.of("channel", "lineOfWork", "disposition", "district",
            "deadlineStatus", "metOnTime", "internalTrackOutcome", "notCorruption");
    private static final Duration DUE_SOON = Duration.ofDays(7);
    /** What a stored complaint is read for before it is replaced: its month, counted fields and deadline. */
    private static final Bson TALLIED = Projections.include(
            Stream.concat(Stream.of("month", "deadlineDueAt"), COUNTED.stream()).toList());

    private final MongoTemplate mongo;
    private final ComplaintHistory history;
    private final MonthTallies tallies = new MonthTallies();

    public StatisticsReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
        this.history = new ComplaintHistory(mongo);
    }

    /** Creates the indexes the rollups need; idempotent. */
    public void createIndexes() {
        complaints().createIndex(Indexes.ascending("month"));
        complaints().createIndex(Indexes.ascending("month", "deadlineStatus", "deadlineDueAt"));
        screenedOut().createIndex(Indexes.ascending("month"));
        tallies().createIndex(Indexes.ascending("month"));
        history.createIndexes();
    }

    /**
     * Records, once, since when the history of snapshots is complete: from the beginning if the read model holds no
     * complaint yet (new, or dropped for a rebuild that replays the topics), else from {@code now} (a read model that
     * counted complaints before it kept their history; a rebuild fills it).
     */
    public void beginHistory(Instant now) {
        history.begin(complaints().estimatedDocumentCount() > 0, now);
    }

    /** The earliest moment whose figures the history can give. */
    public Instant historySince() {
        return history.since();
    }

    /** Drops every document of the read model (the rebuild starts from nothing). */
    public void drop() {
        complaints().drop();
        screenedOut().drop();
        tallies().drop();
        history.drop();
        tallies.forgetAll();
        log.warn("Statistics read model dropped for a rebuild");
    }

    /** Forgets the months' tallies after documents were written without them (the rebuild's bulk load). */
    public void forgetTallies() {
        tallies.forgetAll();
    }

    /**
     * Keeps the snapshot if it is newer than the stored one.
     *
     * @return the months whose figures may have changed (the complaint's month, and its former month if the
     *         receipt time was corrected), or empty when the snapshot was a redelivery or older than the stored one
     */
    public Set<YearMonth> apply(CaseStatusChanged snapshot) {
        YearMonth month = StatisticsCalendar.monthOf(snapshot.receivedAt());
        Document facts = facts(snapshot, month);
        history.record(snapshot, facts);
        Bson newer = and(eq("_id", snapshot.complaintId()), lt("caseVersion", snapshot.caseVersion()));
        return tallies.changing(() -> {
            try {
                Document before = complaints().findOneAndUpdate(newer, new Document("$set", facts),
                        new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE)
                                .projection(TALLIED));
                move(before, facts);
                Set<YearMonth> changed = new TreeSet<>();
                changed.add(month);
                monthOf(before).ifPresent(changed::add);
                return changed;
            } catch (MongoCommandException | MongoWriteException e) {
                if (isDuplicateKey(e)) {
                    return Set.of();
                }
                tallies.forget(List.of(month));
                throw e;
            }
        });
    }

    /**
     * Keeps each snapshot of a batch that is newer than the stored one, in three round trips whatever the batch size:
     * one read of the complaints' stored counted fields (to move the month tallies), one unordered bulk of guarded
     * upserts (a duplicate key means "have something newer", as in {@link #apply}), one unordered bulk adding every
     * snapshot of the batch to the history.
     * Within the batch only each complaint's highest version is written to the live document.
     *
     * @return the months whose figures may have changed, and how many snapshots were kept
     */
    public BatchOutcome applyAll(List<CaseStatusChanged> snapshots) {
        Map<String, CaseStatusChanged> latest = new LinkedHashMap<>();
        List<ComplaintHistory.Versioned> versions = new ArrayList<>(snapshots.size());
        for (CaseStatusChanged snapshot : snapshots) {
            latest.merge(snapshot.complaintId(), snapshot,
                    (kept, next) -> next.caseVersion() > kept.caseVersion() ? next : kept);
            versions.add(new ComplaintHistory.Versioned(snapshot,
                    facts(snapshot, StatisticsCalendar.monthOf(snapshot.receivedAt()))));
        }
        if (latest.isEmpty()) {
            return new BatchOutcome(Set.of(), 0);
        }
        history.recordAll(versions);
        return tallies.changing(() -> {
            Set<YearMonth> changed = new TreeSet<>();
            Map<String, Document> stored = new HashMap<>();
            for (Document before : complaints().find(in("_id", latest.keySet())).projection(TALLIED)) {
                stored.put(before.getString("_id"), before);
                monthOf(before).ifPresent(changed::add);
            }
            List<UpdateOneModel<Document>> writes = new ArrayList<>(latest.size());
            List<String> ids = new ArrayList<>(latest.size());
            List<Document> written = new ArrayList<>(latest.size());
            for (CaseStatusChanged snapshot : latest.values()) {
                YearMonth month = StatisticsCalendar.monthOf(snapshot.receivedAt());
                changed.add(month);
                Document facts = facts(snapshot, month);
                ids.add(snapshot.complaintId());
                written.add(facts);
                writes.add(new UpdateOneModel<>(and(eq("_id", snapshot.complaintId()),
                        lt("caseVersion", snapshot.caseVersion())), new Document("$set", facts),
                        new UpdateOptions().upsert(true)));
            }
            BulkWriteResult result;
            Set<Integer> refused;
            try {
                result = complaints().bulkWrite(writes, new BulkWriteOptions().ordered(false));
                refused = Set.of();
            } catch (MongoBulkWriteException e) {
                if (!onlyDuplicateKeys(e)) {
                    tallies.forget(changed);
                    throw e;
                }
                result = e.getWriteResult();
                refused = refusedWrites(e);
            } catch (RuntimeException e) {
                tallies.forget(changed);
                throw e;
            }
            for (int i = 0; i < written.size(); i++) {
                if (!refused.contains(i)) {
                    move(stored.get(ids.get(i)), written.get(i));
                }
            }
            return new BatchOutcome(changed, result.getUpserts().size() + result.getModifiedCount());
        });
    }

    /** What a batch changed: the months to recompute, and how many snapshots were newer than the stored ones. */
    public record BatchOutcome(Set<YearMonth> months, int kept) {
    }

    /**
     * What is counted of a snapshot: the live document's fields ({@code $set}) and a history version's
     * ({@code $setOnInsert}). {@code changedAt} is when the platform learned it (the event's {@code occurredAt}).
     */
    static Document facts(CaseStatusChanged snapshot, YearMonth month) {
        CaseDeadline deadline = snapshot.deadline();
        return new Document("caseVersion", snapshot.caseVersion())
                .append("caseId", snapshot.caseId())
                .append("month", StatisticsCalendar.key(month))
                .append("receivedAt", Date.from(snapshot.receivedAt().toInstant()))
                .append("channel", name(snapshot.channel()))
                .append("lineOfWork", name(snapshot.lineOfWork() == null ? LineOfWork.OTHER : snapshot.lineOfWork()))
                .append("disposition", name(snapshot.disposition() == null
                        ? Disposition.UNDER_VERIFICATION : snapshot.disposition()))
                .append("district", snapshot.district())
                .append("deadlineStatus", deadline == null ? null : name(deadline.status()))
                .append("deadlineDueAt", deadline == null || deadline.dueAt() == null
                        ? null : Date.from(deadline.dueAt().toInstant()))
                .append("metOnTime", metOnTime(deadline))
                .append("stale", snapshot.stale())
                .append("internalTrackOutcome", InternalTrackClosure.outcomeOf(snapshot).map(Enum::name).orElse(null))
                .append("notCorruption", NotCorruptionFinding.shownBy(snapshot) ? Boolean.TRUE : null)
                .append("changedAt", Date.from(snapshot.occurredAt()));
    }

    /** Counts a screened-out channel record once; returns its month if it was new. */
    public Optional<YearMonth> record(ComplaintScreenedOut screened) {
        return recordScreenedOut(List.of(screened)).stream().findFirst();
    }

    /**
     * Counts a batch of screened-out channel records, each once (keyed by screening id), in one unordered bulk of
     * upserts; returns the months of those that were new.
     */
    public Set<YearMonth> recordScreenedOut(List<ComplaintScreenedOut> batch) {
        List<YearMonth> months = new ArrayList<>(batch.size());
        List<Document> fields = new ArrayList<>(batch.size());
        List<UpdateOneModel<Document>> writes = new ArrayList<>(batch.size());
        for (ComplaintScreenedOut screened : batch) {
            YearMonth month = StatisticsCalendar.monthOf(screened.receivedAt());
            Document kept = fields(screened, month);
            months.add(month);
            fields.add(kept);
            writes.add(new UpdateOneModel<>(eq("_id", screened.screeningId()), new Document("$setOnInsert", kept),
                    new UpdateOptions().upsert(true)));
        }
        return insertOnce(screenedOut(), writes, months, i -> {
            MonthTallies.Month tally = tallies.held(months.get(i));
            if (tally != null) {
                tally.screenedOut(fields.get(i).getString("channel"), fields.get(i).getString("category"), 1);
            }
        });
    }

    /** Counts a screened-out tally once (by event id); returns its month if it was new. */
    public Optional<YearMonth> record(ScreenedOutTallied tally) {
        return recordTallies(List.of(tally)).stream().findFirst();
    }

    /** Counts a batch of screened-out tallies, each once (by event id), in one unordered bulk of upserts. */
    public Set<YearMonth> recordTallies(List<ScreenedOutTallied> batch) {
        List<YearMonth> months = new ArrayList<>(batch.size());
        List<UpdateOneModel<Document>> writes = new ArrayList<>(batch.size());
        for (ScreenedOutTallied tally : batch) {
            YearMonth month = StatisticsCalendar.parseMonth(tally.month())
                    .orElseThrow(() -> new IllegalArgumentException("a tally's month is yyyy-MM"));
            months.add(month);
            writes.add(new UpdateOneModel<>(eq("_id", tally.eventId().toString()),
                    new Document("$setOnInsert", fields(tally, month)), new UpdateOptions().upsert(true)));
        }
        return insertOnce(tallies(), writes, months, i -> {
            MonthTallies.Month held = tallies.held(months.get(i));
            if (held != null) {
                held.tallied(name(batch.get(i).channel()), batch.get(i).count());
            }
        });
    }

    /**
     * Runs keyed insert-once upserts as one unordered bulk, tells {@code inserted} the index of each document it
     * inserted, and returns their months ({@code months} holds each write's month). A duplicate key (a concurrent
     * writer inserted the same key first) means the document was there already.
     */
    private Set<YearMonth> insertOnce(MongoCollection<Document> collection, List<UpdateOneModel<Document>> writes,
            List<YearMonth> months, IntConsumer inserted) {
        if (writes.isEmpty()) {
            return Set.of();
        }
        return tallies.changing(() -> {
            BulkWriteResult result;
            try {
                result = collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
            } catch (MongoBulkWriteException e) {
                if (!onlyDuplicateKeys(e)) {
                    tallies.forget(months);
                    throw e;
                }
                result = e.getWriteResult();
            } catch (RuntimeException e) {
                tallies.forget(months);
                throw e;
            }
            Set<YearMonth> insertedMonths = new TreeSet<>();
            result.getUpserts().forEach(upsert -> {
                inserted.accept(upsert.getIndex());
                insertedMonths.add(months.get(upsert.getIndex()));
            });
            return insertedMonths;
        });
    }

    /** The indexes of a bulk's writes refused for a duplicate key (a stored snapshot as new or newer). */
    private static Set<Integer> refusedWrites(MongoBulkWriteException e) {
        Set<Integer> refused = new HashSet<>();
        e.getWriteErrors().forEach(error -> refused.add(error.getIndex()));
        return refused;
    }

    /** Moves one complaint in the month tallies from what was stored (null: new) to what was written. */
    private void move(Document before, Document after) {
        if (before != null) {
            tally(before, -1);
        }
        tally(after, 1);
    }

    private void tally(Document facts, long n) {
        MonthTallies.Month month = tallies.held(monthOf(facts).orElse(null));
        if (month == null) {
            return;
        }
        month.complaint(countedKey(facts), n);
        Date dueAt = facts.getDate("deadlineDueAt");
        if (DeadlineStatus.OPEN.name().equals(facts.getString("deadlineStatus")) && dueAt != null) {
            month.openDeadline(dueAt.getTime(), n);
        }
    }

    private static Optional<YearMonth> monthOf(Document document) {
        return document == null || document.getString("month") == null ? Optional.empty()
                : StatisticsCalendar.parseMonth(document.getString("month"));
    }

    /** The values a complaint is counted by, in {@link #COUNTED}'s order (null where a field is absent). */
    private static List<Object> countedKey(Document facts) {
        List<Object> key = new ArrayList<>(COUNTED.size());
        COUNTED.forEach(field -> key.add(facts.get(field)));
        return key;
    }

    private static boolean onlyDuplicateKeys(MongoBulkWriteException e) {
        return e.getWriteConcernError() == null && e.getWriteErrors().stream()
                .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
    }

    /** What is kept of a screened-out record besides its id ({@code screeningId}). */
    static Document fields(ComplaintScreenedOut screened, YearMonth month) {
        return new Document("channel", name(screened.channel()))
                .append("month", StatisticsCalendar.key(month))
                .append("receivedAt", Date.from(screened.receivedAt().toInstant()))
                .append("learnedAt", learnedAt(screened.occurredAt()))
                .append("category", screened.category());
    }

    /** What is kept of a tally besides its id (its event id). */
    static Document fields(ScreenedOutTallied tally, YearMonth month) {
        return new Document("channel", name(tally.channel()))
                .append("month", StatisticsCalendar.key(month))
                .append("count", tally.count())
                .append("learnedAt", learnedAt(tally.occurredAt()));
    }

    /**
     * The figures of a set of months taken together (one month, or the twelve of a fiscal year), computed from the
     * documents.
     *
     * @param now the instant against which "due within 7 days" is judged
     */
    public MonthlyRollup rollup(Collection<YearMonth> months, Instant now) {
        MonthlyRollup rollup = new MonthlyRollup();
        tallyMonths(new TreeSet<>(months)).values().forEach(month -> addTo(rollup, month, now));
        return rollup;
    }

    /**
     * The figures of each month of a set, from the months' tallies ({@link MonthTallies}): the publisher recomputes
     * every changed month four times a second, at a cost that does not grow with the month. A month not held yet is
     * tallied from its documents first, all such months in the same four reads.
     */
    public Map<YearMonth, MonthlyRollup> rollupEach(Collection<YearMonth> months, Instant now) {
        Map<YearMonth, MonthlyRollup> rollups = new TreeMap<>();
        tallies.loaded(months, this::tallyMonths)
                .forEach((month, tally) -> rollups.put(month, addTo(new MonthlyRollup(), tally, now)));
        return rollups;
    }

    /**
     * The figures of a month as the platform knew them at {@code asOf}: each complaint received in the month under
     * its latest snapshot learned by then ({@link ComplaintHistory}), the screened-out records and tallies learned by
     * then, and "due within 7 days" judged at {@code asOf}. Reads the history, not the live documents: slower than
     * {@link #rollup}, and only asked for a moment in the past.
     */
    public MonthlyRollup rollupAsOf(YearMonth month, Instant asOf) {
        String key = StatisticsCalendar.key(month);
        MonthlyRollup rollup = new MonthlyRollup();
        for (Document latest : history.latestAsOf(List.of(key), asOf)) {
            if (!key.equals(latest.getString("month"))) {
                continue;
            }
            countInto(rollup, latest, 1);
            Date dueAt = latest.getDate("deadlineDueAt");
            if (DeadlineStatus.OPEN.name().equals(latest.getString("deadlineStatus")) && dueAt != null
                    && !dueAt.toInstant().isBefore(asOf) && !dueAt.toInstant().isAfter(asOf.plus(DUE_SOON))) {
                rollup.dueWithin7Days(1);
            }
        }
        Map<YearMonth, MonthTallies.Month> screened = new TreeMap<>(Map.of(month, new MonthTallies.Month()));
        screenedOutInto(screened, List.of(key), lte("learnedAt", Date.from(asOf)));
        addScreenedOut(rollup, screened.get(month));
        return rollup;
    }

    /** The tallies of the months, from their documents: four reads whatever the number of months. */
    private Map<YearMonth, MonthTallies.Month> tallyMonths(Set<YearMonth> months) {
        Map<YearMonth, MonthTallies.Month> tallied = new TreeMap<>();
        months.forEach(month -> tallied.put(month, new MonthTallies.Month()));
        List<String> keys = months.stream().map(StatisticsCalendar::key).toList();
        Document groupKey = new Document("month", "$month");
        COUNTED.forEach(field -> groupKey.append(field, "$" + field));
        for (Document row : complaints().aggregate(List.of(
                Aggregates.match(in("month", keys)),
                Aggregates.group(groupKey, Accumulators.sum("count", 1))))) {
            Document key = row.get("_id", Document.class);
            target(tallied, key).complaint(countedKey(key), count(row));
        }
        for (Document open : complaints().find(and(in("month", keys), eq("deadlineStatus", DeadlineStatus.OPEN.name())))
                .projection(Projections.include("month", "deadlineDueAt"))) {
            Date dueAt = open.getDate("deadlineDueAt");
            if (dueAt != null) {
                target(tallied, open).openDeadline(dueAt.getTime(), 1);
            }
        }
        screenedOutInto(tallied, keys, null);
        return tallied;
    }

    /** Adds the screened-out records and tallies of the months (those matching {@code learned}, if given). */
    private void screenedOutInto(Map<YearMonth, MonthTallies.Month> tallied, List<String> keys, Bson learned) {
        Bson inMonths = learned == null ? in("month", keys) : and(in("month", keys), learned);
        Document channelKey = new Document("month", "$month").append("channel", "$channel");
        Document categoryKey = new Document(channelKey).append("category", "$category");
        for (Document row : screenedOut().aggregate(List.of(
                Aggregates.match(inMonths),
                Aggregates.group(categoryKey, Accumulators.sum("count", 1))))) {
            Document key = row.get("_id", Document.class);
            target(tallied, key).screenedOut(key.getString("channel"), key.getString("category"), count(row));
        }
        for (Document row : tallies().aggregate(List.of(
                Aggregates.match(inMonths),
                Aggregates.group(channelKey, Accumulators.sum("count", "$count"))))) {
            Document key = row.get("_id", Document.class);
            target(tallied, key).tallied(key.getString("channel"), count(row));
        }
    }

    /** The tallies of the month a document or group key names (a fresh one, never read, for any other month). */
    private static MonthTallies.Month target(Map<YearMonth, MonthTallies.Month> tallied, Document document) {
        return monthOf(document).map(tallied::get).orElseGet(MonthTallies.Month::new);
    }

    private static long count(Document row) {
        return ((Number) row.get("count")).longValue();
    }

    /** Adds a month's tallies to a rollup, "due within 7 days" judged at {@code now}. */
    private static MonthlyRollup addTo(MonthlyRollup rollup, MonthTallies.Month tally, Instant now) {
        tally.complaints.forEach((key, n) -> countInto(rollup, factsOf(key), n));
        rollup.dueWithin7Days(tally.dueBetween(now, DUE_SOON));
        addScreenedOut(rollup, tally);
        return rollup;
    }

    private static void addScreenedOut(MonthlyRollup rollup, MonthTallies.Month tally) {
        tally.screenedOut.forEach((key, n) -> rollup.screenedOut(Channel.valueOf(key.get(0)), key.get(1), n));
        tally.tallied.forEach((channel, n) -> rollup.screenedOut(Channel.valueOf(channel), n));
    }

    private static Document factsOf(List<Object> counted) {
        Document facts = new Document();
        for (int i = 0; i < COUNTED.size(); i++) {
            facts.append(COUNTED.get(i), counted.get(i));
        }
        return facts;
    }

    /**
     * Adds {@code n} complaints with the counted fields of {@code facts} to the rollup: among the complaints, or, when
     * an officer found them not to be about corruption, with the records screened out ({@link NotCorruptionFinding}).
     */
    private static void countInto(MonthlyRollup rollup, Document facts, long n) {
        if (Boolean.TRUE.equals(facts.getBoolean("notCorruption"))) {
            rollup.screenedOut(Channel.valueOf(facts.getString("channel")), NotCorruptionFinding.CATEGORY, n);
        } else {
            rollup.count(countOf(facts, n));
        }
    }

    /** {@code n} complaints with the counted fields of {@code facts} (a live group key or a history version). */
    private static ComplaintCount countOf(Document facts, long n) {
        String deadlineStatus = facts.getString("deadlineStatus");
        String outcome = facts.getString("internalTrackOutcome");
        return new ComplaintCount(
                Channel.valueOf(facts.getString("channel")),
                LineOfWork.valueOf(facts.getString("lineOfWork")),
                Disposition.valueOf(facts.getString("disposition")),
                facts.getString("district"),
                deadlineStatus == null ? null : DeadlineStatus.valueOf(deadlineStatus),
                Boolean.TRUE.equals(facts.getBoolean("metOnTime")),
                outcome == null ? null : ClosureOutcome.valueOf(outcome),
                n);
    }

    /** Every month that has at least one counted complaint, screened-out record or tally. */
    public Set<YearMonth> months() {
        Set<YearMonth> months = new TreeSet<>();
        complaints().distinct("month", String.class)
                .forEach(m -> StatisticsCalendar.parseMonth(m).ifPresent(months::add));
        screenedOut().distinct("month", String.class)
                .forEach(m -> StatisticsCalendar.parseMonth(m).ifPresent(months::add));
        tallies().distinct("month", String.class)
                .forEach(m -> StatisticsCalendar.parseMonth(m).ifPresent(months::add));
        return months;
    }

    /** Months with deadlines still open: their "due within 7 days" figure moves with time alone. */
    public Set<YearMonth> monthsWithOpenDeadlines() {
        Set<YearMonth> months = new TreeSet<>();
        complaints().distinct("month", eq("deadlineStatus", DeadlineStatus.OPEN.name()), String.class)
                .forEach(m -> StatisticsCalendar.parseMonth(m).ifPresent(months::add));
        return months;
    }

    static Date learnedAt(Instant occurredAt) {
        return occurredAt == null ? null : Date.from(occurredAt);
    }

    private static boolean metOnTime(CaseDeadline deadline) {
        if (deadline == null || deadline.status() != DeadlineStatus.MET) {
            return false;
        }
        return deadline.metAt() == null || deadline.dueAt() == null || !deadline.metAt().isAfter(deadline.dueAt());
    }

    private static boolean isDuplicateKey(RuntimeException e) {
        int code = e instanceof MongoCommandException command ? command.getErrorCode()
                : ((MongoWriteException) e).getError().getCode();
        return ErrorCategory.fromErrorCode(code) == ErrorCategory.DUPLICATE_KEY;
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private MongoCollection<Document> complaints() {
        return mongo.getCollection(COMPLAINTS);
    }

    private MongoCollection<Document> screenedOut() {
        return mongo.getCollection(SCREENED_OUT);
    }

    private MongoCollection<Document> tallies() {
        return mongo.getCollection(SCREENED_OUT_TALLIES);
    }
}
