package th.bma.anticorruption.intake.complaint;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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

import th.bma.anticorruption.support.observability.TraceParent;
import th.bma.anticorruption.support.outbox.OutboxEvent;

/**
 * MongoDB access for the outbox collections: insert a document with its event serialised (a duplicate key means
 * the channel record was already taken), find one, read its event back. A unique key derived from the channel
 * record (the complaint id, or the screening id {@code channel:recordId}) is what makes a record count once,
 * however many times and however concurrently it is pushed. Which events still wait for the broker is kept apart,
 * per batch, in {@link PendingEvents}.
 */
public class OutboxDocuments {

    /** The event as JSON text, exactly the bytes sent to Kafka. */
    public static final String EVENT_JSON = "eventJson";
    /** Documents written before the event was kept as JSON text hold it as a sub-document. */
    static final String LEGACY_EVENT = "event";
    public static final String REGISTERED_AT = "registeredAt";
    static final String SCHEMA_VERSION = "schemaVersion";
    private static final String CHANNEL_RECORD_INDEX = "channel_record_unique";

    private final Map<OutboxCollection, MongoCollection<Document>> collections = new EnumMap<>(OutboxCollection.class);
    private final Clock clock;

    public OutboxDocuments(MongoTemplate mongo, Clock clock) {
        this.clock = clock;
        for (OutboxCollection kind : OutboxCollection.values()) {
            collections.put(kind, mongo.getCollection(kind.collection()));
        }
        // A screened-out record's _id is its channel key (TRAFFY_FONDUE:<ticket_id>): _id alone makes it count once.
        // A second, compound unique index cost most of the embedded MongoDB's time on the import (its H2 backend
        // compares composite keys by serialising them), so only complaints, looked up by channel record, keep one.
        collections.get(OutboxCollection.COMPLAINTS).createIndex(Indexes.ascending("channel", "channelRecordId"),
                new IndexOptions().unique(true).name(CHANNEL_RECORD_INDEX));
        MongoCollection<Document> screenedOut = collections.get(OutboxCollection.SCREENED_OUT);
        for (Document index : screenedOut.listIndexes()) {
            if (CHANNEL_RECORD_INDEX.equals(index.getString("name"))) {
                screenedOut.dropIndex(CHANNEL_RECORD_INDEX);
            }
        }
    }

    /** A new outbox document: the record's keys and its event. */
    public Document newDocument(String id, String channel, String channelRecordId, OutboxEvent event) {
        Document document = new Document("_id", id)
                .append("channel", channel)
                .append("channelRecordId", channelRecordId)
                .append("eventId", event.eventId().toString())
                .append(REGISTERED_AT, Date.from(clock.instant()))
                .append(SCHEMA_VERSION, event.schemaVersion())
                .append(EVENT_JSON, event.json());
        if (event.traceparent() != null) {
            document.append(TraceParent.HEADER, event.traceparent());
        }
        return document;
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

    /** Inserts many in one round trip, unordered; returns the indexes (in {@code documents}) refused as duplicates. */
    public Set<Integer> insertMany(OutboxCollection kind, List<Document> documents) {
        if (documents.isEmpty()) {
            return Set.of();
        }
        try {
            collections.get(kind).insertMany(documents, new InsertManyOptions().ordered(false));
            return Set.of();
        } catch (MongoBulkWriteException e) {
            Set<Integer> duplicates = new HashSet<>();
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

    /** The documents of these ids that exist, in no particular order (one round trip). */
    public List<Document> findAll(OutboxCollection kind, List<String> ids) {
        return collections.get(kind).find(Filters.in("_id", ids)).into(new ArrayList<>());
    }

    /** Every document's id, for a pass over the whole collection. */
    public Iterable<Document> allIds(OutboxCollection kind) {
        return collections.get(kind).find().projection(new Document("_id", 1));
    }

    public long count(OutboxCollection kind) {
        return collections.get(kind).countDocuments();
    }

    /** The event stored with a document, as it goes to Kafka. */
    public OutboxEvent eventOf(OutboxCollection kind, Document document) {
        String json = document.getString(EVENT_JSON);
        if (json == null) {
            json = document.get(LEGACY_EVENT, Document.class).toJson();
        }
        // The aggregate id of both kinds is the document id: the complaint id or the screening id.
        return new OutboxEvent(kind.topic(), document.getString("_id"), UUID.fromString(document.getString("eventId")),
                kind.eventType().getSimpleName(), document.getInteger(SCHEMA_VERSION, 1), json,
                document.getString(TraceParent.HEADER));
    }
}
