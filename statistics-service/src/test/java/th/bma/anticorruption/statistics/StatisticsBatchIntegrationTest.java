package th.bma.anticorruption.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;

import th.bma.anticorruption.contracts.CaseStatusChanged;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.ComplaintScreenedOut;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.MonthlyStatistics;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.statistics.monthly.MonthlyStatisticsQueries;
import th.bma.anticorruption.testkit.HeldBatch;
import th.bma.anticorruption.testkit.TestInfrastructure;
import th.bma.anticorruption.testkit.TopicReader;

/**
 * The statistics consume a poll at a time: a poll's case snapshots and screened-out records are counted together,
 * a record that can never be counted goes alone to the dead-letter topic, a poll delivered again counts nothing
 * twice, and a complaint's snapshots in one poll leave it under the latest. Each test has a month of its own (2020).
 */
class StatisticsBatchIntegrationTest extends StatisticsIntegrationTestSupport {

    private static final String CASES_BINDING = "countCaseStatus-in-0";
    private static final String SCREENED_OUT_BINDING = "countScreenedOut-in-0";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Disposition[] DISPOSITIONS = {Disposition.FORWARDED_TO_UNIT,
        Disposition.FORWARDED_TO_WORKING_GROUP, Disposition.UNDER_VERIFICATION};

    @Autowired
    BindingsLifecycleController bindings;

    @Autowired
    MonthlyStatisticsQueries queries;

    @Test
    void theSnapshotsAndScreenedOutRecordsOfOneBatchAreEachCounted() {
        List<CaseStatusChanged> snapshots = snapshots("2020-01", 30);
        List<ComplaintScreenedOut> screenedOut = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            screenedOut.add(screenedOut("2020-B" + UUID.randomUUID().toString().substring(0, 6),
                    "2020-01-15T10:00:00+07:00"));
        }

        try (HeldBatch cases = HeldBatch.hold(bindings, CASES_BINDING);
                HeldBatch screened = HeldBatch.hold(bindings, SCREENED_OUT_BINDING)) {
            snapshots.forEach(snapshot -> send(cases, Topics.CASES_STATUS_CHANGED, snapshot.complaintId(), snapshot));
            screenedOut.forEach(record -> send(screened, Topics.COMPLAINTS_SCREENED_OUT, record.aggregateId(), record));
        }

        await().atMost(WAIT).until(() -> month("2020-01").received() == 30
                && month("2020-01").screenedOutByChannel().getOrDefault("TRAFFY_FONDUE", 0L) == 12);
        MonthlyStatistics january = month("2020-01");
        assertThat(january.byChannel()).containsEntry("HOTLINE_1555", 30L);
        assertThat(january.byDisposition()).containsEntry("FORWARDED_TO_UNIT", 10L)
                .containsEntry("FORWARDED_TO_WORKING_GROUP", 10L).containsEntry("UNDER_VERIFICATION", 10L);
        assertThat(january.byLineOfWork()).containsEntry("CITY_LAW_ENFORCEMENT", 30L);
    }

    @Test
    void aSnapshotThatCanNeverBeCountedGoesAloneToTheDeadLetterTopicAndTheRestOfItsBatchIsCounted() {
        List<CaseStatusChanged> before = snapshots("2020-02", 3);
        List<CaseStatusChanged> after = snapshots("2020-02", 3);
        CaseStatusChanged withoutChannel = snapshot("IT-BATCH-" + UUID.randomUUID(), 1, null, "2020-02-10T10:00:00+07:00",
                Disposition.FORWARDED_TO_UNIT);

        try (TopicReader deadLetters = new TopicReader(TestInfrastructure.kafkaBootstrapServers(),
                Topics.deadLetter(Topics.CASES_STATUS_CHANGED))) {
            try (HeldBatch cases = HeldBatch.hold(bindings, CASES_BINDING)) {
                before.forEach(snapshot -> send(cases, Topics.CASES_STATUS_CHANGED, snapshot.complaintId(), snapshot));
                send(cases, Topics.CASES_STATUS_CHANGED, withoutChannel.complaintId(), withoutChannel);
                after.forEach(snapshot -> send(cases, Topics.CASES_STATUS_CHANGED, snapshot.complaintId(), snapshot));
            }

            await().atMost(WAIT).until(() -> month("2020-02").received() == 6);
            await().atMost(WAIT).until(() -> deadLetterKeys(deadLetters).contains(withoutChannel.complaintId()));
            List<String> counted = new ArrayList<>();
            before.forEach(snapshot -> counted.add(snapshot.complaintId()));
            after.forEach(snapshot -> counted.add(snapshot.complaintId()));
            assertThat(deadLetterKeys(deadLetters)).filteredOn(counted::contains).isEmpty();
            assertThat(deadLetterKeys(deadLetters)).filteredOn(withoutChannel.complaintId()::equals).hasSize(1);
        }
        assertThat(month("2020-02").received()).isEqualTo(6);
    }

    @Test
    void aBatchDeliveredAgainCountsNothingTwice() {
        List<CaseStatusChanged> snapshots = snapshots("2020-04", 9);
        List<ComplaintScreenedOut> screenedOut = List.of(
                screenedOut("2020-R" + UUID.randomUUID().toString().substring(0, 6), "2020-04-02T09:00:00+07:00"),
                screenedOut("2020-R" + UUID.randomUUID().toString().substring(0, 6), "2020-04-03T09:00:00+07:00"));
        for (int delivery = 1; delivery <= 2; delivery++) {
            try (HeldBatch cases = HeldBatch.hold(bindings, CASES_BINDING);
                    HeldBatch screened = HeldBatch.hold(bindings, SCREENED_OUT_BINDING)) {
                snapshots.forEach(s -> send(cases, Topics.CASES_STATUS_CHANGED, s.complaintId(), s));
                screenedOut.forEach(s -> send(screened, Topics.COMPLAINTS_SCREENED_OUT, s.aggregateId(), s));
            }
            await().atMost(WAIT).until(() -> month("2020-04").received() == 9
                    && month("2020-04").screenedOutByChannel().getOrDefault("TRAFFY_FONDUE", 0L) == 2);
        }
        // A marker sent after the second delivery: once it is counted, the redelivered batch has been consumed.
        CaseStatusChanged marker = snapshot("IT-BATCH-" + UUID.randomUUID(), 1, Channel.WEBSITE,
                "2020-04-20T10:00:00+07:00", Disposition.FORWARDED_TO_UNIT);
        send(Topics.CASES_STATUS_CHANGED, marker);
        await().atMost(WAIT).until(() -> month("2020-04").received() == 10);

        MonthlyStatistics april = month("2020-04");
        assertThat(april.byChannel()).containsEntry("HOTLINE_1555", 9L).containsEntry("WEBSITE", 1L);
        assertThat(april.screenedOutByChannel()).containsEntry("TRAFFY_FONDUE", 2L);
    }

    @Test
    void aComplaintsSnapshotsInOneBatchLeaveItUnderTheLatest() {
        String complaintId = "IT-BATCH-" + UUID.randomUUID();
        CaseStatusChanged opened = snapshot(complaintId, 1, Channel.HOTLINE_1555, "2020-05-05T10:00:00+07:00",
                Disposition.UNDER_VERIFICATION);
        CaseStatusChanged forwarded = snapshot(complaintId, 2, Channel.HOTLINE_1555, "2020-05-05T10:00:00+07:00",
                Disposition.FORWARDED_TO_WORKING_GROUP);
        CaseStatusChanged completed = snapshot(complaintId, 3, Channel.HOTLINE_1555, "2020-05-05T10:00:00+07:00",
                Disposition.COMPLETED);
        List<CaseStatusChanged> others = snapshots("2020-05", 4);

        try (HeldBatch cases = HeldBatch.hold(bindings, CASES_BINDING)) {
            send(cases, Topics.CASES_STATUS_CHANGED, complaintId, opened);
            others.forEach(s -> send(cases, Topics.CASES_STATUS_CHANGED, s.complaintId(), s));
            send(cases, Topics.CASES_STATUS_CHANGED, complaintId, forwarded);
            send(cases, Topics.CASES_STATUS_CHANGED, complaintId, completed);
        }

        await().atMost(WAIT).until(() -> month("2020-05").received() == 5
                && month("2020-05").byDisposition().getOrDefault("COMPLETED", 0L) == 1);
        Map<String, Long> byDisposition = month("2020-05").byDisposition();
        assertThat(byDisposition).containsEntry("COMPLETED", 1L);
        assertThat(byDisposition.getOrDefault("UNDER_VERIFICATION", 0L)
                + byDisposition.getOrDefault("FORWARDED_TO_WORKING_GROUP", 0L)
                + byDisposition.getOrDefault("FORWARDED_TO_UNIT", 0L))
                .as("the other four complaints, and not the earlier snapshots of the completed one").isEqualTo(4);
    }

    private MonthlyStatistics month(String month) {
        return queries.month(YearMonth.parse(month));
    }

    private static List<CaseStatusChanged> snapshots(String month, int count) {
        List<CaseStatusChanged> snapshots = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            snapshots.add(snapshot("IT-BATCH-" + UUID.randomUUID(), 1, Channel.HOTLINE_1555,
                    month + "-1" + (i % 9) + "T10:00:00+07:00", DISPOSITIONS[i % DISPOSITIONS.length]));
        }
        return snapshots;
    }

    private static CaseStatusChanged snapshot(String complaintId, long version, Channel channel, String receivedAt,
            Disposition disposition) {
        return new CaseStatusChanged(UUID.randomUUID(), Instant.parse("2020-06-01T00:00:00Z").plusSeconds(version),
                "CASE-" + complaintId, CaseStatusChanged.SCHEMA_VERSION, version, complaintId, channel,
                OffsetDateTime.parse(receivedAt), "ปทุมวัน", LineOfWork.CITY_LAW_ENFORCEMENT,
                version == 1 ? null : "OPEN", "OPEN", disposition, null, null, false, null);
    }

    private static ComplaintScreenedOut screenedOut(String ticketId, String receivedAt) {
        return MonthlyStatisticsIntegrationTest.screenedOut(ticketId, receivedAt);
    }

    private static void send(HeldBatch held, String topic, String key, Object event) {
        held.send(topic, key, JSON.writeValueAsString(event));
    }

    private static List<String> deadLetterKeys(TopicReader deadLetters) {
        return deadLetters.records().stream().map(ConsumerRecord::key).toList();
    }
}
