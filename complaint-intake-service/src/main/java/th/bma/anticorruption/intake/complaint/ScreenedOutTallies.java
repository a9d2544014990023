package th.bma.anticorruption.intake.complaint;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;

import tools.jackson.databind.json.JsonMapper;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ScreenedOutTallied;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.support.observability.TraceParent;
import th.bma.anticorruption.support.outbox.OutboxBatch;
import th.bma.anticorruption.support.outbox.OutboxEvent;
import th.bma.anticorruption.support.outbox.OutboxStore;

/**
 * The screened-out records: kept by key only, one document per batch, not one per record. A batch's document in
 * {@code screenedOutKeys} holds the channel keys it took for the first time ({@code TRAFFY_FONDUE:<ticket_id>}, exact,
 * never hashed) under a unique multikey index, so a key is in at most one document: a re-push, a re-import or a
 * grown dump counts nothing twice, however concurrently and across restarts. With the keys the document holds what
 * the batch announces: the CSV import's records as one {@link ScreenedOutTallied} per channel and month (counts), a
 * webhook's or a call's as its own {@code ComplaintScreenedOut} (statistics counts those by the channel's category).
 * This is the screened-out records' {@link OutboxStore}; the {@link th.bma.anticorruption.support.outbox.Outbox} over
 * it sends and marks.
 * <p>
 * Crash safety without transactions: the batch is registered in {@code outboxPendingTallies} <em>before</em> its
 * document is inserted and the registration is deleted once the broker acknowledged every event. A registration
 * still there after the grace period is {@link #unmarkedBefore read back}: the batch's document (if the insert
 * happened) gives the same events, with event ids stored or derived from the batch id, so consumers counting by event
 * id count each once.
 */
public class ScreenedOutTallies implements OutboxStore<ScreenedOutTallies.Screened> {

    static final String KEYS_COLLECTION = "screenedOutKeys";
    static final String PENDING_COLLECTION = "outboxPendingTallies";
    private static final String KEYS = "keys";
    private static final String COUNTS = "counts";
    private static final String EVENTS = "events";
    private static final String SINCE = "since";
    /** Registrations written before keys were kept per batch name their keys; their records carry the batch id. */
    private static final String LEGACY_KEYS = "keys";
    private static final String LEGACY_TALLY = "tally";
    private static final String LEGACY_COPIED = "legacy-keys-copied";
    private static final int LEGACY_CHUNK = 1000;
    private static final int MAX_ATTEMPTS = 10;
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final Logger log = LoggerFactory.getLogger(ScreenedOutTallies.class);

    private final OutboxDocuments documents;
    private final MongoCollection<Document> keys;
    private final MongoCollection<Document> pending;
    private final JsonMapper json;
    private final Clock clock;

    public ScreenedOutTallies(OutboxDocuments documents, MongoTemplate mongo, JsonMapper json, Clock clock) {
        this.documents = documents;
        this.keys = mongo.getCollection(KEYS_COLLECTION);
        this.pending = mongo.getCollection(PENDING_COLLECTION);
        this.json = json;
        this.clock = clock;
        keys.createIndex(Indexes.ascending(KEYS), new IndexOptions().unique(true).name("screened_out_key_unique"));
        copyLegacyKeys();
    }

    /**
     * A screened-out record of a batch: its channel key, the Bangkok month of its channel timestamp, and its own event
     * when it is announced one by one (null: counted in the batch's tallies).
     */
    public record Screened(String channelKey, Channel channel, String month, OutboxEvent event) {

        public Screened(String channelKey, Channel channel, String month) {
            this(channelKey, channel, month, null);
        }

        /** An imported record, counted in its batch's tallies. */
        public static Screened of(IncomingComplaint complaint) {
            return new Screened(complaint.channelKey(), complaint.channel(), monthOf(complaint.receivedAt()));
        }

        /** A pushed record, announced by its own event. */
        public static Screened announced(IncomingComplaint complaint, OutboxEvent event) {
            return new Screened(complaint.channelKey(), complaint.channel(), monthOf(complaint.receivedAt()), event);
        }
    }

    /** The Bangkok month, {@code yyyy-MM}, of a channel timestamp. */
    public static String monthOf(OffsetDateTime receivedAt) {
        return YearMonth.from(receivedAt.atZoneSameInstant(BANGKOK)).toString();
    }

    /**
     * Keeps the keys of a batch's records seen for the first time and returns their events; the duplicates are the
     * indexes (in {@code records}) of keys seen before, or earlier in the same batch.
     */
    @Override
    public Stored store(List<Screened> records) {
        String batchId = UUID.randomUUID().toString();
        Instant since = clock.instant();
        Map<String, Integer> firsts = new LinkedHashMap<>();
        Set<Integer> duplicates = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            if (firsts.putIfAbsent(records.get(i).channelKey(), i) != null) {
                duplicates.add(i);
            }
        }
        pending.insertOne(new Document("_id", batchId).append(SINCE, Date.from(since)));
        Set<String> seen = new HashSet<>();
        Document stored = insertKeys(batchId, since, firsts, records, seen);
        for (Map.Entry<String, Integer> first : firsts.entrySet()) {
            if (seen.contains(first.getKey())) {
                duplicates.add(first.getValue());
            }
        }
        return new Stored(new OutboxBatch(batchId, stored == null ? List.of() : eventsOf(stored)), duplicates);
    }

    @Override
    public void markSent(List<OutboxBatch> batches) {
        pending.deleteMany(Filters.in("_id", batches.stream().map(OutboxBatch::id).toList()));
    }

    /** The events of batches registered before {@code before}: read back from the batch's document, if it was stored. */
    @Override
    public List<OutboxBatch> unmarkedBefore(Instant before, int limit) {
        List<Document> stale = pending.find(Filters.lte(SINCE, Date.from(before))).sort(Sorts.ascending(SINCE))
                .limit(limit).into(new ArrayList<>());
        List<OutboxBatch> unmarked = new ArrayList<>(stale.size());
        for (Document registration : stale) {
            String batchId = registration.getString("_id");
            if (registration.containsKey(LEGACY_KEYS)) {
                unmarked.add(new OutboxBatch(batchId, legacyTallies(registration)));
                continue;
            }
            Document stored = keys.find(Filters.eq("_id", batchId)).first();
            unmarked.add(new OutboxBatch(batchId, stored == null ? List.of() : eventsOf(stored)));
        }
        return unmarked;
    }

    public long pendingCount() {
        return pending.countDocuments(Filters.exists(SINCE));
    }

    /** Whether a record's key was taken (by any batch). */
    public boolean seen(String channelKey) {
        return keys.find(Filters.eq(KEYS, channelKey)).projection(Projections.include("_id")).first() != null;
    }

    /**
     * Inserts the batch's document with the keys not seen before; a key another batch holds refuses the whole
     * document, so the keys held are looked up, added to {@code seen}, left out, and the insert tried again. Returns
     * the document inserted, or null if every key was seen before.
     */
    private Document insertKeys(String batchId, Instant since, Map<String, Integer> firsts, List<Screened> records,
            Set<String> seen) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            List<Screened> fresh = new ArrayList<>(firsts.size());
            firsts.forEach((key, at) -> {
                if (!seen.contains(key)) {
                    fresh.add(records.get(at));
                }
            });
            if (fresh.isEmpty()) {
                return null;
            }
            Document batch = batchDocument(batchId, since, fresh);
            try {
                keys.insertOne(batch);
                return batch;
            } catch (MongoWriteException e) {
                if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                seen.addAll(held(fresh.stream().map(Screened::channelKey).toList()));
            }
        }
        throw new IllegalStateException("screened-out keys kept changing under the batch");
    }

    /** Which of {@code candidates} some batch's document holds. */
    private Set<String> held(List<String> candidates) {
        Set<String> wanted = new HashSet<>(candidates);
        Set<String> held = new HashSet<>();
        for (Document batch : keys.find(Filters.in(KEYS, candidates)).projection(Projections.include(KEYS))) {
            for (String key : batch.getList(KEYS, String.class)) {
                if (wanted.contains(key)) {
                    held.add(key);
                }
            }
        }
        return held;
    }

    private Document batchDocument(String batchId, Instant since, List<Screened> fresh) {
        List<String> batchKeys = new ArrayList<>(fresh.size());
        Map<String, Long> counts = new TreeMap<>();
        List<Document> events = new ArrayList<>();
        for (Screened record : fresh) {
            batchKeys.add(record.channelKey());
            if (record.event() != null) {
                events.add(eventDocument(record.event()));
            } else if (record.channel() != null) {
                counts.merge(record.channel().name() + ":" + record.month(), 1L, Long::sum);
            }
        }
        List<Document> tallies = new ArrayList<>(counts.size());
        counts.forEach((channelMonth, count) -> tallies.add(new Document("channelMonth", channelMonth).append("count", count)));
        return new Document("_id", batchId).append(SINCE, Date.from(since)).append(KEYS, batchKeys)
                .append(COUNTS, tallies).append(EVENTS, events);
    }

    private List<OutboxEvent> eventsOf(Document batch) {
        String batchId = batch.getString("_id");
        Instant since = batch.getDate(SINCE).toInstant();
        Map<String, Long> counts = new TreeMap<>();
        for (Document tally : batch.getList(COUNTS, Document.class, List.of())) {
            counts.put(tally.getString("channelMonth"), tally.getLong("count"));
        }
        List<OutboxEvent> events = tallies(batchId, since, counts);
        for (Document event : batch.getList(EVENTS, Document.class, List.of())) {
            events.add(new OutboxEvent(Topics.COMPLAINTS_SCREENED_OUT, event.getString("key"),
                    UUID.fromString(event.getString("eventId")), event.getString("type"),
                    event.getInteger("schemaVersion", 1), event.getString("json"), event.getString(TraceParent.HEADER)));
        }
        return events;
    }

    private static Document eventDocument(OutboxEvent event) {
        Document document = new Document("key", event.key()).append("eventId", event.eventId().toString())
                .append("type", event.type()).append("schemaVersion", event.schemaVersion()).append("json", event.json());
        if (event.traceparent() != null) {
            document.append(TraceParent.HEADER, event.traceparent());
        }
        return document;
    }

    private List<OutboxEvent> tallies(String batchId, Instant occurredAt, Map<String, Long> counts) {
        List<OutboxEvent> events = new ArrayList<>(counts.size());
        counts.forEach((channelMonth, count) -> {
            int colon = channelMonth.indexOf(':');
            ScreenedOutTallied tally = new ScreenedOutTallied(tallyId(batchId, channelMonth), occurredAt,
                    ScreenedOutTallied.SCHEMA_VERSION, Channel.valueOf(channelMonth.substring(0, colon)),
                    channelMonth.substring(colon + 1), count);
            events.add(OutboxEvent.of(Topics.COMPLAINTS_SCREENED_OUT_TALLIED, tally, json));
        });
        return events;
    }

    /** The same batch, channel and month always give the same event id, whoever publishes the tally. */
    static UUID tallyId(String batchId, String channelMonth) {
        return UUID.nameUUIDFromBytes(("tally:" + batchId + ":" + channelMonth).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Records kept one document each (before keys were kept per batch) are copied into batch documents once, so their
     * keys still make a re-push a duplicate; the old documents stay for the relay of what they still announce.
     */
    private void copyLegacyKeys() {
        if (pending.find(Filters.eq("_id", LEGACY_COPIED)).first() != null
                || documents.count(OutboxCollection.SCREENED_OUT) == 0) {
            return;
        }
        List<String> chunk = new ArrayList<>(LEGACY_CHUNK);
        long copied = 0;
        for (Document legacy : documents.allIds(OutboxCollection.SCREENED_OUT)) {
            chunk.add(legacy.getString("_id"));
            if (chunk.size() == LEGACY_CHUNK) {
                copied += copyLegacyChunk(chunk);
                chunk.clear();
            }
        }
        copied += copyLegacyChunk(chunk);
        pending.insertOne(new Document("_id", LEGACY_COPIED));
        log.info("Copied {} screened-out keys kept one document each into batch documents", copied);
    }

    private int copyLegacyChunk(List<String> chunk) {
        if (chunk.isEmpty()) {
            return 0;
        }
        Map<String, Integer> firsts = new LinkedHashMap<>();
        List<Screened> records = new ArrayList<>(chunk.size());
        for (String key : chunk) {
            firsts.put(key, records.size());
            // Already counted when they were taken: kept as keys only, announcing nothing.
            records.add(new Screened(key, null, null, null));
        }
        Set<String> seen = new HashSet<>();
        insertKeys("legacy-" + UUID.randomUUID(), clock.instant(), firsts, records, seen);
        return chunk.size() - seen.size();
    }

    /** A registration written before keys were kept per batch: its tallies, counted from the records it took. */
    private List<OutboxEvent> legacyTallies(Document registration) {
        String batchId = registration.getString("_id");
        Map<String, Long> counts = new TreeMap<>();
        for (Document record : documents.findAll(OutboxCollection.SCREENED_OUT,
                registration.getList(LEGACY_KEYS, String.class))) {
            if (batchId.equals(record.getString(LEGACY_TALLY))) {
                counts.merge(record.getString("channel") + ":" + record.getString("month"), 1L, Long::sum);
            }
        }
        return tallies(batchId, registration.getDate(SINCE).toInstant(), counts);
    }
}
