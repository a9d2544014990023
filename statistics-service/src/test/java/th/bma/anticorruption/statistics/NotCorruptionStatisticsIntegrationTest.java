package th.bma.anticorruption.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.CaseStatusChanged;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.Destination;
import th.bma.anticorruption.contracts.DestinationKind;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.statistics.monthly.NotCorruptionFinding;
import th.bma.anticorruption.testkit.TestInfrastructure;
import th.bma.anticorruption.testkit.TopicReader;
import tools.jackson.databind.JsonNode;

/**
 * A complaint an intake officer found in triage not to be about corruption at all (its case closed in state
 * {@code NOT_CORRUPTION}) leaves the month's complaints and counts where the records screening left out count, under
 * the officers' category; before the officer's finding it was a complaint under verification, and the figures as of
 * then still say so. Uses September 2021 only.
 */
class NotCorruptionStatisticsIntegrationTest extends StatisticsIntegrationTestSupport {

    private static final String SEPTEMBER = "2021-09";
    private static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2021-09-06T08:10:00+07:00");
    private static final Destination TRIAGE = new Destination(DestinationKind.TRIAGE, "CENTRE",
            "ศตท.กทม. (อยู่ระหว่างตรวจสอบข้อมูล)", "Monitoring centre (under verification)");
    private static final Destination PATHUM_WAN = new Destination(DestinationKind.UNIT, "DISTRICT-1007",
            "สำนักงานเขตปทุมวัน", "Pathum Wan District Office");

    @Test
    void aComplaintFoundNotAboutCorruptionLeavesTheComplaintsAndCountsWithTheRecordsScreenedOut() throws Exception {
        CaseStatusChanged doubted = snapshot("ROAD", 1, "UNDER_VERIFICATION", Disposition.UNDER_VERIFICATION, TRIAGE,
                "2021-09-06T09:00:00+07:00");
        CaseStatusChanged closed = snapshot("ROAD", 2, "NOT_CORRUPTION", Disposition.COMPLETED, TRIAGE,
                "2021-09-08T14:00:00+07:00");
        CaseStatusChanged bribe = snapshot("BRIBE", 1, "FORWARDED_TO_UNIT", Disposition.FORWARDED_TO_UNIT, PATHUM_WAN,
                "2021-09-06T09:00:00+07:00");
        try (TopicReader reader = new TopicReader(TestInfrastructure.kafkaBootstrapServers(),
                Topics.STATISTICS_MONTHLY)) {
            sendCase(doubted);
            sendCase(bribe);
            reader.awaitValue(v -> SEPTEMBER.equals(v.path("month").asString()) && v.path("received").asLong() == 2,
                    Duration.ofSeconds(30));
            sendCase(closed);
            sendCase(doubted);

            // The month was also published with one complaint before the second was counted: wait for the one
            // that counts the officer's finding.
            JsonNode published = reader.awaitValue(v -> SEPTEMBER.equals(v.path("month").asString())
                    && v.path("received").asLong() == 1
                    && v.path("screenedOutByChannel").path("TRAFFY_FONDUE").asLong() == 1, Duration.ofSeconds(30));
            assertThat(published.path("byChannel").path("TRAFFY_FONDUE").asLong()).isEqualTo(1);
            assertThat(published.path("byLineOfWork").path("PUBLIC_WORKS").asLong()).isEqualTo(1);
            assertThat(published.path("byDisposition").path("COMPLETED").asLong())
                    .as("not completed as a corruption complaint").isZero();
            assertThat(published.path("byDisposition").path("UNDER_VERIFICATION").asLong()).isZero();
            assertThat(published.path("byDisposition").path("FORWARDED_TO_UNIT").asLong()).isEqualTo(1);
            assertThat(published.path("byDistrict").path("บางกะปิ").isMissingNode()).isTrue();
            assertThat(published.path("screenedOutByChannel").path("TRAFFY_FONDUE").asLong()).isEqualTo(1);
            assertThat(published.path("screenedOutByCategory").path("TRAFFY_FONDUE")
                    .path(NotCorruptionFinding.CATEGORY).asLong()).isEqualTo(1);
        }

        JsonNode live = monthly(null);
        assertThat(live.path("received").asLong()).isEqualTo(1);
        assertThat(live.path("screenedOutByCategory").path("TRAFFY_FONDUE")
                .path(NotCorruptionFinding.CATEGORY).asLong()).isEqualTo(1);
        JsonNode beforeTheFinding = monthly("2021-09-07");
        assertThat(beforeTheFinding.path("received").asLong()).as("a complaint under verification until then")
                .isEqualTo(2);
        assertThat(beforeTheFinding.path("byDisposition").path("UNDER_VERIFICATION").asLong()).isEqualTo(1);
        assertThat(beforeTheFinding.path("screenedOutByChannel").path("TRAFFY_FONDUE").isMissingNode()).isTrue();
        assertThat(monthly("2021-09-09").path("received").asLong()).isEqualTo(1);
        String report = text("/api/statistics/monthly/" + SEPTEMBER + "/report", "en");
        assertThat(report).contains("Screened out as not about corruption: Traffy Fondue 1");
    }

    private JsonNode monthly(String asOf) throws Exception {
        JsonNode[] answer = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var request = get("/api/statistics/monthly/" + SEPTEMBER).header("Authorization", dashboardToken());
            if (asOf != null) {
                request.param("asOf", asOf);
            }
            answer[0] = JSON.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString());
        });
        return answer[0];
    }

    private String text(String path, String lang) throws Exception {
        return mvc.perform(get(path).param("lang", lang).header("Authorization", dashboardToken()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static CaseStatusChanged snapshot(String key, long version, String state, Disposition disposition,
            Destination destination, String learnedAt) {
        String complaintId = "NC-" + key;
        return new CaseStatusChanged(UUID.randomUUID(), OffsetDateTime.parse(learnedAt).toInstant(),
                "CASE-" + complaintId, CaseStatusChanged.SCHEMA_VERSION, version, complaintId, Channel.TRAFFY_FONDUE,
                RECEIVED, key.equals("ROAD") ? "บางกะปิ" : "ปทุมวัน", LineOfWork.PUBLIC_WORKS,
                version == 1 ? null : "UNDER_VERIFICATION", state, disposition, destination, null, false, null);
    }
}
