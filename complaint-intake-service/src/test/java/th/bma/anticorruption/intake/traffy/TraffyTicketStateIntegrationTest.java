package th.bma.anticorruption.intake.traffy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.intake.IntakeIntegrationTestSupport;
import th.bma.anticorruption.intake.complaint.ComplaintIntake;
import th.bma.anticorruption.support.security.PlatformRoles;
import th.bma.anticorruption.testkit.TestInfrastructure;
import th.bma.anticorruption.testkit.TopicReader;

/**
 * A Traffy ticket's own facts (state, count_reopen, photos) reach the complaint as a channel status: from an imported
 * row (backfilled, so a finished or irrelevant one opens its case closed), a new issue's photos, a status update.
 */
class TraffyTicketStateIntegrationTest extends IntakeIntegrationTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String DUMP_HEADER = "ticket_id,type,organization,comment,photo,photo_after,coords,address,"
            + "subdistrict,district,province,timestamp,state,star,count_reopen,last_activity";
    private static final String BRIBE = "เจ้าหน้าที่เทศกิจเรียกรับเงินจากผู้ค้าแผงลอยทุกเดือน";

    @Test
    void anImportedRowCarriesItsStateReopenCountAndPhotosAndARepeatedImportRepeatsTheSameEvents() {
        String dump = DUMP_HEADER + "\n"
                + row("2023-STAT01", "https://storage.traffy.in.th/p/1.jpg", "https://storage.traffy.in.th/p/1-after.jpg",
                        "เสร็จสิ้น", "2", "2023-03-10 02:00:00+00")
                + row("2023-STAT02", "", "", "ยกเลิก", "0", "")
                + row("2023-STAT03", "", "", "inprogress", "1.0", "2023-03-05 03:00:00+00")
                + row("2023-STAT04", "ftp://storage.traffy.in.th/p/4.jpg", "", "finish", "0", "")
                + row("2023-STAT05", "", "", "เสร็จแล้วมั้ง", "-1", "");
        try (TopicReader statuses = new TopicReader(TestInfrastructure.kafkaBootstrapServers(),
                Topics.COMPLAINTS_CHANNEL_STATUS_UPDATED)) {
            JsonNode summary = importCsv(dump);
            assertThat(summary.get("accepted").asLong()).isEqualTo(3);
            assertThat(summary.get("rejected").asLong()).isEqualTo(2);
            assertThat(violations(summary.get("rejections").get(0))).containsExactly("photo[0]/http-url");
            assertThat(violations(summary.get("rejections").get(1)))
                    .containsExactlyInAnyOrder("state/one-of", "count_reopen/non-negative-integer");

            JsonNode finished = statuses.awaitValue(forTicket("2023-STAT01"), WAIT);
            assertThat(finished.get("complaintId").asString())
                    .isEqualTo(ComplaintIntake.complaintIdOf(Channel.TRAFFY_FONDUE, "2023-STAT01"));
            assertThat(finished.get("statusType").asString()).isEqualTo("finish");
            assertThat(finished.get("statusLabel").asString()).isEqualTo("เสร็จสิ้น");
            assertThat(finished.get("statusAt").asString()).as("last_activity, in Bangkok time")
                    .isEqualTo("2023-03-10T09:00:00+07:00");
            JsonNode details = finished.get("details");
            assertThat(details.get("closed").asBoolean()).isTrue();
            assertThat(details.get("backfilled").asBoolean()).isTrue();
            assertThat(details.get("countReopen").asInt()).isEqualTo(2);
            assertThat(details.get("evidence").get(0).get("url").asString()).isEqualTo("https://storage.traffy.in.th/p/1.jpg");
            assertThat(details.get("evidence").get(0).get("kind").asString()).isEqualTo("PHOTO");
            assertThat(details.get("evidence").get(1).get("kind").asString()).isEqualTo("PHOTO_AFTER");

            JsonNode irrelevant = statuses.awaitValue(forTicket("2023-STAT02"), WAIT);
            assertThat(irrelevant.get("statusType").asString()).isEqualTo("irrelevant");
            assertThat(irrelevant.get("statusLabel").asString()).as("the label the channel used").isEqualTo("ยกเลิก");
            assertThat(irrelevant.get("statusAt").asString()).as("without last_activity, the ticket's own time")
                    .isEqualTo("2023-03-01T08:00:00+07:00");
            assertThat(irrelevant.get("details").get("closed").asBoolean()).isTrue();

            JsonNode inProgress = statuses.awaitValue(forTicket("2023-STAT03"), WAIT);
            assertThat(inProgress.get("details").get("closed").asBoolean()).isFalse();
            assertThat(inProgress.get("details").get("countReopen").asInt()).isEqualTo(1);

            JsonNode again = importCsv(dump);
            assertThat(again.get("duplicates").asLong()).isEqualTo(3);
            JsonNode repeated = statuses.awaitValue(v -> forTicket("2023-STAT01").test(v)
                    && !v.get("details").get("backfilled").asBoolean(), WAIT);
            assertThat(repeated.get("eventId").asString()).as("the same event, which consumers de-duplicate")
                    .isEqualTo(finished.get("eventId").asString());
            assertThat(statuses.records()).filteredOn(r -> TopicReader.text(r).contains("2023-STAT04")).isEmpty();
        }
    }

    @Test
    void aNewIssuesPhotosAndAStatusUpdatesPhotosBecomeEvidenceLinksAndBadUrlsAreRefused() {
        String body = TraffyIntakeIntegrationTest.ticket("2026-PHOTO1", "ร้องเรียน", BRIBE);
        try (TopicReader statuses = new TopicReader(TestInfrastructure.kafkaBootstrapServers(),
                Topics.COMPLAINTS_CHANNEL_STATUS_UPDATED)) {
            HttpResponse<String> answer = send("POST", "/api/intake/traffy-fondue", PlatformRoles.CHANNEL_ADAPTER, body);
            assertThat(answer.statusCode()).isEqualTo(202);
            JsonNode opened = statuses.awaitValue(forTicket("2026-PHOTO1"), WAIT);
            assertThat(opened.get("statusType").asString()).as("a new issue waits to be taken").isEqualTo("start");
            assertThat(opened.get("statusAt").asString()).isEqualTo("2026-08-20T22:25:37.433959+07:00");
            assertThat(opened.get("details").get("backfilled").asBoolean()).isFalse();
            assertThat(opened.get("details").get("evidence").get(0).get("url").asString())
                    .isEqualTo("https://storage.traffy.in.th/photo/2026-PHOTO1.jpg");

            HttpResponse<String> update = send("PATCH", "/api/intake/traffy-fondue", PlatformRoles.CHANNEL_ADAPTER, """
                    {"timestamp": "2026-08-22 10:00:00", "ticket_id": "2026-PHOTO1", "org": "ฝ่ายเทศกิจ เขตปทุมวัน",
                     "status": "เสร็จสิ้น", "note": "ตรวจสอบแล้ว", "photo": ["https://storage.traffy.in.th/after/1.jpg"]}
                    """);
            assertThat(update.statusCode()).isEqualTo(202);
            JsonNode finished = statuses.awaitValue(v -> forTicket("2026-PHOTO1").test(v)
                    && "finish".equals(v.get("statusType").asString()), WAIT);
            assertThat(finished.get("details").get("closed").asBoolean()).isTrue();
            assertThat(finished.get("details").get("backfilled").asBoolean()).as("a live update never closes a case")
                    .isFalse();
            assertThat(finished.get("details").get("evidence").get(0).get("kind").asString()).isEqualTo("PHOTO_AFTER");
        }

        HttpResponse<String> refused = send("POST", "/api/intake/traffy-fondue", PlatformRoles.CHANNEL_ADAPTER,
                body.replace("2026-PHOTO1", "2026-PHOTO2")
                        .replace("\"https://storage.traffy.in.th/photo/2026-PHOTO2.jpg\"",
                                "\"https://ok.example/1.jpg\", \"javascript:alert(1)\", \"https://x.example/" + "a".repeat(2100) + "\""));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(violations(json(refused))).containsExactly("photo[1]/http-url", "photo[2]/max-length");

        HttpResponse<String> badUpdate = send("PATCH", "/api/intake/traffy-fondue", PlatformRoles.CHANNEL_ADAPTER, """
                {"timestamp": "2026-08-22 10:00:00", "ticket_id": "2026-PHOTO1", "status": "finish",
                 "photo": ["file:///etc/passwd"]}
                """);
        assertThat(badUpdate.statusCode()).isEqualTo(400);
        assertThat(violations(json(badUpdate))).containsExactly("photo[0]/http-url");
    }

    private static String row(String ticketId, String photo, String photoAfter, String state, String countReopen,
            String lastActivity) {
        return ticketId + ",{ร้องเรียน},ฝ่ายเทศกิจ เขตปทุมวัน," + BRIBE + "," + photo + "," + photoAfter
                + ",\"100.5292,13.7437\",แขวงวังใหม่ เขตปทุมวัน,วังใหม่,ปทุมวัน,กรุงเทพมหานคร,2023-03-01 01:00:00+00,"
                + state + ",4," + countReopen + "," + lastActivity + "\n";
    }

    private static java.util.function.Predicate<JsonNode> forTicket(String ticketId) {
        return v -> ticketId.equals(v.get("channelRecordId").asString());
    }

    private static List<String> violations(JsonNode problem) {
        List<String> broken = new ArrayList<>();
        problem.get("violations").forEach(v -> broken.add(v.get("field").asString() + "/" + v.get("rule").asString()));
        return broken;
    }

    private JsonNode importCsv(String csv) {
        HttpResponse<String> answer = send("POST", "/api/intake/traffy-fondue/import", PlatformRoles.CHANNEL_ADAPTER, csv,
                "text/csv");
        assertThat(answer.statusCode()).isEqualTo(200);
        return json(answer);
    }
}
