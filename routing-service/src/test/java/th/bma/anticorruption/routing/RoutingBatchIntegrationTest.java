package th.bma.anticorruption.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;

import th.bma.anticorruption.contracts.ComplaintReceived;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.routing.decision.DecisionStore;
import th.bma.anticorruption.routing.decision.RoutingDecision;
import th.bma.anticorruption.routing.store.DecisionOutboxStore;
import th.bma.anticorruption.support.outbox.Outbox;
import th.bma.anticorruption.support.outbox.OutboxEvent;
import th.bma.anticorruption.testkit.HeldBatch;
import th.bma.anticorruption.testkit.TestInfrastructure;
import th.bma.anticorruption.testkit.TopicReader;

/**
 * Routing consumes a poll at a time: the complaints of one poll are decided, stored and announced together, a record
 * that cannot be routed goes alone to the dead-letter topic, and a poll delivered again changes nothing.
 */
class RoutingBatchIntegrationTest extends RoutingIntegrationTestSupport {

    private static final String BINDING = "routeComplaint-in-0";
    private static final String[] TEXTS = {
        "เจ้าหน้าที่เทศกิจเรียกเก็บเงินจากผู้ค้าหาบเร่แผงลอยหน้าตลาดทุกวัน ถ้าไม่จ่ายจะยึดของ",
        "ผู้รับเหมาซ่อมถนนในซอยทำงานไม่ตรงแบบ แต่ฝ่ายโยธาเซ็นรับงานให้ เหมือนมีการจ่ายใต้โต๊ะ",
        "ขอใบอนุญาตก่อสร้างต้องจ่ายเงินพิเศษให้เจ้าหน้าที่ถึงจะได้เร็ว",
        "เก็บภาษีป้ายแล้วไม่ออกใบเสร็จ เจ้าหน้าที่บอกว่าจ่ายสดลดให้ครึ่งหนึ่ง",
        "ร้านค้าปล่อยน้ำเสียลงคลองทุกคืน ร้องเรียนแล้วเจ้าหน้าที่ไม่มาดูเลย"};

    @Autowired
    BindingsLifecycleController bindings;

    @Autowired
    DecisionStore decisions;

    @Autowired
    DecisionOutboxStore sent;

    @Autowired
    RecordedSends sends;

    @Autowired
    Outbox<RoutingDecision> outbox;

    @Test
    void theComplaintsOfOneBatchAreEachDecidedStoredAndAnnouncedOnce() throws Exception {
        List<ComplaintReceived> batch = complaints(40);

        deliverTogetherAndAwaitPublished(batch);

        Map<String, Long> counts = routedCounts(keys(batch));
        for (ComplaintReceived received : batch) {
            assertThat(counts.get(received.complaintId())).isEqualTo(1);
            assertThat(decisions.history(received.complaintId())).singleElement().satisfies(decision -> assertThat(
                    decision.event().causationEventId()).isEqualTo(received.eventId()));
            assertThat(decisions.file(received.complaintId())).get()
                    .satisfies(file -> assertThat(file.currentSequence()).isEqualTo(1));
        }
        assertThat(routed.records().stream().filter(r -> keys(batch).contains(r.key()))
                .map(r -> JSON.readTree(r.value()).path("causationEventId").asString()).toList())
                .containsExactlyInAnyOrderElementsOf(batch.stream().map(r -> r.eventId().toString()).toList());

        // A poll's events go out in one send, awaited once; the held records may still come in a few polls.
        List<List<OutboxEvent>> together = sends.about(keys(batch));
        assertThat(together).hasSizeLessThan(batch.size() / 4);
        assertThat(together.stream().flatMap(List::stream).map(OutboxEvent::key).toList())
                .as("each decision once, in the order of the records").containsExactlyElementsOf(keys(batch));
    }

    @Test
    void aPollWhoseEventsTheBrokerRefusedIsStoredAndItsEventsRelayedLaterWithTheirOwnIds() throws Exception {
        List<ComplaintReceived> batch = complaints(5);
        sends.away(keys(batch));
        try {
            try (HeldBatch held = HeldBatch.hold(bindings, BINDING)) {
                batch.forEach(received -> send(held, received));
            }
            await().atMost(WAIT).until(() -> !sends.about(keys(batch)).isEmpty());
            for (ComplaintReceived received : batch) {
                assertThat(decisions.find(received.complaintId(), 1)).isPresent();
                assertThat(sent.publishedAt(received.complaintId(), 1)).isEmpty();
                assertThat(routedCount(received.complaintId())).isZero();
            }
        } finally {
            sends.back(keys(batch));
        }

        assertThat(outbox.relay(Duration.ZERO, 10_000)).isGreaterThanOrEqualTo(batch.size());

        await().atMost(WAIT).until(() -> allRouted(keys(batch), 1));
        List<ConsumerRecord<String, byte[]>> records = routed.records();
        for (ComplaintReceived received : batch) {
            RoutingDecision stored = decisions.find(received.complaintId(), 1).orElseThrow();
            assertThat(records.stream().filter(r -> received.complaintId().equals(r.key()))
                    .map(r -> JSON.readTree(r.value()).path("eventId").asString()))
                    .containsExactly(stored.event().eventId().toString());
            assertThat(sent.publishedAt(received.complaintId(), 1)).isPresent();
        }
    }

    @Test
    void aRecordThatCannotBeRoutedGoesAloneToTheDeadLetterTopicAndTheRestOfItsBatchIsRouted() throws Exception {
        List<ComplaintReceived> before = complaints(4);
        List<ComplaintReceived> between = complaints(4);
        List<ComplaintReceived> after = complaints(4);
        String unreadable = "CMP-" + UUID.randomUUID();
        String withoutComplaint = "CMP-" + UUID.randomUUID();

        try (TopicReader deadLetters = new TopicReader(TestInfrastructure.kafkaBootstrapServers(),
                Topics.deadLetter(Topics.COMPLAINTS_RECEIVED))) {
            try (HeldBatch held = HeldBatch.hold(bindings, BINDING)) {
                before.forEach(received -> send(held, received));
                held.send(Topics.COMPLAINTS_RECEIVED, unreadable,
                        "{\"eventId\": \"not-a-uuid\", \"complaintId\": \"" + unreadable + "\"}");
                between.forEach(received -> send(held, received));
                send(held, new ComplaintReceived(UUID.randomUUID(), Instant.now(), withoutComplaint,
                        ComplaintReceived.SCHEMA_VERSION, null, null));
                after.forEach(received -> send(held, received));
            }

            List<ComplaintReceived> routable = new ArrayList<>(before);
            routable.addAll(between);
            routable.addAll(after);
            await().atMost(WAIT).until(() -> allRouted(keys(routable), 1));
            for (ComplaintReceived received : routable) {
                assertThat(decisions.history(received.complaintId())).hasSize(1);
            }
            await().atMost(WAIT).until(() -> deadLetterKeys(deadLetters).containsAll(List.of(unreadable,
                    withoutComplaint)));
            assertThat(deadLetterKeys(deadLetters)).filteredOn(key -> keys(routable).contains(key)).isEmpty();
            assertThat(deadLetterKeys(deadLetters)).filteredOn(unreadable::equals).hasSize(1);
            assertThat(deadLetterKeys(deadLetters)).filteredOn(withoutComplaint::equals).hasSize(1);
            assertThat(decisions.history(unreadable)).isEmpty();
            assertThat(decisions.history(withoutComplaint)).isEmpty();
        }
    }

    @Test
    void aBatchDeliveredAgainChangesNothing() throws Exception {
        List<ComplaintReceived> batch = complaints(10);
        deliverTogetherAndAwaitPublished(batch);
        Map<String, RoutingDecision> first = batch.stream().collect(Collectors.toMap(ComplaintReceived::complaintId,
                received -> decisions.find(received.complaintId(), 1).orElseThrow()));
        Map<String, Instant> firstPublished = new HashMap<>();
        batch.forEach(received -> firstPublished.put(received.complaintId(),
                sent.publishedAt(received.complaintId(), 1).orElseThrow()));

        try (HeldBatch held = HeldBatch.hold(bindings, BINDING)) {
            batch.forEach(received -> send(held, received));
        }

        await().atMost(WAIT).until(() -> allRouted(keys(batch), 2));
        List<ConsumerRecord<String, byte[]>> records = routed.records();
        for (ComplaintReceived received : batch) {
            RoutingDecision kept = first.get(received.complaintId());
            assertThat(decisions.history(received.complaintId())).singleElement()
                    .satisfies(decision -> assertThat(decision.event()).isEqualTo(kept.event()));
            assertThat(sent.publishedAt(received.complaintId(), 1)).as("marked when first acknowledged, never again")
                    .contains(firstPublished.get(received.complaintId()));
            assertThat(records.stream().filter(r -> received.complaintId().equals(r.key()))
                    .map(r -> JSON.readTree(r.value()).path("eventId").asString()).distinct())
                    .containsExactly(kept.event().eventId().toString());
        }
    }

    @Test
    void twoRecordsOfOneComplaintInOneBatchAreAppliedInOrder() throws Exception {
        ComplaintReceived first = complaints(1).get(0);
        ComplaintReceived second = new ComplaintReceived(UUID.randomUUID(), Instant.now(), first.complaintId(),
                ComplaintReceived.SCHEMA_VERSION, first.complaint(), null);
        List<ComplaintReceived> others = complaints(6);

        try (HeldBatch held = HeldBatch.hold(bindings, BINDING)) {
            others.subList(0, 3).forEach(received -> send(held, received));
            send(held, first);
            others.subList(3, 6).forEach(received -> send(held, received));
            send(held, second);
        }

        await().atMost(WAIT).until(() -> routedCount(first.complaintId()) >= 1);
        await().atMost(WAIT).until(() -> allRouted(keys(others), 1));
        assertThat(decisions.history(first.complaintId())).singleElement().satisfies(decision -> assertThat(
                decision.event().causationEventId()).as("the first record decides").isEqualTo(first.eventId()));
        assertThat(routed.records().stream().filter(r -> first.complaintId().equals(r.key()))
                .map(r -> JSON.readTree(r.value()).path("causationEventId").asString()).distinct())
                .containsExactly(first.eventId().toString());
    }

    /**
     * Delivers the complaints in one poll and waits until each decision is marked published (after its send) and its
     * record has reached this test's reader of the topic.
     */
    private void deliverTogetherAndAwaitPublished(List<ComplaintReceived> batch) {
        try (HeldBatch held = HeldBatch.hold(bindings, BINDING)) {
            batch.forEach(received -> send(held, received));
        }
        await().atMost(WAIT).until(() -> batch.stream()
                .allMatch(received -> sent.publishedAt(received.complaintId(), 1).isPresent()));
        await().atMost(WAIT).until(() -> routedCounts(keys(batch)).values().stream().allMatch(count -> count > 0));
    }

    private static List<ComplaintReceived> complaints(int count) {
        List<ComplaintReceived> complaints = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            complaints.add(Complaints.hotline(TEXTS[i % TEXTS.length], "ปทุมวัน", null));
        }
        return complaints;
    }

    private static void send(HeldBatch held, ComplaintReceived received) {
        held.send(Topics.COMPLAINTS_RECEIVED, received.complaintId(), JSON.writeValueAsString(received));
    }

    private static List<String> keys(List<ComplaintReceived> complaints) {
        return complaints.stream().map(ComplaintReceived::complaintId).toList();
    }

    private static List<String> deadLetterKeys(TopicReader deadLetters) {
        return deadLetters.records().stream().map(ConsumerRecord::key).toList();
    }
}
