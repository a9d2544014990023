package th.bma.anticorruption.intake.complaint;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

import tools.jackson.databind.json.JsonMapper;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ScreenedOutTallied;
import th.bma.anticorruption.contracts.Topics;

/**
 * The bulk import's screened-out records: counted per channel and month, not tracked. Each record is kept only as its
 * channel key (the {@code _id} of a tiny document in the screened-out collection, beside those of the webhooks), the
 * exact set of tickets seen, so a re-import or a grown dump counts nothing twice. Per batch, the records inserted for
 * the first time are published as one {@link ScreenedOutTallied} per channel and month instead of one event per
 * record.
 * <p>
 * Crash safety without transactions: the batch is registered in {@code outboxPendingTallies} (its id and the keys it
 * will insert) <em>before</em> its records, each record is inserted with that batch id ({@code tally}), and the
 * registration is deleted once the broker acknowledged every tally. A batch still registered after the grace period
 * is {@link #relayPending relayed}: the tallies are counted again from the records that carry its id (a record taken
 * by another batch, or never inserted, does not), with the same event ids and times, which are derived from the batch
 * id, so a consumer counting by event id counts each once.
 */
public class ScreenedOutTallies {

    static final String PENDING_COLLECTION = "outboxPendingTallies";
    static final String TALLY = "tally";
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final Logger log = LoggerFactory.getLogger(ScreenedOutTallies.class);

    private final OutboxDocuments documents;
    private final MongoCollection<Document> pending;
    private final Sender sender;
    private final JsonMapper json;
    private final Clock clock;

    public ScreenedOutTallies(OutboxDocuments documents, MongoTemplate mongo, Sender sender, JsonMapper json,
            Clock clock) {
        this.documents = documents;
        this.pending = mongo.getCollection(PENDING_COLLECTION);
        this.sender = sender;
        this.json = json;
        this.clock = clock;
    }

    /** Sends events to a topic; true once the broker acknowledged every one ({@link BulkEventSender} in the service). */
    @FunctionalInterface
    public interface Sender {

        boolean sendAll(String topic, List<SerializedEvent> events);

        static Sender of(BulkEventSender bulk) {
            return (topic, events) -> bulk.sendSerialized(topic, events).stream().allMatch(Boolean::booleanValue);
        }
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
     * Keeps the keys of a batch's screened-out records and publishes the tallies of those seen for the first time;
     * returns the indexes (in {@code records}) that were already seen.
     */
    public Set<Integer> record(List<Screened> records) {
        if (records.isEmpty()) {
            return Set.of();
        }
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
        if (publish(batchId, since, counts)) {
            pending.deleteOne(Filters.eq("_id", batchId));
        }
        return seen;
    }

    /** Republishes the tallies of batches registered more than {@code grace} ago; returns how many tallies. */
    public int relayPending(Duration grace, int batches) {
        Date before = Date.from(clock.instant().minus(grace));
        List<Document> stale = pending.find(Filters.lte("since", before)).sort(Sorts.ascending("since"))
                .limit(batches).into(new ArrayList<>());
        int published = 0;
        for (Document batch : stale) {
            String batchId = batch.getString("_id");
            Map<String, Long> counts = new TreeMap<>();
            for (String key : batch.getList("keys", String.class)) {
                documents.find(OutboxCollection.SCREENED_OUT, key)
                        .filter(record -> batchId.equals(record.getString(TALLY)))
                        .ifPresent(record -> counts.merge(record.getString("channel") + ":" + record.getString("month"),
                                1L, Long::sum));
            }
            if (publish(batchId, batch.getDate("since").toInstant(), counts)) {
                pending.deleteOne(Filters.eq("_id", batchId));
                published += counts.size();
                log.info("Outbox relay republished {} pending screened-out tallies", counts.size());
            }
        }
        return published;
    }

    public long pendingCount() {
        return pending.countDocuments();
    }

    private boolean publish(String batchId, Instant occurredAt, Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return true;
        }
        List<SerializedEvent> events = new ArrayList<>(counts.size());
        counts.forEach((channelMonth, count) -> {
            int colon = channelMonth.indexOf(':');
            ScreenedOutTallied tally = new ScreenedOutTallied(tallyId(batchId, channelMonth), occurredAt,
                    ScreenedOutTallied.SCHEMA_VERSION, Channel.valueOf(channelMonth.substring(0, colon)),
                    channelMonth.substring(colon + 1), count);
            events.add(SerializedEvent.of(tally, json));
        });
        return sender.sendAll(Topics.COMPLAINTS_SCREENED_OUT_TALLIED, events);
    }

    /** The same batch, channel and month always give the same event id, whoever publishes the tally. */
    static UUID tallyId(String batchId, String channelMonth) {
        return UUID.nameUUIDFromBytes(("tally:" + batchId + ":" + channelMonth).getBytes(StandardCharsets.UTF_8));
    }
}
