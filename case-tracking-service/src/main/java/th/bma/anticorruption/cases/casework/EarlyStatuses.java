package th.bma.anticorruption.cases.casework;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import th.bma.anticorruption.cases.lifecycle.ChannelFacts;

/**
 * Channel statuses that arrived before their complaint's case was opened (the topics are not ordered with each
 * other), kept until the opening takes them: one document per complaint ({@code _id} = complaint id, its statuses in
 * an array), so the opening of a whole batch of cases finds theirs with one query on {@code _id}, which every
 * MongoDB answers from an index.
 */
@Component
class EarlyStatuses implements InitializingBean {

    static final String COLLECTION = "early_channel_statuses";
    private static final String STATUSES = "statuses";

    private final MongoTemplate mongo;

    EarlyStatuses(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A status waiting for its case. */
    record EarlyStatus(String id, Instant at, String event, String detail, ChannelFacts facts) {
    }

    record Waiting(@Id String complaintId, List<EarlyStatus> statuses) {
    }

    /**
     * Statuses kept one document per status ({@code _id} = event id, with a {@code complaintId} field) before this
     * layout are moved into it once, at start-up.
     */
    @Override
    public void afterPropertiesSet() {
        for (Document old : mongo.getCollection(COLLECTION).find(new Document("complaintId",
                new Document("$exists", true)))) {
            String complaintId = old.getString("complaintId");
            old.remove("complaintId");
            old.put("id", old.remove("_id"));
            keep(complaintId, mongo.getConverter().read(EarlyStatus.class, old));
            mongo.getCollection(COLLECTION).deleteOne(new Document("_id", old.get("id")));
        }
    }

    /** Keeps a status for the complaint's opening; a status kept before (same event id) is not kept twice. */
    void keep(String complaintId, EarlyStatus status) {
        try {
            mongo.upsert(query(where("_id").is(complaintId).and(STATUSES + ".id").ne(status.id())),
                    new Update().push(STATUSES, status), COLLECTION);
        } catch (DuplicateKeyException e) {
            // the complaint's document holds this status already
        }
    }

    List<EarlyStatus> of(String complaintId) {
        return of(List.of(complaintId)).getOrDefault(complaintId, List.of());
    }

    /** The statuses waiting for each of these complaints (absent: none), in one query. */
    Map<String, List<EarlyStatus>> of(Collection<String> complaintIds) {
        Map<String, List<EarlyStatus>> waiting = new HashMap<>();
        if (!complaintIds.isEmpty()) {
            mongo.find(query(where("_id").in(complaintIds)), Waiting.class, COLLECTION)
                    .forEach(found -> waiting.put(found.complaintId(), List.copyOf(found.statuses())));
        }
        return waiting;
    }

    /** Forgets the statuses a case has taken; others that arrived meanwhile stay. */
    void forget(String complaintId, Collection<String> statusIds) {
        if (statusIds.isEmpty()) {
            return;
        }
        mongo.updateFirst(query(where("_id").is(complaintId)), new Update().pull(STATUSES,
                new Document("id", new Document("$in", List.copyOf(statusIds)))), COLLECTION);
        mongo.remove(query(where("_id").is(complaintId).and(STATUSES).size(0)), COLLECTION);
    }
}
