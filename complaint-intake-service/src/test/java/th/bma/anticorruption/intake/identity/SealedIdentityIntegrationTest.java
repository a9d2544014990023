package th.bma.anticorruption.intake.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;

import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.intake.IntakeIntegrationTestSupport;
import th.bma.anticorruption.support.security.PlatformRoles;
import th.bma.anticorruption.testkit.TestInfrastructure;
import th.bma.anticorruption.testkit.TopicReader;

@ExtendWith(OutputCaptureExtension.class)
class SealedIdentityIntegrationTest extends IntakeIntegrationTestSupport {

    // Unique markers: if any of them shows up anywhere outside the vault, identity leaked.
    private static final String NAME = "นางแคนารีทดสอบ ซีลลับเฉพาะ";
    private static final String PHONE = "0897531864";
    private static final String NATIONAL_ID = "1103700123458";
    private static final String EMAIL = "canary.7f3e@example.org";

    @Autowired
    private MongoTemplate mongo;

    @Test
    void aCanaryIdentityNeverLeavesIntakeInClearAndOnlyAnAuditedRevealReturnsIt(CapturedOutput output) {
        String call = """
                {"callId": "1555-CANARY-0001", "receivedAt": "2026-08-19T09:15:00+07:00", "operatorId": "OP-17",
                 "category": "ร้องเรียนเจ้าหน้าที่", "district": "เขตบางรัก",
                 "description": "ผู้แจ้ง %s โทร %s เลขบัตร %s แจ้งว่าเจ้าหน้าที่ฝ่ายรายได้เรียกรับเงินเพื่อลดภาษีป้าย บ้านเลขที่ 12/3",
                 "location": {"latitude": 13.7246, "longitude": 100.5291},
                 "caller": {"name": "%s", "phone": "%s", "nationalId": "%s", "email": "%s", "anonymous": false},
                 "accused": {"name": "นายผู้ถูกร้อง ตัวอย่าง", "position": "นักวิชาการจัดเก็บรายได้",
                             "positionLevel": "ชำนาญการ", "unit": "ฝ่ายรายได้ เขตบางรัก"}}
                """.formatted(NAME, PHONE, NATIONAL_ID, NAME, PHONE, NATIONAL_ID, EMAIL);
        HttpResponse<String> answer = send("POST", "/api/intake/hotline-1555", PlatformRoles.CHANNEL_ADAPTER, call);
        assertThat(answer.statusCode()).isEqualTo(202);
        String complaintId = json(answer).get("complaintId").asString();

        try (TopicReader reader = new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.COMPLAINTS_RECEIVED)) {
            JsonNode event = reader.awaitValue(v -> v.get("complaintId").asString().equals(complaintId), Duration.ofSeconds(30));
            assertThat(event.get("complaint").get("accused").get("unitCode").asString()).isEqualTo("DISTRICT-1004");
            assertThat(event.get("complaint").get("description").asString()).contains("เรียกรับเงิน");
            reader.records().forEach(r -> assertNoMarker(TopicReader.text(r)));
        }
        for (String collection : List.of("complaints", "screenedOutKeys", IdentityVault.COLLECTION)) {
            for (Document document : mongo.getCollection(collection).find()) {
                assertNoMarker(document.toJson());
            }
        }
        String metrics = send("GET", "/actuator/prometheus", null, null).body();
        assertThat(metrics).containsPattern("intake_complaints_received_total\\{[^}]*channel=\"HOTLINE_1555\"");
        assertNoMarker(metrics);

        assertThat(send("POST", "/api/intake/complaints/" + complaintId + "/identity/reveal", PlatformRoles.DIRECTOR,
                "{\"reason\": \"ต้องการทราบตัวผู้ร้องเพื่อสอบข้อเท็จจริง\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> client = send("POST", "/api/intake/complaints/" + complaintId + "/identity/reveal",
                PlatformRoles.CONFIDENTIALITY_OFFICER, "{\"reason\": \"คณะอนุกรรมการสืบข้อเท็จจริงทางลับขอสัมภาษณ์ผู้ร้อง\"}");
        assertThat(client.statusCode()).as("a client's own token is no named person").isEqualTo(403);
        assertThat(json(client).get("violations").get(0).get("rule").asString()).isEqualTo("named-person");
        for (String empty : List.of("ดู", "ขอดูขอดูขอดูขอดูขอดูขอดู", "aaaaaaaaaaaaaaaaaaaaaaaaa", "1234567890123456789")) {
            HttpResponse<String> refused = revealAsPerson(complaintId, empty);
            assertThat(refused.statusCode()).as(empty).isEqualTo(400);
            assertThat(json(refused).get("violations").get(0).get("field").asString()).isEqualTo("reason");
        }

        HttpResponse<String> revealed = revealAsPerson(complaintId,
                "คณะอนุกรรมการสืบข้อเท็จจริงทางลับขอสัมภาษณ์ผู้ร้อง โทร 081-999-8888");
        assertThat(revealed.statusCode()).isEqualTo(200);
        JsonNode identity = json(revealed);
        assertThat(identity.get("name").asString()).isEqualTo(NAME);
        assertThat(identity.get("phone").asString()).isEqualTo(PHONE);
        assertThat(identity.get("nationalId").asString()).isEqualTo(NATIONAL_ID);
        assertThat(identity.get("email").asString()).isEqualTo(EMAIL);
        assertThat(identity.get("originalDescription").asString()).contains(PHONE, "12/3");

        HttpResponse<String> trail = send("GET", "/api/intake/audit/identity-reveals", PlatformRoles.AUDITOR, null);
        assertThat(trail.statusCode()).isEqualTo(200);
        assertThat(json(trail)).anySatisfy(entry -> {
            assertThat(entry.get("complaintId").asString()).isEqualTo(complaintId);
            assertThat(entry.get("officerId").asString()).isEqualTo("confidentiality");
            assertThat(entry.get("reason").asString()).contains("คณะอนุกรรมการ").doesNotContain("081-999-8888");
        });
        assertThat(send("GET", "/api/intake/audit/identity-reveals", PlatformRoles.CONFIDENTIALITY_OFFICER, null)
                .statusCode()).isEqualTo(403);
        assertThat(revealAsPerson("no-such-complaint", "ตรวจสอบเรื่องที่ไม่มีอยู่จริงตามคำสั่ง").statusCode())
                .isEqualTo(404);

        assertNoMarker(output.getAll());
    }

    private HttpResponse<String> revealAsPerson(String complaintId, String reason) {
        return sendAsPerson("POST", "/api/intake/complaints/" + complaintId + "/identity/reveal", "confidentiality",
                PlatformRoles.CONFIDENTIALITY_OFFICER, JSON.createObjectNode().put("reason", reason).toString());
    }

    private static void assertNoMarker(String text) {
        assertThat(text).doesNotContain(PHONE, NATIONAL_ID, EMAIL, "แคนารีทดสอบ", "ซีลลับเฉพาะ");
    }
}
