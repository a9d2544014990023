package th.bma.anticorruption.intake.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.intake.IntakeIntegrationTestSupport;
import th.bma.anticorruption.support.security.PlatformRoles;
import th.bma.anticorruption.testkit.TestInfrastructure;
import th.bma.anticorruption.testkit.TopicReader;

/**
 * 1555 is the general hotline: a call that is not about corruption is screened out like a Traffy ticket (counted
 * once per call on {@code complaints.screened-out.v1}, not tracked), whatever category the operator gave it. A call
 * only the learned signal takes in is accepted, and its {@code ComplaintReceived} says screening was unsure of it.
 */
class HotlineScreeningIntegrationTest extends IntakeIntegrationTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(30);

    static String call(String callId, String category, String description) {
        return """
                {"callId": "%s", "receivedAt": "2026-08-20T08:05:00+07:00", "operatorId": "OP-03",
                 "category": "%s", "description": "%s", "district": "จตุจักร", "caller": {"anonymous": true}}
                """.formatted(callId, category, description);
    }

    @Test
    void aCallNotAboutCorruptionIsScreenedOutOnceWhateverItsCategory() {
        String body = call("1555-LAMP-0001", "ทุจริต", "ผู้แจ้งแจ้งว่าไฟส่องสว่างในซอยพหลโยธิน 48 ดับทั้งซอยมาสามวัน");
        try (TopicReader screenedOut = new TopicReader(TestInfrastructure.kafkaBootstrapServers(),
                Topics.COMPLAINTS_SCREENED_OUT);
                TopicReader received = new TopicReader(TestInfrastructure.kafkaBootstrapServers(),
                        Topics.COMPLAINTS_RECEIVED)) {
            HttpResponse<String> first = send("POST", "/api/intake/hotline-1555", PlatformRoles.CHANNEL_ADAPTER, body);
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(json(first).get("outOfScope").asBoolean()).isTrue();
            assertThat(json(first).get("reason").asString()).isEqualTo("no-corruption-signal");
            assertThat(json(first).has("trackingCode")).isFalse();
            JsonNode event = screenedOut.awaitValue(
                    v -> v.get("channelRecordId").asString().equals("1555-LAMP-0001"), WAIT);
            assertThat(event.get("screeningId").asString()).isEqualTo("HOTLINE_1555:1555-LAMP-0001");
            assertThat(event.get("channel").asString()).isEqualTo("HOTLINE_1555");
            assertThat(event.get("receivedAt").asString()).isEqualTo("2026-08-20T08:05:00+07:00");
            assertThat(event.get("category").asString()).isEqualTo("ทุจริต");

            HttpResponse<String> again = send("POST", "/api/intake/hotline-1555", PlatformRoles.CHANNEL_ADAPTER, body);
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(json(again)).isEqualTo(json(first));
            assertThat(screenedOut.records()).filteredOn(r -> TopicReader.text(r).contains("1555-LAMP-0001")).hasSize(1);
            assertThat(received.records()).filteredOn(r -> TopicReader.text(r).contains("1555-LAMP-0001")).isEmpty();
        }
    }

    @Test
    void aScreenedOutCallCarriesItsCategoryLabelNormalisedAndNeverTextTypedIntoIt() {
        String flood = "ผู้แจ้งแจ้งว่าน้ำท่วมขังหน้าปากซอยลาดพร้าว 71 หลังฝนตกหนักทุกครั้ง";
        String lamp = "ผู้แจ้งแจ้งว่าไฟส่องสว่างหน้าตลาดดับมาหนึ่งสัปดาห์แล้ว";
        try (TopicReader screenedOut = new TopicReader(TestInfrastructure.kafkaBootstrapServers(),
                Topics.COMPLAINTS_SCREENED_OUT)) {
            assertThat(send("POST", "/api/intake/hotline-1555", PlatformRoles.CHANNEL_ADAPTER,
                    call("1555-FLOOD-0004", "  น้ำท่วม   ขัง ", flood)).statusCode()).isEqualTo(200);
            assertThat(send("POST", "/api/intake/hotline-1555", PlatformRoles.CHANNEL_ADAPTER,
                    call("1555-LAMP-0005", "ไฟฟ้า โทรกลับ 081-234-5678", lamp)).statusCode()).isEqualTo(200);
            assertThat(send("POST", "/api/intake/hotline-1555", PlatformRoles.CHANNEL_ADAPTER,
                    call("1555-LAMP-0006", "ไฟฟ้า แจ้งกลับทางอีเมล somchai@example.com", lamp)).statusCode())
                    .isEqualTo(200);

            assertThat(screenedOut.awaitValue(v -> v.get("channelRecordId").asString().equals("1555-FLOOD-0004"), WAIT)
                    .get("category").asString()).isEqualTo("น้ำท่วม ขัง");
            for (String callId : new String[] {"1555-LAMP-0005", "1555-LAMP-0006"}) {
                JsonNode event = screenedOut.awaitValue(v -> v.get("channelRecordId").asString().equals(callId), WAIT);
                assertThat(event.path("category").isNull() || event.path("category").isMissingNode()).as(callId)
                        .isTrue();
            }
            assertThat(screenedOut.records()).noneMatch(r -> TopicReader.text(r).contains("5678")
                    || TopicReader.text(r).contains("somchai"));
        }
    }

    @Test
    void aCallOnlyTheLearnedSignalTakesInIsAcceptedMarkedAsDoubtedAndOneARuleTakesInIsNot() {
        try (TopicReader received = new TopicReader(TestInfrastructure.kafkaBootstrapServers(),
                Topics.COMPLAINTS_RECEIVED)) {
            HttpResponse<String> unsure = send("POST", "/api/intake/hotline-1555", PlatformRoles.CHANNEL_ADAPTER,
                    call("1555-SHARE-0007", "ร้องเรียน", "นายตรวจเขตขอแบ่งเงินจากร้านค้าทุกสิ้นเดือน"));
            HttpResponse<String> sure = send("POST", "/api/intake/hotline-1555", PlatformRoles.CHANNEL_ADAPTER,
                    call("1555-REG-0008", "ทะเบียนราษฎร",
                            "ผู้แจ้งแจ้งว่าเจ้าหน้าที่เขตเรียกรับเงินใต้โต๊ะ 2,000 บาทเพื่อย้ายชื่อเข้าทะเบียนบ้าน"));
            assertThat(unsure.statusCode()).isEqualTo(202);
            assertThat(sure.statusCode()).isEqualTo(202);

            JsonNode doubt = received.awaitValue(v -> v.get("complaint").get("channelRecordId").asString()
                    .equals("1555-SHARE-0007"), WAIT).get("screeningDoubt");
            assertThat(doubt.get("signal").asString()).isEqualTo("LEARNED-SIGNAL");
            assertThat(doubt.get("score").asDouble()).isGreaterThanOrEqualTo(doubt.get("threshold").asDouble());
            assertThat(doubt.get("reasonEn").asString()).startsWith("No screening rule");
            assertThat(doubt.toString()).doesNotContain("นายตรวจ", "ร้านค้า");
            JsonNode byRule = received.awaitValue(v -> v.get("complaint").get("channelRecordId").asString()
                    .equals("1555-REG-0008"), WAIT);
            assertThat(byRule.path("screeningDoubt").isNull() || byRule.path("screeningDoubt").isMissingNode())
                    .isTrue();
        }
    }

    @Test
    void aCallAboutABribeIsTakenInWhateverItsCategoryAndATrapIsNot() {
        HttpResponse<String> bribe = send("POST", "/api/intake/hotline-1555", PlatformRoles.CHANNEL_ADAPTER,
                call("1555-REG-0002", "ทะเบียนราษฎร",
                        "ผู้แจ้งแจ้งว่าเจ้าหน้าที่รับเงินเพื่อย้ายชื่อเข้าทะเบียนบ้านโดยไม่มีเอกสารครบ"));
        assertThat(bribe.statusCode()).isEqualTo(202);
        assertThat(json(bribe).get("trackingCode").asString()).isNotBlank();

        HttpResponse<String> scam = send("POST", "/api/intake/hotline-1555", PlatformRoles.CHANNEL_ADAPTER,
                call("1555-SCAM-0003", "ทุจริต",
                        "ผู้แจ้งแจ้งว่ามีมิจฉาชีพแอบอ้างเป็นเจ้าหน้าที่เขตโทรมาเรียกเงินค่าธรรมเนียม 3,000 บาท"));
        assertThat(scam.statusCode()).isEqualTo(200);
        assertThat(json(scam).get("reason").asString()).isEqualTo("impersonation-scam");

        String metrics = send("GET", "/actuator/prometheus", null, null).body();
        assertThat(metrics).containsPattern("intake_screening_verdicts_total\\{[^}]*channel=\"HOTLINE_1555\"[^}]*"
                + "outcome=\"out-of-scope\"[^}]*rule=\"IMPERSONATION-SCAM\"");
        assertThat(metrics).containsPattern("intake_complaints_screened_out_total\\{[^}]*channel=\"HOTLINE_1555\"");
    }
}
