package th.bma.anticorruption.intake.complaint;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Updates;

import tools.jackson.databind.json.JsonMapper;

import th.bma.anticorruption.contracts.IntegrationEvent;

/**
 * MongoDB access for the outbox collections: insert a document with its event (a duplicate key means the channel
 * record was already taken), mark it published, find what is still unpublished. The unique index on
 * (channel, channelRecordId) is what makes a record count once, however many times and however concurrently
 * it is pushed.
 */
public class OutboxDocuments {

    public static final String EVENT = "event";
    public static final String PUBLISHED = "published";
    public static final String REGISTERED_AT = "registeredAt";

    private final Map<OutboxCollection, MongoCollection<Document>> collections = new EnumMap<>(OutboxCollection.class);
    private final JsonMapper json;
    private final Clock clock;

    public OutboxDocuments(MongoTemplate mongo, JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
        for (OutboxCollection kind : OutboxCollection.values()) {
            MongoCollection<Document> collection = mongo.getCollection(kind.collection());
            collection.createIndex(Indexes.ascending("channel", "channelRecordId"),
                    new IndexOptions().unique(true).name("channel_record_unique"));
            collection.createIndex(Indexes.ascending(PUBLISHED, REGISTERED_AT), new IndexOptions().name("unpublished"));
            collections.put(kind, collection);
        }
    }

    /** A new outbox document: the record's keys, extra fields, and its event not yet published. */
    public Document newDocument(String id, String channel, String channelRecordId, IntegrationEvent event) {
        return new Document("_id", id)
                .append("channel", channel)
                .append("channelRecordId", channelRecordId)
                .append("eventId", event.eventId().toString())
                .append(PUBLISHED, false)
                .append(REGISTERED_AT, Date.from(clock.instant()))
                .append(EVENT, Document.parse(json.writeValueAsString(event)));
    }

    /** Inserts; false when a document with the same id or channel record already exists. */
    public boolean insert(OutboxCollection kind, Document document) {
        try {
            collections.get(kind).insertOne(document);
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Inserts many in one round trip; returns the indexes (in {@code documents}) refused as duplicates. */
    public List<Integer> insertMany(OutboxCollection kind, List<Document> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        try {
            collections.get(kind).insertMany(documents, new InsertManyOptions().ordered(false));
            return List.of();
        } catch (MongoBulkWriteException e) {
            List<Integer> duplicates = new ArrayList<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                duplicates.add(error.getIndex());
            }
            return duplicates;
        }
    }

    public Optional<Document> find(OutboxCollection kind, String id) {
        return Optional.ofNullable(collections.get(kind).find(Filters.eq("_id", id)).first());
    }

    public Optional<Document> findByChannelRecord(OutboxCollection kind, String channel, String channelRecordId) {
        return Optional.ofNullable(collections.get(kind)
                .find(Filters.and(Filters.eq("channel", channel), Filters.eq("channelRecordId", channelRecordId)))
                .first());
    }

    /** The ids among {@code ids} that already have a document. */
    public List<String> existingIds(OutboxCollection kind, Collection<String> ids) {
        List<String> found = new ArrayList<>();
        collections.get(kind).find(Filters.in("_id", ids)).projection(new Document("_id", 1))
                .forEach(d -> found.add(d.getString("_id")));
        return found;
    }

    public void markPublished(OutboxCollection kind, Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        collections.get(kind).updateMany(Filters.in("_id", ids),
                Updates.combine(Updates.set(PUBLISHED, true), Updates.set("publishedAt", Date.from(clock.instant()))));
    }

    /** Documents still unpublished that were registered more than {@code grace} ago (not in flight any more). */
    public List<Document> unpublished(OutboxCollection kind, Duration grace, int limit) {
        Date before = Date.from(clock.instant().minus(grace));
        List<Document> found = new ArrayList<>();
        collections.get(kind).find(Filters.and(Filters.eq(PUBLISHED, false), Filters.lte(REGISTERED_AT, before)))
                .limit(limit).forEach(found::add);
        return found;
    }

    public long count(OutboxCollection kind) {
        return collections.get(kind).countDocuments();
    }

    public IntegrationEvent eventOf(OutboxCollection kind, Document document) {
        return json.readValue(document.get(EVENT, Document.class).toJson(), kind.eventType());
    }
}
