package th.bma.anticorruption.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.opentelemetry.context.Scope;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintReceived;
import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.GeoPoint;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.contracts.ComplaintRouted;
import th.bma.anticorruption.routing.decision.DecisionStore;
import th.bma.anticorruption.routing.decision.RoutingDecision;
import th.bma.anticorruption.routing.decision.RuleVersion;
import th.bma.anticorruption.routing.store.DecisionOutboxStore;
import th.bma.anticorruption.support.observability.TraceParent;
import th.bma.anticorruption.support.outbox.Outbox;
import th.bma.anticorruption.testkit.TestInfrastructure;
import th.bma.anticorruption.testkit.TopicReader;
import tools.jackson.databind.JsonNode;

class ComplaintRoutingIntegrationTest extends RoutingIntegrationTestSupport {

    @Autowired
    DecisionStore decisions;

    @Autowired
    DecisionOutboxStore sent;

    @Autowired
    Outbox<RoutingDecision> outbox;

    @Test
    void aTraffyTicketAboutExtortionOfStreetVendorsIsRoutedOnceEvenWhenRedelivered() throws Exception {
        String complaintId = "CMP-" + UUID.randomUUID();
        ComplaintReceived received = new ComplaintReceived(UUID.randomUUID(), Instant.parse("2026-08-20T15:25:40Z"),
                complaintId, ComplaintReceived.SCHEMA_VERSION, new ComplaintSummary(Channel.TRAFFY_FONDUE,
                        "2026-B9WGC7", OffsetDateTime.parse("2026-08-20T22:25:37.433959+07:00"), "ปทุมวัน",
                        List.of("ทุจริต", "หาบเร่แผงลอย"), "ฝ่ายเทศกิจ เขตปทุมวัน",
                        "เจ้าหน้าที่เทศกิจเรียกเก็บเงินจากผู้ค้าหาบเร่แผงลอยหน้าห้างทุกวัน วันละ 200 บาท ถ้าไม่จ่ายจะยึดของ",
                        new GeoPoint(13.7466, 100.5393), null, "hash-1"), null);

        publish(received);
        JsonNode routedEvent = awaitRouted(complaintId, v -> true);

        assertThat(routedEvent.path("kind").asString()).isEqualTo("INITIAL");
        assertThat(routedEvent.path("decisionSequence").asLong()).isEqualTo(1);
        assertThat(routedEvent.path("causationEventId").asString()).isEqualTo(received.eventId().toString());
        assertThat(routedEvent.path("lineOfWork").asString()).isEqualTo("CITY_LAW_ENFORCEMENT");
        assertThat(routedEvent.path("destination").path("code").asString()).isEqualTo("WG-3");
        assertThat(routedEvent.path("disposition").asString()).isEqualTo("FORWARDED_TO_WORKING_GROUP");
        assertThat(routedEvent.path("rule").path("ruleId").asString()).isEqualTo("AREA-CITY-LAW-ENFORCEMENT-WG3");
        assertThat(routedEvent.path("rule").path("ruleVersion").asInt()).isEqualTo(1);
        assertThat(routedEvent.path("rule").path("reasonTh").asString()).contains("เทศกิจ");
        assertThat(routedEvent.path("confidence").asDouble()).isGreaterThanOrEqualTo(0.9);
        assertThat(routedEvent.path("complaint").path("receivedAt").asString()).endsWith("+07:00");

        publish(received);

        await().atMost(WAIT).until(() -> routedCount(complaintId) == 2);
        assertThat(routed.records().stream().filter(r -> complaintId.equals(r.key()))
                .map(r -> JSON.readTree(r.value()).path("eventId").asString()).distinct())
                .containsExactly(routedEvent.path("eventId").asString());
        assertThat(decisions.history(complaintId)).hasSize(1);
        assertThat(sent.publishedAt(complaintId, 1)).isPresent();
    }

    @Test
    void aFileOpenedWithAFirstDecisionThatWasNeverStoredIsRepairedOnRedelivery() throws Exception {
        String complaintId = "CMP-" + UUID.randomUUID();
        ComplaintSummary complaint = new ComplaintSummary(Channel.TRAFFY_FONDUE, "2026-C8XHD1",
                OffsetDateTime.parse("2026-08-21T10:00:00+07:00"), "ปทุมวัน", List.of("ทุจริต", "หาบเร่แผงลอย"),
                "ฝ่ายเทศกิจ เขตปทุมวัน", "เจ้าหน้าที่เทศกิจเรียกเก็บเงินจากผู้ค้าหาบเร่แผงลอยทุกวัน", null, null, "hash-3");
        // the crash window: the file was opened with a first decision, the process died before storing it
        ComplaintRouted lost = Decisions.toBangRak(complaintId, Instant.now(), complaint, 0.1);
        assertThat(decisions.openFiles(List.of(RoutingDecision.of(lost, List.of(), List.of())), Instant.now()))
                .containsExactly(complaintId);

        publish(new ComplaintReceived(UUID.randomUUID(), Instant.now(), complaintId, ComplaintReceived.SCHEMA_VERSION,
                complaint, null));

        JsonNode routedEvent = awaitRouted(complaintId, v -> true);
        assertThat(routedEvent.path("destination").path("code").asString()).isEqualTo("WG-3");
        assertThat(decisions.history(complaintId)).singleElement()
                .satisfies(decision -> assertThat(decision.event().eventId().toString())
                        .isEqualTo(routedEvent.path("eventId").asString()));
        assertThat(decisions.file(complaintId)).get()
                .satisfies(file -> assertThat(file.currentDestination().code()).isEqualTo("WG-3"));
    }

    @Test
    void aDecisionStoredButNeverAcknowledgedIsRelayedLaterWithItsOwnEventIdInItsOwnTrace() {
        String decisionTrace = "4bf92f3577b34da6a3ce929d0e0e4736";
        String complaintId = "CMP-" + UUID.randomUUID();
        ComplaintRouted stored = Decisions.toBangRak(complaintId, Instant.now().minusSeconds(60),
                new ComplaintSummary(Channel.WEBSITE, "WEB-1", OffsetDateTime.parse("2026-04-02T09:00:00+07:00"),
                        "บางรัก", List.of(), null, "เจ้าหน้าที่เขตเรียกรับเงิน", null, null, "hash-2"), 0.7);
        try (Scope delivery = TraceParent.resume("00-" + decisionTrace + "-00f067aa0ba902b7-01")) {
            decisions.insert(RoutingDecision.of(stored, List.of(new RuleVersion("RESPONSIBLE-UNIT", 1)), List.of()));
        }

        assertThat(outbox.relay(Duration.ofSeconds(10), 100)).isPositive();

        JsonNode published = awaitRouted(complaintId, v -> true);
        assertThat(published.path("eventId").asString()).isEqualTo(stored.eventId().toString());
        ConsumerRecord<String, byte[]> record = routed.records().stream()
                .filter(r -> complaintId.equals(r.key())).findFirst().orElseThrow();
        assertThat(TraceParent.traceIdOf(new String(record.headers().lastHeader(TraceParent.HEADER).value(),
                StandardCharsets.UTF_8))).as("the relay continues the trace that made the decision")
                .isEqualTo(decisionTrace);
        assertThat(sent.publishedAt(complaintId, 1)).isPresent();
        assertThat(outbox.relay(Duration.ofSeconds(10), 100)).isZero();
    }

    @Test
    void aComplaintThatCanNeverBeRoutedGoesToTheDeadLetterTopic() throws Exception {
        String complaintId = "CMP-" + UUID.randomUUID();
        try (TopicReader deadLetters = new TopicReader(TestInfrastructure.kafkaBootstrapServers(),
                Topics.deadLetter(Topics.COMPLAINTS_RECEIVED))) {
            publish(new ComplaintReceived(UUID.randomUUID(), Instant.now(), complaintId,
                    ComplaintReceived.SCHEMA_VERSION, null, null));

            JsonNode dead = deadLetters.awaitValue(v -> complaintId.equals(v.path("complaintId").asString()), WAIT);

            assertThat(dead.path("complaint").isNull()).isTrue();
            assertThat(decisions.history(complaintId)).isEmpty();
            Headers headers = deadLetters.records().stream().filter(r -> complaintId.equals(r.key())).findFirst()
                    .orElseThrow().headers();
            // where it came from and what kind of failure, but no exception text that could quote the payload
            assertThat(new String(headers.lastHeader("x-original-topic").value(), StandardCharsets.UTF_8))
                    .isEqualTo(Topics.COMPLAINTS_RECEIVED);
            assertThat(headers.lastHeader("x-original-partition")).isNotNull();
            assertThat(headers.lastHeader("x-original-offset")).isNotNull();
            assertThat(new String(headers.lastHeader("x-exception-fqcn").value(), StandardCharsets.UTF_8))
                    .contains("Exception");
            assertThat(headers.toArray()).extracting(Header::key)
                    .doesNotContain("x-exception-message", "x-exception-stacktrace");
        }
    }
}
