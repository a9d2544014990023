package th.bma.anticorruption.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static th.bma.anticorruption.launcher.PlatformClient.json;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.statistics.reference.ReferenceComplaint;
import th.bma.anticorruption.statistics.reference.ReferenceMonths;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report as the meeting saw it: once the reference months stand as the centre reported them, the director
 * reroutes one of April's complaints from a unit to a working group. The live April figures move; April asked
 * {@code asOf} the moment the platform knew the reference figures still reads exactly the centre's report, in the JSON
 * and in the Thai text. (The platform learns the reference complaints when the test drives them, so "the meeting"
 * is that moment, not 21 April 2023.)
 */
@Order(5)
@ExtendWith(SharedPlatform.class)
@EnabledIfSystemProperty(named = "platform.e2e", matches = "true", disabledReason = "skipped on request"
        + " (-Dplatform.e2e=false)")
class ReferenceReportAsOfEndToEndIT {

    private static final Duration FLOW = Duration.ofMinutes(2);
    private static final List<String> FIELDS = List.of("received", "byChannel", "byLineOfWork",
            "byChannelAndLineOfWork", "byDisposition");

    @BeforeAll
    static void driveTheReferenceMonths(PlatformUnderTest platform, PlatformClient client) {
        ReferenceMonthsOnPlatform.ensureDriven(platform, client);
    }

    @Test
    void aprilAsOfTheMeetingReadsTheCentresReportAfterALaterReroute(PlatformClient client) {
        List<ReferenceComplaint> april = ReferenceMonths.april2023ToDate();
        ObjectNode reported = ReferenceMonthsEndToEndIT.figuresOf(april);
        String meeting = ReferenceMonthsOnPlatform.drivenAt().toString();
        ReferenceComplaint forwarded = april.stream()
                .filter(c -> c.currentDisposition() == Disposition.FORWARDED_TO_UNIT).findFirst().orElseThrow();

        var reroute = client.post("/api/routing/complaints/" + ReferenceMonthsOnPlatform.complaintIdOf(forwarded)
                + "/reroute", "director", "{\"destinationCode\": \"WG-3\", \"reason\": "
                + "\"คณะทำงานด้านเทศกิจรับไปตรวจสอบต่อตามมติที่ประชุม\"}");
        assertThat(reroute.statusCode()).as(reroute.body()).isEqualTo(200);
        int toUnits = reported.path("byDisposition").path("FORWARDED_TO_UNIT").asInt();
        int toGroups = reported.path("byDisposition").path("FORWARDED_TO_WORKING_GROUP").asInt();
        await().atMost(FLOW).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode live = json(client.get("/api/statistics/monthly/2023-04", "dashboard"));
            assertThat(live.path("byDisposition").path("FORWARDED_TO_UNIT").asInt()).isEqualTo(toUnits - 1);
            assertThat(live.path("byDisposition").path("FORWARDED_TO_WORKING_GROUP").asInt()).isEqualTo(toGroups + 1);
        });

        JsonNode asOfMeeting = json(client.get("/api/statistics/monthly/2023-04?asOf=" + meeting, "dashboard"));
        for (String field : FIELDS) {
            assertThat(asOfMeeting.path(field)).as("April " + field + " as of the meeting")
                    .isEqualTo(reported.path(field));
        }
        var thai = client.get("/api/statistics/monthly/2023-04/report?lang=th&asOf=" + meeting, "dashboard");
        assertThat(thai.statusCode()).as(thai.body()).isEqualTo(200);
        assertThat(thai.body()).contains("ประจำเดือน เม.ย. 66", "รับเรื่องร้องเรียน 16 เรื่อง\n",
                "ผลการดำเนินการ: ส่งต่อให้หน่วยงานดำเนินการ 10 เรื่อง ส่งต่อให้คณะทำงานดำเนินการ 3 เรื่อง"
                        + " อยู่ระหว่างตรวจสอบข้อมูล 3 เรื่อง\n");
    }
}
