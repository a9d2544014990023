package th.bma.anticorruption.intake.complaint;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

import tools.jackson.databind.json.JsonMapper;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ScreenedOutTallied;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.support.outbox.OutboxBatch;
import th.bma.anticorruption.support.outbox.OutboxEvent;
import th.bma.anticorruption.support.outbox.OutboxStore;

/**
 * The bulk import's screened-out records: counted per channel and month, not tracked. Each record is kept only as its
 * channel key (the {@code _id} of a tiny document in the screened-out collection, beside those of the webhooks), the
 * exact set of tickets seen, so a re-import or a grown dump counts nothing twice. Per batch, the records inserted for
 * the first time are published as one {@link ScreenedOutTallied} per channel and month instead of one event per
 * record. This is the tallies' {@link OutboxStore}; the {@link th.bma.anticorruption.support.outbox.Outbox} over it
 * sends and marks.
 * <p>
 * Crash safety without transactions: the batch is registered in {@code outboxPendingTallies} (its id and the keys it
 * will insert) <em>before</em> its records, each record is inserted with that batch id ({@code tally}), and the
 * registration is deleted once the broker acknowledged every tally. A batch still registered after the grace period
 * is {@link #unmarkedBefore read back}: the tallies are counted again from the records that carry its id (a record taken
 * by another batch, or never inserted, does not), with the same event ids and times, which are derived from the batch
 * id, so a consumer counting by event id counts each once.
 */
public class ScreenedOutTallies implements OutboxStore<ScreenedOutTallies.Screened> {

    static final String PENDING_COLLECTION = "outboxPendingTallies";
    static final String TALLY = "tally";
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private final OutboxDocuments documents;
    private final MongoCollection<Document> pending;
    private final JsonMapper json;
    private final Clock clock;

    public ScreenedOutTallies(OutboxDocuments documents, MongoTemplate mongo, JsonMapper json, Clock clock) {
        this.documents = documents;
        this.pending = mongo.getCollection(PENDING_COLLECTION);
        this.json = json;
        this.clock = clock;
    }

    /** A screened-out record of a batch: its channel key and the Bangkok month of its channel timestamp. */
    public record Screened(String channelKey, Channel channel, String month) {

        public static Screened of(IncomingComplaint complaint) {
            return new Screened(complaint.channelKey(), complaint.channel(), monthOf(complaint.receivedAt()));
        }
    }

    /** The Bangkok month, {@code yyyy-MM}, of a channel timestamp. */
    public static String monthOf(OffsetDateTime receivedAt) {
        return YearMonth.from(receivedAt.atZoneSameInstant(BANGKOK)).toString();
    }

    /**
     * Keeps the keys of a batch's screened-out records; the batch's events are the tallies of those seen for the
     * first time, and its duplicates the indexes (in {@code records}) that were already seen.
     */
    @Override
    public Stored store(List<Screened> records) {
        String batchId = UUID.randomUUID().toString();
        Instant since = clock.instant();
        List<String> keys = new ArrayList<>(records.size());
        List<Document> tiny = new ArrayList<>(records.size());
        for (Screened record : records) {
            keys.add(record.channelKey());
            tiny.add(new Document("_id", record.channelKey()).append("channel", record.channel().name())
                    .append("month", record.month()).append(TALLY, batchId));
        }
        pending.insertOne(new Document("_id", batchId).append("since", Date.from(since)).append("keys", keys));
        Set<Integer> seen = documents.insertMany(OutboxCollection.SCREENED_OUT, tiny);
        Map<String, Long> counts = new TreeMap<>();
        for (int i = 0; i < records.size(); i++) {
            if (!seen.contains(i)) {
                counts.merge(records.get(i).channel().name() + ":" + records.get(i).month(), 1L, Long::sum);
            }
        }
        return new Stored(new OutboxBatch(batchId, tallies(batchId, since, counts)), seen);
    }

    @Override
    public void markSent(List<OutboxBatch> batches) {
        pending.deleteMany(Filters.in("_id", batches.stream().map(OutboxBatch::id).toList()));
    }

    /** The tallies of batches registered before {@code before}, counted again from the records that carry their id. */
    @Override
    public List<OutboxBatch> unmarkedBefore(Instant before, int limit) {
        List<Document> stale = pending.find(Filters.lte("since", Date.from(before))).sort(Sorts.ascending("since"))
                .limit(limit).into(new ArrayList<>());
        List<OutboxBatch> unmarked = new ArrayList<>(stale.size());
        for (Document batch : stale) {
            String batchId = batch.getString("_id");
            Map<String, Long> counts = new TreeMap<>();
            for (Document record : documents.findAll(OutboxCollection.SCREENED_OUT, batch.getList("keys", String.class))) {
                if (batchId.equals(record.getString(TALLY))) {
                    counts.merge(record.getString("channel") + ":" + record.getString("month"), 1L, Long::sum);
                }
            }
            unmarked.add(new OutboxBatch(batchId, tallies(batchId, batch.getDate("since").toInstant(), counts)));
        }
        return unmarked;
    }

    public long pendingCount() {
        return pending.countDocuments();
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
}
