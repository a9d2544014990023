package th.bma.anticorruption.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.DeadlineStatus;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.statistics.monthly.MonthlyStatisticsQueries;
import th.bma.anticorruption.statistics.monthly.PeriodFigures;
import th.bma.anticorruption.statistics.monthly.StatisticsCalendar;
import th.bma.anticorruption.statistics.readmodel.StatisticsReadModel;
import th.bma.anticorruption.testkit.TestInfrastructure;

/**
 * A rebuild from scratch (the {@code rebuild} profile: drop the read model, replay every input topic from the
 * beginning: case snapshots, screened-out records and the CSV import's tallies, some redelivered) gives exactly the
 * live figures, now and as they stood at a past moment. The rebuilt service runs as a second application on a database that holds a stale document beforehand, with its own consumer group and its own output topic so it does not disturb
 * the live one. Uses November 2022 (and every month the other tests produced).
 */
class RebuildIntegrationTest extends StatisticsIntegrationTestSupport {

    @Autowired
    MonthlyStatisticsQueries liveQueries;

    @Autowired
    StatisticsReadModel liveReadModel;

    @Test
    void aRebuildFromTheTopicsGivesTheLiveFigures() {
        OffsetDateTime received = OffsetDateTime.parse("2022-11-07T13:15:00+07:00");
        for (int version = 1; version <= 3; version++) {
            Disposition disposition = version == 3 ? Disposition.COMPLETED : Disposition.FORWARDED_TO_UNIT;
            sendCase(MonthlyStatisticsIntegrationTest.snapshot("R1", version, Channel.HOTLINE_1555, received,
                    "ดินแดง", LineOfWork.CITY_LAW_ENFORCEMENT, disposition, MonthlyStatisticsIntegrationTest.deadline(
                            version == 3 ? DeadlineStatus.MET : DeadlineStatus.OPEN, "2022-12-07T23:59:59+07:00",
                            version == 3 ? "2022-11-20T10:00:00+07:00" : null)));
        }
        sendCase(MonthlyStatisticsIntegrationTest.snapshot("R1", 1, Channel.HOTLINE_1555, received, "ดินแดง",
                LineOfWork.CITY_LAW_ENFORCEMENT, Disposition.UNDER_VERIFICATION, null));
        sendCase(MonthlyStatisticsIntegrationTest.snapshot("R2", 1, Channel.TRAFFY_FONDUE,
                OffsetDateTime.parse("2022-11-30T23:59:00+07:00"), "ดินแดง", LineOfWork.REVENUE,
                Disposition.UNDER_VERIFICATION, null));
        send(Topics.COMPLAINTS_SCREENED_OUT,
                MonthlyStatisticsIntegrationTest.screenedOut("2022-R3", "2022-11-08T09:00:00+07:00"));
        var importedTally = ScreenedOutTalliesIntegrationTest.tally(Channel.TRAFFY_FONDUE, "2022-11", 40);
        send(Topics.COMPLAINTS_SCREENED_OUT_TALLIED, importedTally);
        send(Topics.COMPLAINTS_SCREENED_OUT_TALLIED, importedTally);
        YearMonth november = YearMonth.of(2022, 11);
        await().atMost(Duration.ofSeconds(60)).until(() -> liveQueries.month(november).received() == 2
                && liveQueries.month(november).byDisposition().get("COMPLETED") == 1
                && liveQueries.month(november).screenedOutByChannel().getOrDefault("TRAFFY_FONDUE", 0L) == 41);

        // The publisher computes every changed month in one pass: each month's figures as if computed alone.
        Set<YearMonth> liveMonths = liveReadModel.months();
        var each = liveReadModel.rollupEach(liveMonths, NOW);
        assertThat(each.keySet()).containsExactlyElementsOf(liveMonths);
        for (YearMonth month : liveMonths) {
            assertThat(each.get(month).figures()).as("figures of %s", month)
                    .isEqualTo(liveReadModel.rollup(List.of(month), NOW).figures());
        }
        assertThat(each.get(november).figures().statistics().screenedOutByChannel())
                .containsEntry("TRAFFY_FONDUE", 41L);

        String database = "statistics-rebuild-" + UUID.randomUUID();
        String mongoUri = TestInfrastructure.mongoUri("unused").replaceFirst("/[^/]*$", "/" + database);
        try (MongoClient client = MongoClients.create(mongoUri)) {
            client.getDatabase(database).getCollection("complaints").insertOne(new Document("_id", "STALE")
                    .append("caseVersion", 99L).append("month", "2022-11").append("channel", "LETTER")
                    .append("lineOfWork", "OTHER").append("disposition", "COMPLETED"));
        }

        try (ConfigurableApplicationContext rebuilt = new SpringApplicationBuilder(StatisticsApplication.class)
                .profiles("rebuild")
                .initializers(context -> context.getBeanFactory().registerSingleton("clock",
                        Clock.fixed(NOW, StatisticsCalendar.BANGKOK)))
                .run("--server.port=0",
                        "--spring.mongodb.uri=" + mongoUri,
                        "--spring.cloud.stream.kafka.binder.brokers=" + TestInfrastructure.kafkaBootstrapServers(),
                        "--statistics.consumer-group=statistics-rebuild-" + UUID.randomUUID(),
                        "--spring.cloud.stream.bindings.monthlyStatistics-out-0.destination=statistics.monthly.rebuild-test")) {
            MonthlyStatisticsQueries rebuiltQueries = rebuilt.getBean(MonthlyStatisticsQueries.class);
            Set<YearMonth> months = liveReadModel.months();
            assertThat(months).contains(november);
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                for (YearMonth month : months) {
                    assertThat(PeriodFigures.of(rebuiltQueries.month(month)))
                            .as("figures of %s", month).isEqualTo(PeriodFigures.of(liveQueries.month(month)));
                }
            });
            assertThat(rebuilt.getBean(StatisticsReadModel.class).months()).containsAll(List.copyOf(months));

            // The history is replayed too, dated by when the platform learned each change, not by the replay: the
            // figures as they stood at a past moment are the same. At 00:00:02 the first complaint was still with a
            // unit; it was completed a second later.
            Instant beforeCompletion = Instant.parse("2022-07-01T00:00:02Z");
            assertThat(liveQueries.monthAsOf(november, beforeCompletion).byDisposition())
                    .containsEntry("COMPLETED", 0L).containsEntry("FORWARDED_TO_UNIT", 1L);
            for (Instant asOf : List.of(beforeCompletion, NOW)) {
                for (YearMonth month : months) {
                    assertThat(PeriodFigures.of(rebuiltQueries.monthAsOf(month, asOf)))
                            .as("figures of %s as of %s", month, asOf)
                            .isEqualTo(PeriodFigures.of(liveQueries.monthAsOf(month, asOf)));
                }
            }
            // The import's tally is dated 20 November 2026: not known yet on 21 April 2023, the clock's today.
            assertThat(liveQueries.monthAsOf(november, NOW).screenedOutByChannel()).containsEntry("TRAFFY_FONDUE", 1L);
            assertThat(liveQueries.monthAsOf(november, NOW).byDisposition())
                    .isEqualTo(liveQueries.month(november).byDisposition());
        }
    }
}
