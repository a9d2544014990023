package th.bma.anticorruption.routing.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.routing.decision.DecisionStore;
import th.bma.anticorruption.routing.decision.RoutingDecision;
import th.bma.anticorruption.support.outbox.OutboxBatch;
import th.bma.anticorruption.support.outbox.OutboxEvent;
import th.bma.anticorruption.support.outbox.OutboxStore;
import tools.jackson.databind.json.JsonMapper;

/**
 * The decisions as the platform's outbox store: a decision's document holds the event that announces it, so the
 * event is exactly as durable as the decision (one insert), and {@code publishedAt} says whether the broker
 * acknowledged it. A batch is named by the ids of its decisions (a JSON array, whatever characters a complaint id
 * holds), so marking is one update by {@code _id} that sets {@code publishedAt} where it is still unset; the relay
 * finds each decision without one, oldest first, as a batch of its own. The event is serialised when it is sent,
 * continuing the trace its decision was made in.
 */
@Component
public class DecisionOutboxStore implements OutboxStore<RoutingDecision> {

    private final DecisionStore decisions;
    private final MongoTemplate mongo;
    private final JsonMapper json;
    private final Clock clock;

    public DecisionOutboxStore(DecisionStore decisions, MongoTemplate mongo, JsonMapper json, Clock clock) {
        this.decisions = decisions;
        this.mongo = mongo;
        this.json = json;
        this.clock = clock;
    }

    /** Inserts the decisions with their events; one that was stored already is a duplicate and carries no event. */
    @Override
    public Stored store(List<RoutingDecision> records) {
        Set<String> stored = decisions.insertAll(records);
        Set<Integer> duplicates = new HashSet<>();
        List<RoutingDecision> storedNow = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            RoutingDecision decision = records.get(i);
            if (stored.contains(decision.id())) {
                storedNow.add(decision);
            } else {
                duplicates.add(i);
            }
        }
        return new Stored(batchOf(storedNow), duplicates);
    }

    @Override
    public void markSent(List<OutboxBatch> batches) {
        Set<String> ids = new HashSet<>();
        batches.forEach(batch -> ids.addAll(List.of(json.readValue(batch.id(), String[].class))));
        if (!ids.isEmpty()) {
            mongo.updateMulti(Query.query(where("_id").in(ids).and(DecisionDocument.PUBLISHED_AT).is(null)),
                    new Update().set(DecisionDocument.PUBLISHED_AT, clock.instant()), DecisionDocument.class);
        }
    }

    /** Decisions made before {@code before} whose event the broker has not acknowledged, oldest first. */
    @Override
    public List<OutboxBatch> unmarkedBefore(Instant before, int limit) {
        return mongo.find(Query.query(where(DecisionDocument.PUBLISHED_AT).is(null).and(DecisionDocument.OCCURRED_AT)
                .lt(before)).with(Sort.by(DecisionDocument.OCCURRED_AT)).limit(limit), DecisionDocument.class)
                .stream().map(document -> batchOf(List.of(document.decision()))).toList();
    }

    /** Stored decisions as one batch of the outbox: their events, in order, to send now. */
    public OutboxBatch batchOf(List<RoutingDecision> decisions) {
        return new OutboxBatch(json.writeValueAsString(decisions.stream().map(RoutingDecision::id).toList()),
                decisions.stream().map(this::eventOf).toList());
    }

    /** When the broker acknowledged the decision's event; empty until then (or if there is no such decision). */
    public Optional<Instant> publishedAt(String complaintId, long sequence) {
        return Optional.ofNullable(mongo.findById(RoutingDecision.idOf(complaintId, sequence), DecisionDocument.class))
                .map(DecisionDocument::publishedAt);
    }

    private OutboxEvent eventOf(RoutingDecision decision) {
        return OutboxEvent.of(Topics.COMPLAINTS_ROUTED, decision.event(), json, decision.traceparent());
    }
}
