package th.bma.anticorruption.statistics.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

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
import th.bma.anticorruption.contracts.DeadlineStatus;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.MonthlyStatistics;
import th.bma.anticorruption.contracts.ScreenedOutTallied;
import th.bma.anticorruption.testkit.PlatformIntegrationTest;
import th.bma.anticorruption.testkit.TestInfrastructure;

/**
 * The read model's figures as they stood at a moment, on the real database without the rest of the service: each
 * complaint under the highest version learned by then whatever order the versions arrived in, a complaint whose
 * receipt time was corrected into another month counted where it stood then, records learned later left out, and
 * the live path untouched.
 */
@PlatformIntegrationTest
class ComplaintHistoryIntegrationTest {

    private static final YearMonth MARCH = YearMonth.of(2023, 3);
    private static final YearMonth APRIL = YearMonth.of(2023, 4);

    private static MongoClient client;
    private static StatisticsReadModel readModel;

    @BeforeAll
    static void connect() {
        ConnectionString uri = new ConnectionString(TestInfrastructure.mongoUri("statistics-history-readmodel"));
        client = MongoClients.create(uri);
        readModel = new StatisticsReadModel(new MongoTemplate(client, uri.getDatabase()));
        readModel.createIndexes();
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void eachComplaintCountsUnderTheHighestVersionLearnedByThenWhateverOrderTheyArrivedIn() {
        CaseStatusChanged opened = snapshot("A", 1, "2023-04-03T10:00:00+07:00", "2023-04-03T11:00:00+07:00",
                Disposition.UNDER_VERIFICATION, null);
        CaseStatusChanged forwarded = snapshot("A", 2, "2023-04-03T10:00:00+07:00", "2023-04-05T09:00:00+07:00",
                Disposition.FORWARDED_TO_UNIT, new CaseDeadline("SUBCOMMITTEE_APPOINTMENT",
                        OffsetDateTime.parse("2023-04-10T23:59:59+07:00"), DeadlineStatus.OPEN, null));
        CaseStatusChanged completed = snapshot("A", 3, "2023-04-03T10:00:00+07:00", "2023-04-20T09:00:00+07:00",
                Disposition.COMPLETED, null);
        // Newest first, then the older ones, one of them twice: the live document ignores them, the history keeps them.
        for (CaseStatusChanged snapshot : List.of(completed, forwarded, opened, forwarded)) {
            readModel.apply(snapshot);
        }

        assertThat(readModel.rollupAsOf(APRIL, at("2023-04-03T10:59:59+07:00")).figures().statistics().received())
                .isZero();
        assertThat(dispositionsAt("2023-04-04T00:00:00+07:00")).containsEntry("UNDER_VERIFICATION", 1L);
        MonthlyStatistics withTheUnit = readModel.rollupAsOf(APRIL, at("2023-04-05T09:00:00+07:00")).figures()
                .statistics();
        assertThat(withTheUnit.byDisposition()).containsEntry("FORWARDED_TO_UNIT", 1L)
                .containsEntry("UNDER_VERIFICATION", 0L);
        // "Due within 7 days" is judged at the moment asked for.
        assertThat(withTheUnit.deadlines().open()).isEqualTo(1);
        assertThat(withTheUnit.deadlines().dueWithin7Days()).isEqualTo(1);
        assertThat(dispositionsAt("2023-04-20T09:00:00+07:00")).containsEntry("COMPLETED", 1L)
                .containsEntry("FORWARDED_TO_UNIT", 0L);
        assertThat(readModel.rollupAsOf(APRIL, at("2023-04-20T09:00:00+07:00")).figures().statistics().received())
                .isEqualTo(1);
        assertThat(readModel.rollup(List.of(APRIL), at("2023-04-21T00:00:00+07:00")).figures().statistics()
                .byDisposition())
                .containsEntry("COMPLETED", 1L);
    }

    @Test
    void aComplaintWhoseReceiptWasCorrectedIntoAnotherMonthCountsWhereItStoodThen() {
        readModel.apply(snapshot("B", 1, "2023-03-01T00:30:00+07:00", "2023-03-02T09:00:00+07:00",
                Disposition.UNDER_VERIFICATION, null));
        // Corrected: the channel had received it on 28 February... then put back into March.
        readModel.apply(snapshot("B", 3, "2023-03-01T00:30:00+07:00", "2023-03-09T09:00:00+07:00",
                Disposition.FORWARDED_TO_UNIT, null));
        readModel.apply(snapshot("B", 2, "2023-02-28T23:30:00+07:00", "2023-03-06T09:00:00+07:00",
                Disposition.UNDER_VERIFICATION, null));

        YearMonth february = YearMonth.of(2023, 2);
        assertThat(readModel.rollupAsOf(MARCH, at("2023-03-05T00:00:00+07:00")).figures().statistics().received())
                .isEqualTo(1);
        assertThat(readModel.rollupAsOf(february, at("2023-03-05T00:00:00+07:00")).figures().statistics().received())
                .isZero();
        assertThat(readModel.rollupAsOf(MARCH, at("2023-03-07T00:00:00+07:00")).figures().statistics().received())
                .isZero();
        assertThat(readModel.rollupAsOf(february, at("2023-03-07T00:00:00+07:00")).figures().statistics().received())
                .isEqualTo(1);
        MonthlyStatistics backInMarch = readModel.rollupAsOf(MARCH, at("2023-03-10T00:00:00+07:00")).figures()
                .statistics();
        assertThat(backInMarch.received()).isEqualTo(1);
        assertThat(backInMarch.byDisposition()).containsEntry("FORWARDED_TO_UNIT", 1L);
        assertThat(readModel.rollupAsOf(february, at("2023-03-10T00:00:00+07:00")).figures().statistics().received())
                .isZero();
    }

    @Test
    void screenedOutRecordsCountFromWhenTheyWereLearned() {
        YearMonth may = YearMonth.of(2023, 5);
        readModel.record(new ScreenedOutTallied(UUID.randomUUID(), at("2023-06-02T10:00:00+07:00"),
                ScreenedOutTallied.SCHEMA_VERSION, Channel.TRAFFY_FONDUE, "2023-05", 12));
        assertThat(readModel.rollupAsOf(may, at("2023-06-01T00:00:00+07:00")).figures().statistics()
                .screenedOutByChannel())
                .isEmpty();
        assertThat(readModel.rollupAsOf(may, at("2023-06-02T10:00:00+07:00")).figures().statistics()
                .screenedOutByChannel())
                .containsEntry("TRAFFY_FONDUE", 12L);
    }

    private static java.util.Map<String, Long> dispositionsAt(String moment) {
        return readModel.rollupAsOf(APRIL, at(moment)).figures().statistics().byDisposition();
    }

    private static Instant at(String moment) {
        return OffsetDateTime.parse(moment).toInstant();
    }

    private static CaseStatusChanged snapshot(String key, long version, String receivedAt, String learnedAt,
            Disposition disposition, CaseDeadline deadline) {
        String complaintId = "HISTORY-" + key;
        return new CaseStatusChanged(UUID.randomUUID(), at(learnedAt), "CASE-" + complaintId,
                CaseStatusChanged.SCHEMA_VERSION, version, complaintId, Channel.HOTLINE_1555,
                OffsetDateTime.parse(receivedAt), "ปทุมวัน", LineOfWork.OTHER, null, "OPEN", disposition, null, deadline,
                false, null);
    }
}
