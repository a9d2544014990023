package th.bma.anticorruption.routing.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import io.opentelemetry.context.Scope;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintRouted;
import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.routing.Decisions;
import th.bma.anticorruption.routing.RoutingIntegrationTestSupport;
import th.bma.anticorruption.routing.decision.DecisionStore;
import th.bma.anticorruption.routing.decision.RoutingDecision;
import th.bma.anticorruption.support.observability.TraceParent;
import th.bma.anticorruption.support.outbox.OutboxBatch;
import th.bma.anticorruption.support.outbox.OutboxEvent;
import th.bma.anticorruption.support.outbox.OutboxStore;
import th.bma.anticorruption.support.outbox.PendingMarkers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The decisions as the outbox's store, on the service's MongoDB: decisions are stored with their events and a second
 * decision of the same complaint and sequence is refused; marking sets {@code publishedAt} on exactly the decisions
 * sent, once, and deletes their markers; the relay finds each decision still unacknowledged after the grace period
 * from its marker, with the event id, JSON and trace it was made with, and deletes the markers a crash left on a
 * decision never stored or already published. Each test marks what it stored, so no other test's relay pass meets it.
 */
class DecisionOutboxStoreIntegrationTest extends RoutingIntegrationTestSupport {

    private static final String TRACE = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    private static final ComplaintSummary COMPLAINT = new ComplaintSummary(Channel.WEBSITE, "WEB-7",
            OffsetDateTime.parse("2026-04-02T09:00:00+07:00"), "บางรัก", List.of(), null,
            "เจ้าหน้าที่เขตเรียกรับเงินค่าต่อใบอนุญาต", null, null, "hash-7");

    @Autowired
    DecisionStore decisions;

    @Autowired
    DecisionOutboxStore store;

    @Autowired
    PendingMarkers pending;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    JsonMapper json;

    @Test
    void storesDecisionsWithTheirEventsAndRefusesASecondDecisionOfTheSameSequence() {
        RoutingDecision earlier = decision(Instant.now());
        assertThat(decisions.insert(earlier)).isTrue();
        RoutingDecision first = decision(Instant.now());
        RoutingDecision again = RoutingDecision.of(Decisions.toBangRak(earlier.complaintId(), Instant.now(), COMPLAINT,
                0.9), List.of(), List.of());
        RoutingDecision second = decision(Instant.now());

        OutboxStore.Stored stored = store.store(List.of(first, again, second));

        assertThat(stored.duplicates()).containsExactly(1);
        assertThat(stored.batch().events()).extracting(OutboxEvent::key)
                .containsExactly(first.complaintId(), second.complaintId());
        assertThat(stored.batch().events()).extracting(OutboxEvent::eventId)
                .containsExactly(first.event().eventId(), second.event().eventId());
        assertThat(decisions.find(earlier.complaintId(), 1)).get().as("the stored decision stands")
                .satisfies(decision -> assertThat(decision.event().eventId()).isEqualTo(earlier.event().eventId()));
        assertThat(store.publishedAt(first.complaintId(), 1)).isEmpty();

        store.markSent(List.of(stored.batch(), store.batchOf(List.of(earlier))));
        assertThat(List.of(first, earlier, second)).allSatisfy(decision ->
                assertThat(store.publishedAt(decision.complaintId(), 1)).isPresent());
    }

    @Test
    void markingSetsPublishedAtOnTheDecisionsSentOnlyAndNeverMovesIt() {
        RoutingDecision sent = decision(Instant.now());
        RoutingDecision refused = decision(Instant.now());
        decisions.insertAll(List.of(sent, refused));

        store.markSent(List.of(store.batchOf(List.of(sent))));
        Instant acknowledged = store.publishedAt(sent.complaintId(), 1).orElseThrow();
        assertThat(store.publishedAt(refused.complaintId(), 1)).isEmpty();

        store.markSent(List.of(store.batchOf(List.of(sent)), store.batchOf(List.of(refused))));
        assertThat(store.publishedAt(sent.complaintId(), 1)).contains(acknowledged);
        assertThat(store.publishedAt(refused.complaintId(), 1)).isPresent();
    }

    @Test
    void theRelayFindsEachOldUnacknowledgedDecisionWithTheEventIdJsonAndTraceItWasMadeWith() {
        RoutingDecision old;
        RoutingDecision young;
        try (Scope delivery = TraceParent.resume(TRACE)) {
            old = decision(Instant.now().minusSeconds(60));
            young = decision(Instant.now());
        }
        decisions.insertAll(List.of(old, young));

        List<OutboxBatch> unmarked = unmarked(Set.of(old.complaintId(), young.complaintId()));

        assertThat(unmarked).singleElement().satisfies(batch -> {
            OutboxEvent event = batch.events().get(0);
            assertThat(event.topic()).isEqualTo(Topics.COMPLAINTS_ROUTED);
            assertThat(event.key()).isEqualTo(old.complaintId());
            assertThat(event.eventId()).isEqualTo(old.event().eventId());
            assertThat(event.type()).isEqualTo(ComplaintRouted.class.getSimpleName());
            assertThat(TraceParent.traceIdOf(event.traceparent())).isEqualTo(TraceParent.traceIdOf(TRACE));
            JsonNode json = JSON.readTree(event.json());
            assertThat(json.path("eventId").asString()).isEqualTo(old.event().eventId().toString());
            assertThat(json.path("complaint").path("receivedAt").asString()).isEqualTo("2026-04-02T09:00:00+07:00");
            assertThat(event.event(ComplaintRouted.class)).as("the decision's event, for the outbox's listener")
                    .get().satisfies(routed -> {
                        assertThat(routed.eventId()).isEqualTo(old.event().eventId());
                        assertThat(routed.rule()).isEqualTo(old.event().rule());
                        assertThat(routed.complaint().channel()).isEqualTo(Channel.WEBSITE);
                    });
        });

        store.markSent(unmarked);
        assertThat(unmarked(Set.of(old.complaintId()))).isEmpty();
        store.markSent(List.of(store.batchOf(List.of(young))));
    }

    @Test
    void aDecisionACrashLeftUnsentIsRelayedFromItsMarkerAndASentOneIsNot() {
        RoutingDecision crashed = decision(Instant.now().minusSeconds(60));
        RoutingDecision sent = decision(Instant.now().minusSeconds(60));
        decisions.insertAll(List.of(crashed, sent));
        assertThat(pending.isPending(crashed.id())).as("marked pending before it was stored").isTrue();

        store.markSent(List.of(store.batchOf(List.of(sent))));

        assertThat(pending.isPending(sent.id())).isFalse();
        assertThat(unmarked(Set.of(crashed.complaintId(), sent.complaintId()))).singleElement()
                .satisfies(batch -> assertThat(batch.events()).extracting(OutboxEvent::eventId)
                        .containsExactly(crashed.event().eventId()));
        store.markSent(List.of(store.batchOf(List.of(crashed))));
        assertThat(pending.isPending(crashed.id())).isFalse();
        assertThat(unmarked(Set.of(crashed.complaintId()))).isEmpty();
    }

    @Test
    void aMarkerWithoutItsDecisionIsDeletedUnlessAStoreOfTheDecisionWroteItAgainMeanwhile() {
        RoutingDecision neverStored = decision(Instant.now().minusSeconds(60));
        pending.mark(List.of(MongoDecisionStore.markingOf(neverStored)));
        // The process died before the decision's insert.

        assertThat(unmarked(Set.of(neverStored.complaintId()))).isEmpty();
        assertThat(pending.isPending(neverStored.id())).isFalse();

        RoutingDecision redelivered = decision(Instant.now().minusSeconds(60));
        pending.mark(List.of(MongoDecisionStore.markingOf(redelivered)));
        List<PendingMarkers.Marker> read = markersOf(redelivered);
        // A redelivery stores the same decision while the relay still holds the marker it read.
        decisions.insert(redelivered);
        pending.clearUnchanged(read);

        assertThat(pending.isPending(redelivered.id())).isTrue();
        assertThat(unmarked(Set.of(redelivered.complaintId()))).hasSize(1);
        store.markSent(List.of(store.batchOf(List.of(redelivered))));
    }

    @Test
    void aMarkerLeftOnAPublishedDecisionIsDeletedWithoutSendingIt() {
        RoutingDecision published = decision(Instant.now().minusSeconds(60));
        decisions.insert(published);
        store.markSent(List.of(store.batchOf(List.of(published))));
        // A crash between publishedAt and the marker's delete, or a store of the same decision again, left a marker.
        pending.mark(List.of(MongoDecisionStore.markingOf(published)));

        assertThat(unmarked(Set.of(published.complaintId()))).isEmpty();
        assertThat(pending.isPending(published.id())).isFalse();
    }

    @Test
    void decisionsStoredUnpublishedBeforeMarkersExistedGetOneAtTheFirstRelayPass() {
        RoutingDecision earlier = decision(Instant.now().minusSeconds(60));
        mongo.insert(DecisionDocument.of(earlier));
        mongo.remove(Query.query(where("_id").is(PendingDecisionsConfiguration.EARLIER_DECISIONS_ARMED)),
                PendingDecisionsConfiguration.COLLECTION);
        DecisionOutboxStore restarted = new DecisionOutboxStore(decisions, PendingDecisionsConfiguration.markers(mongo),
                mongo, json, Clock.systemUTC());

        assertThat(restarted.unmarkedBefore(Instant.now().minusSeconds(10), 10_000))
                .filteredOn(batch -> batch.events().get(0).key().equals(earlier.complaintId())).hasSize(1);
        assertThat(mongo.exists(Query.query(where("_id").is(PendingDecisionsConfiguration.EARLIER_DECISIONS_ARMED)),
                PendingDecisionsConfiguration.COLLECTION)).isTrue();
        restarted.markSent(List.of(restarted.batchOf(List.of(earlier))));
        assertThat(pending.isPending(earlier.id())).isFalse();
    }

    private List<PendingMarkers.Marker> markersOf(RoutingDecision decision) {
        return pending.before(Instant.now(), 10_000).stream()
                .filter(marker -> marker.id().equals(decision.id())).toList();
    }

    private List<OutboxBatch> unmarked(Set<String> complaintIds) {
        return store.unmarkedBefore(Instant.now().minusSeconds(10), 10_000).stream()
                .filter(batch -> complaintIds.contains(batch.events().get(0).key())).toList();
    }

    private static RoutingDecision decision(Instant at) {
        return RoutingDecision.of(Decisions.toBangRak("CMP-" + UUID.randomUUID(), at, COMPLAINT, 0.7), List.of(),
                List.of());
    }
}
