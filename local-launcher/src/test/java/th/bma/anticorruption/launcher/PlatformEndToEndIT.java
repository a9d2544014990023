package th.bma.anticorruption.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static th.bma.anticorruption.launcher.PlatformClient.json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.testkit.TopicReader;
import tools.jackson.databind.JsonNode;

/**
 * The whole platform started as {@code ./run-local.sh} starts it (the shared run of {@link SharedPlatform}): one
 * Traffy Fondue ticket about a bribe goes in through the gateway and is followed to its case, the monthly statistics
 * and the compacted {@code statistics.monthly.v1} topic. Then the launcher and every process under it are killed with
 * SIGKILL, the platform is started again on the same data folder, and the acknowledged complaint is still there. Runs
 * last, because it kills the run the other tests share.
 */
@Order(Integer.MAX_VALUE)
@ExtendWith(SharedPlatform.class)
@EnabledIfSystemProperty(named = "platform.e2e", matches = "true", disabledReason = "skipped on request"
        + " (-Dplatform.e2e=false)")
class PlatformEndToEndIT {

    private static final Duration FLOW = Duration.ofSeconds(90);
    /** A month no other test of the run receives complaints in, so its figures are this ticket's alone. */
    private static final String MONTH = "2025-07";

    private final PlatformUnderTest platform;
    private final PlatformClient client;

    PlatformEndToEndIT(PlatformUnderTest platform, PlatformClient client) {
        this.platform = platform;
        this.client = client;
    }

    @Test
    void aTraffyTicketReachesTheStatisticsTopicAndSurvivesAKillMinus9OfTheWholeRun() {
        String ticket = traffyTicket("2025-" + ticketSuffix());

        HttpResponse<String> accepted = client.post("/api/intake/traffy-fondue", "traffy-adapter", ticket);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        JsonNode acknowledgement = json(accepted);
        String complaintId = acknowledgement.path("complaintId").asString();
        assertThat(complaintId).isNotBlank();
        assertThat(acknowledgement.path("trackingCode").asString()).isNotBlank();

        awaitCaseOf(complaintId);
        JsonNode opened = json(client.get("/api/cases?complaintId=" + complaintId, "director")).path("items").path(0);
        assertThat(opened.path("destination").path("code").asString()).as(opened.toString()).isEqualTo("WG-3");
        String caseId = opened.path("caseId").asString();
        // scoping through the gateway: working group 3's officer sees its case, Pathum Wan's officer does not
        assertThat(client.get("/api/cases/" + caseId, "wg-enforcement-officer").statusCode()).isEqualTo(200);
        assertThat(client.get("/api/cases/" + caseId, "pathumwan-officer").statusCode()).isEqualTo(404);
        // the complainant follows it with the code alone (intake and case tracking share only the code's keyed hash)
        HttpResponse<String> tracked = track(acknowledgement.path("trackingCode").asString());
        assertThat(tracked.statusCode()).as(tracked.body()).isEqualTo(200);
        assertThat(tracked.body()).doesNotContain(complaintId).doesNotContain("ปทุมวัน");
        assertThat(track("0000000000000000").statusCode()).isEqualTo(404);
        await().atMost(FLOW).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode month = json(client.get("/api/statistics/monthly/" + MONTH, "dashboard"));
            assertThat(month.path("received").asInt()).isEqualTo(1);
            assertThat(month.path("byChannel").path("TRAFFY_FONDUE").asInt()).isEqualTo(1);
        });
        try (TopicReader topic = new TopicReader("localhost:" + platform.port("kafka"), Topics.STATISTICS_MONTHLY)) {
            JsonNode published = topic.awaitValue(value -> MONTH.equals(value.path("month").asString())
                    && value.path("byChannel").path("TRAFFY_FONDUE").asInt() == 1, FLOW);
            assertThat(published.path("received").asInt()).isEqualTo(1);
        }

        platform.killWithEverythingUnderIt();
        platform.startAgain();

        awaitCaseOf(complaintId);
        HttpResponse<String> again = client.post("/api/intake/traffy-fondue", "traffy-adapter", ticket);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again).path("complaintId").asString()).isEqualTo(complaintId);
    }

    private void awaitCaseOf(String complaintId) {
        await().atMost(FLOW).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            HttpResponse<String> cases = client.get("/api/cases?complaintId=" + complaintId, "director");
            assertThat(cases.statusCode()).as(cases.body()).isEqualTo(200);
            assertThat(json(cases).findValuesAsString("complaintId")).contains(complaintId);
        });
    }

    private HttpResponse<String> track(String trackingCode) {
        return client.postAnonymously("/api/public/track", "{\"trackingCode\": \"" + trackingCode + "\"}");
    }

    /** A Traffy Fondue new-issue webhook body as Traffy's Exchange API sends it (naive Bangkok time). */
    private static String traffyTicket(String ticketId) {
        return """
                {"timestamp": "2025-07-20 09:15:02.120331", "ticket_id": "%s",
                 "description": "เจ้าหน้าที่เทศกิจเรียกรับเงินจากผู้ค้าหาบเร่แผงลอยหน้าตลาดสามย่านทุกวัน วันละ 200 บาท ถ้าไม่จ่ายจะยึดแผง",
                 "type_id": "27", "type": "ทุจริต", "photo": ["https://storage.traffy.in.th/ticket/%s/1.jpg"],
                 "latitude": 13.7323, "longitude": 100.5291,
                 "address": "ถนนพญาไท แขวงวังใหม่ เขตปทุมวัน กรุงเทพมหานคร 10330",
                 "orgs": [{"org_id": "1007", "org": "ฝ่ายเทศกิจ เขตปทุมวัน"}]}
                """.formatted(ticketId, ticketId);
    }

    private static String ticketSuffix() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            suffix.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return suffix.toString();
    }
}
