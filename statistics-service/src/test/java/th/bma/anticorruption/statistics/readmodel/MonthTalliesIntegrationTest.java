package th.bma.anticorruption.statistics.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import th.bma.anticorruption.contracts.CaseDeadline;
import th.bma.anticorruption.contracts.CaseStatusChanged;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintScreenedOut;
import th.bma.anticorruption.contracts.DeadlineStatus;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.ScreenedOutTallied;
import th.bma.anticorruption.statistics.monthly.NotCorruptionFinding;
import th.bma.anticorruption.statistics.monthly.PeriodFigures;
import th.bma.anticorruption.statistics.monthly.StatisticsCalendar;
import th.bma.anticorruption.testkit.PlatformIntegrationTest;
import th.bma.anticorruption.testkit.TestInfrastructure;

/**
 * The publisher's figures come from the months' tallies, moved by each write instead of recomputed from the
 * documents: after every batch of a long random history (new complaints, newer versions that change a complaint's
 * disposition, line of work, deadline or even its month, redeliveries, older versions arriving late, screened-out
 * records and tallies pushed twice) they equal the figures computed from the documents.
 */
@PlatformIntegrationTest
class MonthTalliesIntegrationTest {

    private static final YearMonth[] MONTHS = {YearMonth.of(2024, 1), YearMonth.of(2024, 2), YearMonth.of(2024, 3)};
    private static final Instant NOW = Instant.parse("2024-02-20T03:00:00Z");

    private static MongoClient client;
    private static MongoTemplate mongo;
    private static StatisticsReadModel readModel;

    @BeforeAll
    static void connect() {
        ConnectionString uri = new ConnectionString(TestInfrastructure.mongoUri("statistics-month-tallies"));
        client = MongoClients.create(uri);
        mongo = new MongoTemplate(client, uri.getDatabase());
        readModel = new StatisticsReadModel(mongo);
        readModel.createIndexes();
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void theTalliedFiguresEqualTheFiguresOfTheDocumentsAfterEveryBatch() {
        Random random = new Random(20240220L);
        Map<String, Long> versions = new HashMap<>();
        List<CaseStatusChanged> sent = new ArrayList<>();
        List<ComplaintScreenedOut> screenedSent = new ArrayList<>();
        List<ScreenedOutTallied> talliesSent = new ArrayList<>();
        // The months are tallied from their (empty) documents first, so every later figure comes from the moves.
        assertSameFigures();
        for (int batch = 0; batch < 40; batch++) {
            List<CaseStatusChanged> snapshots = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                int pick = random.nextInt(10);
                if (pick < 2 && !sent.isEmpty()) {
                    // a redelivery, or an older version arriving late: neither changes anything
                    snapshots.add(sent.get(random.nextInt(sent.size())));
                    continue;
                }
                String complaintId = pick < 6 || versions.isEmpty() ? "TALLY-" + versions.size()
                        : "TALLY-" + random.nextInt(versions.size());
                long version = versions.merge(complaintId, 1L, Long::sum);
                CaseStatusChanged snapshot = snapshot(random, complaintId, version);
                snapshots.add(snapshot);
                sent.add(snapshot);
            }
            readModel.applyAll(snapshots);
            List<ComplaintScreenedOut> screened = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                screened.add(random.nextInt(4) == 0 && !screenedSent.isEmpty()
                        ? screenedSent.get(random.nextInt(screenedSent.size())) : screenedOut(random));
            }
            screenedSent.addAll(screened);
            readModel.recordScreenedOut(screened);
            ScreenedOutTallied tally = random.nextInt(3) == 0 && !talliesSent.isEmpty()
                    ? talliesSent.get(random.nextInt(talliesSent.size())) : tally(random);
            talliesSent.add(tally);
            readModel.recordTallies(List.of(tally));

            assertSameFigures();
        }
        // every complaint counts once: among the complaints, or with the records screened out once an officer found
        // it not to be about corruption
        assertThat(readModel.rollupEach(List.of(MONTHS), NOW).values().stream()
                .map(rollup -> rollup.figures().statistics())
                .mapToLong(figures -> figures.received() + figures.screenedOutByCategory().values()
                        .stream().mapToLong(labels -> labels.getOrDefault(NotCorruptionFinding.CATEGORY, 0L)).sum())
                .sum()).isEqualTo(versions.size());
    }

    @Test
    void aMonthIsTalliedOnceAndAWriteBehindTheReadModelsBackIsSeenOnlyAfterTheTalliesAreForgotten() {
        YearMonth june = YearMonth.of(2022, 6);
        readModel.applyAll(List.of(snapshot(new Random(1), "BACK-1", 1, june)));
        assertThat(readModel.rollupEach(List.of(june), NOW).get(june).figures().statistics().received()).isEqualTo(1);

        Document copy = mongo.getCollection("complaints").find(new Document("_id", "BACK-1")).first();
        mongo.getCollection("complaints").insertOne(copy.append("_id", "BACK-2"));

        assertThat(readModel.rollupEach(List.of(june), NOW).get(june).figures().statistics().received())
                .as("figures come from the tallies, not from a recount").isEqualTo(1);
        assertThat(readModel.rollup(List.of(june), NOW).figures().statistics().received()).isEqualTo(2);
        readModel.forgetTallies();
        assertThat(readModel.rollupEach(List.of(june), NOW).get(june).figures().statistics().received()).isEqualTo(2);
    }

    private static void assertSameFigures() {
        Map<YearMonth, PeriodFigures> tallied = new HashMap<>();
        readModel.rollupEach(List.of(MONTHS), NOW).forEach((month, rollup) -> tallied.put(month, rollup.figures()));
        for (YearMonth month : MONTHS) {
            assertThat(tallied.get(month)).as(StatisticsCalendar.key(month))
                    .isEqualTo(readModel.rollup(List.of(month), NOW).figures());
        }
    }

    private static CaseStatusChanged snapshot(Random random, String complaintId, long version) {
        return snapshot(random, complaintId, version, MONTHS[random.nextInt(MONTHS.length)]);
    }

    private static CaseStatusChanged snapshot(Random random, String complaintId, long version, YearMonth month) {
        OffsetDateTime receivedAt = month.atDay(1 + random.nextInt(27)).atTime(9, 0).atOffset(ZoneOffset.ofHours(7));
        Disposition disposition = Disposition.values()[random.nextInt(Disposition.values().length)];
        DeadlineStatus status = DeadlineStatus.values()[random.nextInt(DeadlineStatus.values().length)];
        boolean notCorruption = random.nextInt(6) == 0;
        CaseDeadline deadline = notCorruption || random.nextBoolean() ? null : new CaseDeadline("SUBCOMMITTEE_APPOINTMENT",
                NOW.plusSeconds(86_400L * (random.nextInt(20) - 5)).atOffset(ZoneOffset.ofHours(7)), status,
                status == DeadlineStatus.MET ? receivedAt.plusDays(random.nextInt(40)) : null);
        return new CaseStatusChanged(UUID.randomUUID(), NOW, "CASE-" + complaintId, CaseStatusChanged.SCHEMA_VERSION,
                version, complaintId, Channel.values()[random.nextInt(Channel.values().length)], receivedAt,
                random.nextBoolean() ? "ปทุมวัน" : "บางรัก", LineOfWork.values()[random.nextInt(LineOfWork.values().length)],
                null, notCorruption ? NotCorruptionFinding.STATE : "OPEN", disposition, null, deadline, false, null);
    }

    private static ComplaintScreenedOut screenedOut(Random random) {
        YearMonth month = MONTHS[random.nextInt(MONTHS.length)];
        return new ComplaintScreenedOut(UUID.randomUUID(), NOW, UUID.randomUUID().toString(),
                ComplaintScreenedOut.SCHEMA_VERSION, random.nextBoolean() ? Channel.TRAFFY_FONDUE : Channel.HOTLINE_1555,
                "R-" + random.nextInt(1_000_000), month.atDay(3).atTime(8, 0).atOffset(ZoneOffset.ofHours(7)),
                "no-corruption-signal", random.nextBoolean() ? "ถนน" : null);
    }

    private static ScreenedOutTallied tally(Random random) {
        return new ScreenedOutTallied(UUID.randomUUID(), NOW, ScreenedOutTallied.SCHEMA_VERSION, Channel.TRAFFY_FONDUE,
                StatisticsCalendar.key(MONTHS[random.nextInt(MONTHS.length)]), 1 + random.nextInt(500));
    }
}
