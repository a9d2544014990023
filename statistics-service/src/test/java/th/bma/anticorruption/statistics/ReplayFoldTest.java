package th.bma.anticorruption.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;

import th.bma.anticorruption.contracts.CaseStatusChanged;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintScreenedOut;
import th.bma.anticorruption.contracts.DeadlineStatus;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.ScreenedOutTallied;
import th.bma.anticorruption.statistics.readmodel.ReplayLoad;
import th.bma.anticorruption.statistics.readmodel.StatisticsReadModel;
import th.bma.anticorruption.testkit.InMemoryMongo;

/**
 * The rebuild's fold ({@link ReplayLoad}) writes exactly the documents the consumers write one event at a time, for a
 * mixed history: several versions per complaint, delivered out of order and redelivered, two different snapshots of
 * one version, receipt times corrected into another month, screened-out records and tallies delivered twice; with a
 * fold window and bulk size small enough that complaints and duplicates span several of them.
 */
class ReplayFoldTest {

    private static final Instant NOW = Instant.parse("2023-04-21T03:00:00Z");
    private static final List<String> COLLECTIONS = List.of("complaints", "complaint_history", "screened_out",
            "screened_out_tallies");

    @RegisterExtension
    final InMemoryMongo mongoServer = new InMemoryMongo();
    private final MongoClient client = mongoServer.client();

    @Test
    void theFoldedReadModelEqualsTheOneBuiltEventByEvent() {
        List<Object> history = mixedHistory(new SplittableRandom(21));
        MongoTemplate incremental = new MongoTemplate(client, "incremental");
        StatisticsReadModel live = new StatisticsReadModel(incremental);
        MongoTemplate folded = new MongoTemplate(client, "folded");
        ReplayLoad load = new ReplayLoad(folded, 40, 300);
        for (Object event : history) {
            if (event instanceof CaseStatusChanged snapshot) {
                live.apply(snapshot);
                load.add(snapshot);
            } else if (event instanceof ComplaintScreenedOut screened) {
                live.record(screened);
                load.add(screened);
            } else {
                ScreenedOutTallied tally = (ScreenedOutTallied) event;
                live.record(tally);
                load.add(tally);
            }
        }
        var months = load.finish();

        for (String collection : COLLECTIONS) {
            Map<Object, Document> expected = documents(incremental, collection);
            assertThat(expected).as(collection).isNotEmpty();
            assertThat(documents(folded, collection)).as(collection).isEqualTo(expected);
        }
        StatisticsReadModel rebuilt = new StatisticsReadModel(folded);
        assertThat(months).containsExactlyInAnyOrderElementsOf(live.months());
        var expectedFigures = live.rollupEach(live.months(), NOW);
        var foldedFigures = rebuilt.rollupEach(months, NOW);
        for (YearMonth month : live.months()) {
            assertThat(foldedFigures.get(month).figures()).as("figures of %s", month)
                    .isEqualTo(expectedFigures.get(month).figures());
        }
    }

    /** About 1,000 snapshots of 300 complaints, 120 screened-out records and 20 tallies, in a shuffled order. */
    private static List<Object> mixedHistory(SplittableRandom random) {
        List<Object> events = new ArrayList<>();
        for (int complaint = 0; complaint < 300; complaint++) {
            OffsetDateTime received = OffsetDateTime.parse("2022-10-01T08:00:00+07:00")
                    .plusHours(random.nextInt(24 * 90));
            int versions = 1 + random.nextInt(4);
            for (int version = 1; version <= versions; version++) {
                OffsetDateTime receivedAt = version >= 3 && complaint % 7 == 0 ? received.plusMonths(1) : received;
                Disposition disposition = version == versions && complaint % 3 == 0 ? Disposition.COMPLETED
                        : version == 1 ? Disposition.UNDER_VERIFICATION : Disposition.FORWARDED_TO_UNIT;
                DeadlineStatus status = disposition == Disposition.COMPLETED ? DeadlineStatus.MET : DeadlineStatus.OPEN;
                CaseStatusChanged snapshot = MonthlyStatisticsIntegrationTest.snapshot("F" + complaint, version,
                        Channel.values()[complaint % Channel.values().length], receivedAt, "ดินแดง",
                        LineOfWork.values()[random.nextInt(LineOfWork.values().length)], disposition,
                        MonthlyStatisticsIntegrationTest.deadline(status, "2023-01-15T23:59:59+07:00",
                                status == DeadlineStatus.MET ? "2023-01-10T10:00:00+07:00" : null));
                events.add(snapshot);
                if (random.nextInt(5) == 0) {
                    events.add(snapshot);
                }
                if (version == 2 && complaint % 11 == 0) {
                    // Another snapshot of the same version: whichever came first stays.
                    events.add(MonthlyStatisticsIntegrationTest.snapshot("F" + complaint, version, Channel.LETTER,
                            receivedAt, "บางรัก", LineOfWork.OTHER, Disposition.UNDER_VERIFICATION, null));
                }
            }
        }
        for (int record = 0; record < 120; record++) {
            ComplaintScreenedOut screened = MonthlyStatisticsIntegrationTest.screenedOut("S" + record,
                    "2022-1" + random.nextInt(3) + "-0" + (1 + random.nextInt(9)) + "T09:00:00+07:00");
            events.add(screened);
            if (record % 4 == 0) {
                events.add(new ComplaintScreenedOut(UUID.randomUUID(), screened.occurredAt().plusSeconds(60),
                        screened.screeningId(), screened.schemaVersion(), screened.channel(), screened.channelRecordId(),
                        screened.receivedAt(), screened.reason(), "other category"));
            }
        }
        for (int tally = 0; tally < 20; tally++) {
            ScreenedOutTallied counted = ScreenedOutTalliesIntegrationTest.tally(Channel.TRAFFY_FONDUE,
                    "2022-1" + (tally % 3), 1 + tally);
            events.add(counted);
            if (tally % 3 == 0) {
                events.add(counted);
            }
        }
        for (int i = events.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Object swapped = events.get(i);
            events.set(i, events.get(j));
            events.set(j, swapped);
        }
        return events;
    }

    private static Map<Object, Document> documents(MongoTemplate mongo, String collection) {
        Map<Object, Document> byId = new TreeMap<>();
        for (Document document : mongo.getCollection(collection).find()) {
            byId.put(document.get("_id"), document);
        }
        return byId;
    }
}
