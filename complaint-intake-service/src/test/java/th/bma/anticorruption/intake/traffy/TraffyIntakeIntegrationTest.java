package th.bma.anticorruption.intake.traffy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.intake.IntakeIntegrationTestSupport;
import th.bma.anticorruption.intake.complaint.ComplaintIntake;
import th.bma.anticorruption.intake.complaint.OutboxCollection;
import th.bma.anticorruption.intake.complaint.OutboxDocuments;
import th.bma.anticorruption.intake.complaint.PendingEvents;
import th.bma.anticorruption.support.security.PlatformRoles;
import th.bma.anticorruption.testkit.TestInfrastructure;
import th.bma.anticorruption.testkit.TopicReader;

class TraffyIntakeIntegrationTest extends IntakeIntegrationTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    private ComplaintIntake.Outboxes outboxes;

    @Autowired
    private OutboxDocuments documents;

    @Autowired
    private PendingEvents pending;

    static String ticket(String ticketId, String type, String description) {
        return """
                {"timestamp": "2026-08-20 22:25:37.433959", "ticket_id": "%s",
                 "description": "%s", "type_id": 21, "type": "%s",
                 "photo": ["https://storage.traffy.in.th/photo/%s.jpg"],
                 "latitude": 13.7437, "longitude": 100.5292,
                 "address": "1 ถนนพระรามที่ 1 แขวงวังใหม่ เขตปทุมวัน กรุงเทพมหานคร 10330",
                 "orgs": [{"org_id": 1007, "org": "ฝ่ายเทศกิจ เขตปทุมวัน"}]}
                """.formatted(ticketId, description, type, ticketId);
    }

    @Test
    void aCorruptionTicketBecomesOneComplaintReceivedAndARepushGetsTheSameAnswer() {
        String body = ticket("2026-B9WGC7", "ร้องเรียน",
                "เจ้าหน้าที่เทศกิจเรียกรับเงินจากผู้ค้าแผงลอยหน้าสยามวันละ 300 บาท โทร 081-234-5678");
        try (TopicReader reader = new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.COMPLAINTS_RECEIVED)) {
            HttpResponse<String> first = send("POST", "/api/intake/traffy-fondue", PlatformRoles.CHANNEL_ADAPTER, body);
            assertThat(first.statusCode()).isEqualTo(202);
            JsonNode answer = json(first);
            String complaintId = answer.get("complaintId").asString();
            assertThat(answer.get("trackingCode").asString()).matches("\\d{16}");

            JsonNode event = reader.awaitValue(v -> v.get("complaintId").asString().equals(complaintId), WAIT);
            JsonNode complaint = event.get("complaint");
            assertThat(complaint.get("channel").asString()).isEqualTo("TRAFFY_FONDUE");
            assertThat(complaint.get("channelRecordId").asString()).isEqualTo("2026-B9WGC7");
            assertThat(complaint.get("receivedAt").asString()).isEqualTo("2026-08-20T22:25:37.433959+07:00");
            assertThat(complaint.get("district").asString()).isEqualTo("ปทุมวัน");
            assertThat(complaint.get("organisation").asString()).isEqualTo("ฝ่ายเทศกิจ เขตปทุมวัน");
            assertThat(complaint.get("categories").get(0).asString()).isEqualTo("ร้องเรียน");
            assertThat(complaint.get("description").asString()).doesNotContain("081-234-5678").contains("เรียกรับเงิน");
            assertThat(complaint.get("trackingCodeHash").asString()).hasSize(64)
                    .isNotEqualTo(answer.get("trackingCode").asString());

            HttpResponse<String> again = send("POST", "/api/intake/traffy-fondue", PlatformRoles.CHANNEL_ADAPTER, body);
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(json(again)).isEqualTo(answer);
            reader.awaitValue(v -> true, WAIT);
            assertThat(reader.records()).filteredOn(r -> TopicReader.text(r).contains(complaintId)).hasSize(1);
        }
    }

    @Test
    void fiftyConcurrentPushesOfOneTicketMakeOneComplaintAndFiftyIdenticalAnswers() throws Exception {
        String body = ticket("2026-STORM1", "ทุจริต", "ผู้รับเหมาฮั้วประมูลงานซ่อมทางเท้าถนนพระรามที่ 1");
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Callable<HttpResponse<String>>> pushes = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            pushes.add(() -> send("POST", "/api/intake/traffy-fondue", PlatformRoles.CHANNEL_ADAPTER, body));
        }
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : pool.invokeAll(pushes)) {
            answers.add(answer.get());
        }
        pool.shutdown();

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200, 202);
        assertThat(answers).filteredOn(a -> a.statusCode() == 202).hasSize(1);
        assertThat(answers).extracting(a -> json(a)).containsOnly(json(answers.get(0)));
        String complaintId = json(answers.get(0)).get("complaintId").asString();
        try (TopicReader reader = new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.COMPLAINTS_RECEIVED)) {
            reader.awaitValue(v -> v.get("complaintId").asString().equals(complaintId), WAIT);
            assertThat(reader.records()).filteredOn(r -> TopicReader.text(r).contains(complaintId)).hasSize(1);
        }
    }

    @Test
    void aTicketNotAboutCorruptionIsScreenedOutCountedOnceAndNotTracked() {
        String body = ticket("2026-POT001", "ถนน", "ขอเงินชดเชยค่าน้ำท่วม ถนนหน้าบ้านเป็นหลุมลึก");
        try (TopicReader reader = new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.COMPLAINTS_SCREENED_OUT)) {
            HttpResponse<String> first = send("POST", "/api/intake/traffy-fondue", PlatformRoles.CHANNEL_ADAPTER, body);
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(json(first).get("outOfScope").asBoolean()).isTrue();
            assertThat(json(first).has("trackingCode")).isFalse();
            JsonNode event = reader.awaitValue(v -> v.get("channelRecordId").asString().equals("2026-POT001"), WAIT);
            assertThat(event.get("screeningId").asString()).isEqualTo("TRAFFY_FONDUE:2026-POT001");
            assertThat(event.get("receivedAt").asString()).isEqualTo("2026-08-20T22:25:37.433959+07:00");

            HttpResponse<String> again = send("POST", "/api/intake/traffy-fondue", PlatformRoles.CHANNEL_ADAPTER, body);
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(json(again)).isEqualTo(json(first));
            assertThat(reader.records()).filteredOn(r -> TopicReader.text(r).contains("2026-POT001")).hasSize(1);
        }
        assertThat(send("PATCH", "/api/intake/traffy-fondue", PlatformRoles.CHANNEL_ADAPTER,
                "{\"timestamp\":\"2026-08-21 09:00:00\",\"ticket_id\":\"2026-POT001\",\"status\":\"finish\"}").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aComplaintWhoseEventTheBrokerRefusedIsAnswered503KeptUnmarkedAndRelayedLaterWithItsEventId() {
        sender().refuseNext(1);
        String body = ticket("2026-RELAY1", "ร้องเรียน", "เจ้าหน้าที่เขตรับสินบนจากผู้รับเหมา");
        HttpResponse<String> refused = send("POST", "/api/intake/traffy-fondue", PlatformRoles.CHANNEL_ADAPTER, body);
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(json(refused).get("violations").get(0).get("rule").asString()).isEqualTo("not-durable");
        assertThat(json(refused).has("trackingCode")).isFalse();

        String complaintId = ComplaintIntake.complaintIdOf(Channel.TRAFFY_FONDUE, "2026-RELAY1");
        String storedEventId = documents.find(OutboxCollection.COMPLAINTS, complaintId).orElseThrow().getString("eventId");
        assertThat(pending.count()).as("nothing marked: its event waits for the relay").isEqualTo(1);

        assertThat(outboxes.complaints().relay(Duration.ofSeconds(10), 100)).as("still within the grace period").isZero();
        clock.advance(Duration.ofSeconds(11));
        assertThat(outboxes.complaints().relay(Duration.ofSeconds(10), 100)).isEqualTo(1);

        try (TopicReader reader = new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.COMPLAINTS_RECEIVED)) {
            JsonNode event = reader.awaitValue(v -> v.get("complaintId").asString().equals(complaintId), WAIT);
            assertThat(event.get("eventId").asString()).isEqualTo(storedEventId);
            assertThat(event.get("complaint").get("receivedAt").asString()).isEqualTo("2026-08-20T22:25:37.433959+07:00");
        }
        assertThat(pending.count()).isZero();
        assertThat(outboxes.complaints().relay(Duration.ofSeconds(10), 100)).isZero();

        HttpResponse<String> again = send("POST", "/api/intake/traffy-fondue", PlatformRoles.CHANNEL_ADAPTER, body);
        assertThat(again.statusCode()).as("the channel's retry finds the same complaint").isEqualTo(200);
        assertThat(json(again).get("complaintId").asString()).isEqualTo(complaintId);
        assertThat(json(again).get("trackingCode").asString()).isNotBlank();
    }

    @Test
    void badTicketsAreRejectedWithProblemsNamingFieldAndRule() {
        HttpResponse<String> answer = send("POST", "/api/intake/traffy-fondue", PlatformRoles.CHANNEL_ADAPTER, """
                {"timestamp": "20/08/2026", "ticket_id": "B9WGC7", "description": "",
                 "latitude": 51.5, "longitude": 100.5}
                """);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        List<String> broken = new ArrayList<>();
        json(answer).get("violations").forEach(v -> broken.add(v.get("field").asString() + "/" + v.get("rule").asString()));
        assertThat(broken).containsExactlyInAnyOrder("ticket_id/format", "description/required", "timestamp/date-time",
                "latitude/inside-thailand");

        assertThat(send("POST", "/api/intake/traffy-fondue", PlatformRoles.INTAKE_OFFICER, ticket("2026-ROLE01", "ทุจริต", "x"))
                .statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/intake/traffy-fondue", null, ticket("2026-ROLE01", "ทุจริต", "x")).statusCode())
                .isEqualTo(401);
    }
}
