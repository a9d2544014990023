package th.bma.anticorruption.routing.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
import th.bma.anticorruption.support.outbox.PendingMarkers;
import tools.jackson.databind.json.JsonMapper;

/**
 * The decisions as the platform's outbox store: a decision's document holds the event that announces it, so the
 * event is exactly as durable as the decision (one insert), and {@code publishedAt} says when the broker acknowledged
 * it. What is still to be acknowledged is kept apart, a marker per decision in {@code decisions_pending}
 * ({@link PendingMarkers} for records stored once: written before the decision, deleted after its {@code publishedAt}
 * is set), so the relay's lookup costs what is unsent, not what was ever decided. A batch is named by the ids of its
 * decisions (a JSON array, whatever characters a complaint id holds), so marking is one update by {@code _id} that
 * sets {@code publishedAt} where it is still unset and one delete of the markers; the relay reads the oldest markers
 * and the decisions they name (by {@code _id}), and sends each unpublished one as a batch of its own. The event is
 * serialised when it is sent, continuing the trace its decision was made in.
 */
@Component
public class DecisionOutboxStore implements OutboxStore<RoutingDecision> {

    private final DecisionStore decisions;
    private final PendingMarkers pending;
    private final MongoTemplate mongo;
    private final JsonMapper json;
    private final Clock clock;

    public DecisionOutboxStore(DecisionStore decisions, PendingMarkers pending, MongoTemplate mongo, JsonMapper json,
            Clock clock) {
        this.decisions = decisions;
        this.pending = pending;
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
            pending.clear(ids);
        }
    }

    /**
     * Decisions made before {@code before} whose event the broker has not acknowledged, oldest first: read from the
     * oldest markers. A marker whose decision is published already, or was never stored, is deleted on the way.
     */
    @Override
    public List<OutboxBatch> unmarkedBefore(Instant before, int limit) {
        pending.markEarlierRecordsOnce(this::markDecisionsStoredBeforeMarkers);
        List<OutboxBatch> unsent = new ArrayList<>();
        List<String> published = new ArrayList<>();
        for (DecisionDocument document : pending.recordsBefore(before, limit,
                ids -> mongo.find(Query.query(where("_id").in(ids)), DecisionDocument.class), DecisionDocument::id)) {
            if (document.publishedAt() != null) {
                published.add(document.id());
            } else {
                unsent.add(batchOf(List.of(document.decision())));
            }
        }
        pending.clear(published);
        return unsent;
    }

    /** Decisions stored unpublished before markers existed get one. Finding them reads {@code publishedAt}, once. */
    private void markDecisionsStoredBeforeMarkers() {
        pending.mark(mongo.find(Query.query(where(DecisionDocument.PUBLISHED_AT).is(null)), DecisionDocument.class)
                .stream().map(document -> MongoDecisionStore.markingOf(document.decision())).toList());
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
