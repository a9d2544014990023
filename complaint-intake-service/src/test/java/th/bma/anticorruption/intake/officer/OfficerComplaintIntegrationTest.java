package th.bma.anticorruption.intake.officer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.intake.IntakeIntegrationTestSupport;
import th.bma.anticorruption.support.security.PlatformRoles;
import th.bma.anticorruption.testkit.TestInfrastructure;
import th.bma.anticorruption.testkit.TopicReader;

class OfficerComplaintIntegrationTest extends IntakeIntegrationTestSupport {

    private static final String LETTER = """
            {"channel": "LETTER", "externalRef": "กก-2566/0147", "receivedAt": "2023-02-14T10:00:00+07:00",
             "description": "หนังสือร้องเรียนว่าผู้อำนวยการโรงเรียนสังกัดกทม. ล็อกสเปกการจัดซื้อโต๊ะเรียน",
             "district": "บางพลัด",
             "complainant": {"name": "นายผู้ร้อง จดหมาย", "phone": "0812223333", "anonymous": false},
             "accused": {"name": "นายตัวอย่าง ผู้อำนวยการ", "position": "ผู้อำนวยการสถานศึกษา",
                         "positionLevel": "ชำนาญการพิเศษ", "unit": "ฝ่ายการศึกษา เขตบางพลัด"}}
            """;

    @Test
    void aLetterIsRegisteredOnceCountedInItsOwnMonthAndAnsweredAlikeWhenResubmitted() {
        try (TopicReader reader = new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.COMPLAINTS_RECEIVED)) {
            HttpResponse<String> first = send("POST", "/api/intake/complaints", PlatformRoles.INTAKE_OFFICER, LETTER);
            assertThat(first.statusCode()).isEqualTo(202);
            String complaintId = json(first).get("complaintId").asString();
            JsonNode event = reader.awaitValue(v -> v.get("complaintId").asString().equals(complaintId), Duration.ofSeconds(30));
            assertThat(event.get("complaint").get("channel").asString()).isEqualTo("LETTER");
            assertThat(event.get("complaint").get("receivedAt").asString()).isEqualTo("2023-02-14T10:00:00+07:00");
            assertThat(event.get("complaint").get("district").asString()).isEqualTo("บางพลัด");
            assertThat(event.get("complaint").get("accused").get("positionLevel").asString()).isEqualTo("ชำนาญการพิเศษ");

            HttpResponse<String> again = send("POST", "/api/intake/complaints", PlatformRoles.INTAKE_OFFICER, LETTER);
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(json(again)).isEqualTo(json(first));
        }
        assertThat(send("POST", "/api/intake/complaints", PlatformRoles.CHANNEL_ADAPTER, LETTER).statusCode()).isEqualTo(403);
    }

    @Test
    void theIdempotencyKeyHeaderStandsInForAMissingExternalRef() throws Exception {
        String walkIn = """
                {"channel": "WALK_IN", "receivedAt": "2026-08-20T13:45:00+07:00",
                 "description": "ผู้ร้องมาแจ้งด้วยตนเองว่าเจ้าหน้าที่ทะเบียนเรียกเงินใต้โต๊ะเพื่อทำบัตรเร็ว"}
                """;
        List<Integer> statuses = new ArrayList<>();
        List<JsonNode> bodies = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest
                    .newBuilder(URI.create("http://localhost:" + port + "/api/intake/complaints"))
                    .header("Content-Type", "application/json").header("Idempotency-Key", "walkin-2026-08-20-0007")
                    .header("Authorization", "Bearer " + TOKENS.token("officer", PlatformRoles.INTAKE_OFFICER))
                    .POST(HttpRequest.BodyPublishers.ofString(walkIn)).build(), HttpResponse.BodyHandlers.ofString());
            statuses.add(answer.statusCode());
            bodies.add(json(answer));
        }
        assertThat(statuses).containsExactly(202, 200);
        assertThat(bodies.get(1)).isEqualTo(bodies.get(0));
    }

    @Test
    void everyRejectionRuleIsNamed() {
        HttpResponse<String> answer = send("POST", "/api/intake/complaints", PlatformRoles.INTAKE_OFFICER, """
                {"channel": "FAX", "receivedAt": "2026-08-20 13:45:00", "description": "",
                 "district": "ซานฟรานซิสโก",
                 "complainant": {"phone": "12", "nationalId": "1234567890123", "email": "not-an-email"}}
                """);
        assertThat(answer.statusCode()).isEqualTo(400);
        List<String> broken = new ArrayList<>();
        json(answer).get("violations").forEach(v -> broken.add(v.get("field").asString() + "/" + v.get("rule").asString()));
        assertThat(broken).containsExactlyInAnyOrder("channel/one-of", "externalRef/required",
                "receivedAt/iso-8601-with-offset", "description/required", "district/bangkok-district",
                "complainant.phone/phone", "complainant.nationalId/national-id", "complainant.email/email");
        assertThat(answer.body()).doesNotContain("1234567890123", "not-an-email");

        HttpResponse<String> wrongType = send("POST", "/api/intake/complaints", PlatformRoles.INTAKE_OFFICER,
                "{\"channel\": \"LETTER\", \"complainant\": \"somebody\"}");
        assertThat(wrongType.statusCode()).isEqualTo(400);

        HttpResponse<String> tooLarge = send("POST", "/api/intake/complaints", PlatformRoles.INTAKE_OFFICER,
                "{\"description\": \"" + "ก".repeat(300_000) + "\"}");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    }

    @Test
    void aHotlineCallIsIdempotentByCallIdAndATraffyStatusUpdateReachesItsTopic() {
        String call = """
                {"callId": "1555-20260820-000042", "receivedAt": "2026-08-20T08:05:00Z", "operatorId": "OP-03",
                 "category": "เทศกิจ", "description": "ผู้ค้าแจ้งว่าถูกเก็บส่วยรายเดือน", "district": "สาทร",
                 "location": "ปากซอยสาทร 11", "caller": {"anonymous": true}}
                """;
        HttpResponse<String> first = send("POST", "/api/intake/hotline-1555", PlatformRoles.CHANNEL_ADAPTER, call);
        assertThat(first.statusCode()).isEqualTo(202);
        HttpResponse<String> again = send("POST", "/api/intake/hotline-1555", PlatformRoles.CHANNEL_ADAPTER, call);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again)).isEqualTo(json(first));

        String ticket = """
                {"timestamp": "2026-08-20 10:00:00.000001", "ticket_id": "2026-STATUS", "description": "เจ้าหน้าที่รับสินบน",
                 "type_id": 1, "type": "ทุจริต", "photo": [], "latitude": 13.72, "longitude": 100.53,
                 "address": "เขตสาทร กรุงเทพมหานคร", "orgs": [{"org_id": 5, "org": "สำนักงานเขตสาทร"}]}
                """;
        String complaintId = json(send("POST", "/api/intake/traffy-fondue", PlatformRoles.CHANNEL_ADAPTER, ticket))
                .get("complaintId").asString();
        try (TopicReader reader = new TopicReader(TestInfrastructure.kafkaBootstrapServers(),
                Topics.COMPLAINTS_CHANNEL_STATUS_UPDATED)) {
            HttpResponse<String> update = send("PATCH", "/api/intake/traffy-fondue", PlatformRoles.CHANNEL_ADAPTER, """
                    {"timestamp": "2026-08-21 09:30:00", "ticket_id": "2026-STATUS", "org": "สำนักงานเขตสาทร",
                     "status": "กำลังดำเนินการ", "note": "ส่งเรื่องให้ฝ่ายเทศกิจ โทร 0811112222", "photo": []}
                    """);
            assertThat(update.statusCode()).isEqualTo(202);
            JsonNode event = reader.awaitValue(v -> v.get("complaintId").asString().equals(complaintId), Duration.ofSeconds(30));
            assertThat(event.get("statusType").asString()).isEqualTo("inprogress");
            assertThat(event.get("statusLabel").asString()).isEqualTo("กำลังดำเนินการ");
            assertThat(event.get("statusAt").asString()).isEqualTo("2026-08-21T09:30:00+07:00");
            assertThat(event.get("note").asString()).doesNotContain("0811112222");
        }
        HttpResponse<String> badStatus = send("PATCH", "/api/intake/traffy-fondue", PlatformRoles.CHANNEL_ADAPTER,
                "{\"timestamp\": \"2026-08-21 09:30:00\", \"ticket_id\": \"2026-STATUS\", \"status\": \"lost\"}");
        assertThat(badStatus.statusCode()).isEqualTo(400);
    }
}
