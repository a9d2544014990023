package th.bma.anticorruption.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ScreenedOutTallied;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.statistics.monthly.MonthlyStatisticsQueries;
import th.bma.anticorruption.statistics.readmodel.StatisticsReadModel;
import th.bma.anticorruption.testkit.TestInfrastructure;
import th.bma.anticorruption.testkit.TopicReader;

/**
 * The CSV import's screened-out tallies ({@code complaints.screened-out-tallied.v1}) count in the month's
 * {@code screenedOutByChannel} beside the webhooks' one-per-ticket records, each tally once by event id however often
 * it is delivered, and a tally that can never be counted goes to the dead-letter topic. Uses March and May 2021.
 */
class ScreenedOutTalliesIntegrationTest extends StatisticsIntegrationTestSupport {

    private static final String MARCH = "2021-03";
    private static final String MAY = "2021-05";

    @Autowired
    MonthlyStatisticsQueries queries;

    @Autowired
    StatisticsReadModel readModel;

    @Test
    void talliesAddToTheWebhooksScreenedOutRecordsAndCountOncePerEventId() throws Exception {
        ScreenedOutTallied firstBatch = tally(Channel.TRAFFY_FONDUE, MARCH, 734);
        send(Topics.COMPLAINTS_SCREENED_OUT_TALLIED, firstBatch);
        send(Topics.COMPLAINTS_SCREENED_OUT_TALLIED, tally(Channel.TRAFFY_FONDUE, MARCH, 266));
        send(Topics.COMPLAINTS_SCREENED_OUT_TALLIED, tally(Channel.TRAFFY_FONDUE, MAY, 12));
        // The relay after a crash sends the same tally again, with the same event id.
        send(Topics.COMPLAINTS_SCREENED_OUT_TALLIED, firstBatch);
        send(Topics.COMPLAINTS_SCREENED_OUT,
                MonthlyStatisticsIntegrationTest.screenedOut("2021-W1", "2021-03-31T23:30:00+07:00"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> mvc
                .perform(get("/api/statistics/monthly/" + MARCH).header("Authorization", dashboardToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.screenedOutByChannel.TRAFFY_FONDUE").value(1001))
                .andExpect(jsonPath("$.received").value(0)));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                queries.month(YearMonth.parse(MAY)).screenedOutByChannel().getOrDefault("TRAFFY_FONDUE", 0L) == 12);
        assertThat(readModel.months()).contains(YearMonth.parse(MARCH), YearMonth.parse(MAY));

        try (TopicReader reader = new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.STATISTICS_MONTHLY)) {
            reader.awaitValue(v -> MARCH.equals(v.path("month").asString())
                    && v.path("screenedOutByChannel").path("TRAFFY_FONDUE").asLong() == 1001, Duration.ofSeconds(30));
            assertThat(reader.records().stream().filter(r -> MARCH.equals(r.key()))
                    .map(r -> JSON.readTree(r.value()).path("screenedOutByChannel").path("TRAFFY_FONDUE").asLong()))
                    .as("no published figure counted the redelivered tally").allMatch(n -> n <= 1001);
        }
    }

    @Test
    void aTallyThatCanNeverBeCountedGoesToTheDeadLetterTopicAndCountsNothing() {
        String month = "2021-04";
        ScreenedOutTallied noCount = tally(Channel.TRAFFY_FONDUE, month, 0);
        ScreenedOutTallied badMonth = tally(Channel.TRAFFY_FONDUE, "2021-13", 50);
        send(Topics.COMPLAINTS_SCREENED_OUT_TALLIED, noCount);
        send(Topics.COMPLAINTS_SCREENED_OUT_TALLIED, badMonth);
        producerSendRaw(Topics.COMPLAINTS_SCREENED_OUT_TALLIED, "TRAFFY_FONDUE:2021-04", "{\"count\": {\"$gt\": 0}}");
        try (TopicReader reader = new TopicReader(TestInfrastructure.kafkaBootstrapServers(),
                Topics.deadLetter(Topics.COMPLAINTS_SCREENED_OUT_TALLIED))) {
            reader.awaitValue(v -> noCount.eventId().toString().equals(v.path("eventId").asString()),
                    Duration.ofSeconds(60));
            reader.awaitValue(v -> badMonth.eventId().toString().equals(v.path("eventId").asString()),
                    Duration.ofSeconds(60));
            await().atMost(Duration.ofSeconds(60)).until(() -> reader.records().stream()
                    .anyMatch(r -> TopicReader.text(r).contains("$gt")));
        }
        // A valid tally after the poison is still counted: the consumer went on.
        send(Topics.COMPLAINTS_SCREENED_OUT_TALLIED, tally(Channel.HOTLINE_1555, month, 3));
        await().atMost(Duration.ofSeconds(60)).until(() ->
                queries.month(YearMonth.parse(month)).screenedOutByChannel().getOrDefault("HOTLINE_1555", 0L) == 3);
        assertThat(queries.month(YearMonth.parse(month)).screenedOutByChannel())
                .doesNotContainKey("TRAFFY_FONDUE");
    }

    static ScreenedOutTallied tally(Channel channel, String month, long count) {
        return new ScreenedOutTallied(UUID.randomUUID(), Instant.parse("2026-11-20T03:00:00Z"),
                ScreenedOutTallied.SCHEMA_VERSION, channel, month, count);
    }
}
