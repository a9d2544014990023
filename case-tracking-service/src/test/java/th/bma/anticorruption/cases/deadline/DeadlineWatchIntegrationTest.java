package th.bma.anticorruption.cases.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.bma.anticorruption.cases.CaseTrackingIntegrationTestSupport;
import th.bma.anticorruption.cases.store.CaseStore;
import th.bma.anticorruption.contracts.DeadlineStatus;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.RoutingKind;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.testkit.TestInfrastructure;
import th.bma.anticorruption.testkit.TopicReader;
import tools.jackson.databind.JsonNode;

/** The watch driven by a clock the test moves: reminders once, one breach, restarts, clocks going back, the 20th. */
class DeadlineWatchIntegrationTest extends CaseTrackingIntegrationTestSupport {

    private static TopicReader reminders;
    private static TopicReader breaches;
    private static TopicReader missingReports;
    private static TopicReader staleCases;

    @Autowired
    DeadlineWatch watch;

    @Autowired
    CaseStore store;

    @BeforeAll
    static void openReaders() {
        String brokers = TestInfrastructure.kafkaBootstrapServers();
        reminders = new TopicReader(brokers, Topics.CASES_DEADLINE_REMINDERS);
        breaches = new TopicReader(brokers, Topics.CASES_DEADLINE_BREACHED);
        missingReports = new TopicReader(brokers, Topics.CASES_PROGRESS_REPORT_MISSING);
        staleCases = new TopicReader(brokers, Topics.CASES_STALE);
    }

    @AfterAll
    static void closeReaders() {
        Stream.of(reminders, breaches, missingReports, staleCases).forEach(TopicReader::close);
    }

    private String openCase(String complaintId, th.bma.anticorruption.contracts.Destination destination,
            Disposition disposition) throws Exception {
        clock.set(START);
        publish(Topics.COMPLAINTS_ROUTED, routed(complaintId, 1, RoutingKind.INITIAL, destination, disposition, null));
        String caseId = caseIdOf(complaintId);
        statusChanged.awaitValue(v -> caseId.equals(v.path("caseId").asString()), WAIT);
        return caseId;
    }

    /** Waits until at least {@code count} of the case's events are read, then returns all read so far. */
    private static List<JsonNode> atLeast(int count, TopicReader reader, String caseId) {
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> of(reader, caseId).size() >= count);
        return of(reader, caseId);
    }

    private static List<JsonNode> of(TopicReader reader, String caseId) {
        return reader.records().stream().filter(r -> caseId.equals(r.key()))
                .map(r -> JSON.readTree(r.value())).toList();
    }

    private void checkAt(String bangkokTime) {
        clock.set(bangkok(bangkokTime));
        watch.check();
    }

    @Test
    void remindersFireOnceEachAndTheBreachExactlyOnceEvenWithTwoChecksAtOnceAndTheClockGoingBack() throws Exception {
        // Received 2026-08-20 10:21:07 Bangkok: the subcommittee is due 2026-09-19 23:59:59.
        String caseId = openCase(newComplaintId(), INTERNAL, Disposition.FORWARDED_TO_UNIT);
        assertThat(store.findById(caseId).orElseThrow().deadline().dueAt())
                .isEqualTo(bangkok("2026-09-19T23:59:59"));

        checkAt("2026-09-08T23:59:00");
        assertThat(of(reminders, caseId)).isEmpty();
        checkAt("2026-09-09T00:00:00");
        checkAt("2026-09-09T08:00:00");
        checkAt("2026-09-01T08:00:00");
        checkAt("2026-09-12T08:00:00");
        assertThat(atLeast(1, reminders, caseId)).extracting(v -> v.path("daysLeft").asInt()).containsExactly(10);

        checkAt("2026-09-16T00:00:01");
        checkAt("2026-09-19T23:59:59");
        JsonNode threeDays = atLeast(2, reminders, caseId).get(1);
        assertThat(threeDays.path("daysLeft").asInt()).isEqualTo(3);
        assertThat(threeDays.path("dueAt").asString()).isEqualTo("2026-09-19T23:59:59+07:00");
        assertThat(of(breaches, caseId)).isEmpty();

        clock.set(bangkok("2026-09-20T00:00:00"));
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(watch::check);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(watch::check);
        first.join();
        second.join();
        checkAt("2026-09-19T12:00:00");
        checkAt("2026-09-25T12:00:00");

        List<JsonNode> breached = atLeast(1, breaches, caseId);
        assertThat(breached).hasSize(1);
        assertThat(breached.get(0).path("escalatedTo").asString()).isEqualTo("CENTRE/DIRECTOR");
        assertThat(breached.get(0).path("deadlineKind").asString()).isEqualTo("SUBCOMMITTEE_APPOINTMENT");
        assertThat(of(reminders, caseId)).hasSize(2);
        JsonNode snapshot = statusChanged.awaitValue(v -> caseId.equals(v.path("caseId").asString())
                && "BREACHED".equals(v.path("deadline").path("status").asString()), WAIT);
        assertThat(snapshot.path("caseVersion").asLong()).isEqualTo(2);
        assertThat(store.findById(caseId).orElseThrow().deadline().status()).isEqualTo(DeadlineStatus.BREACHED);
    }

    @Test
    void aServiceThatWasDownAtTheDueMomentBreachesOnceWhenItReturns() throws Exception {
        String caseId = openCase(newComplaintId(), INTERNAL, Disposition.FORWARDED_TO_UNIT);

        checkAt("2026-10-02T09:00:00");
        checkAt("2026-10-02T09:01:00");

        assertThat(atLeast(1, breaches, caseId)).hasSize(1);
        assertThat(of(reminders, caseId)).as("reminders for a passed deadline are moot").isEmpty();
    }

    @Test
    void aUnitWithoutAProgressReportByThe20thIsFlaggedOnceAndACaseWithoutActivityGoesStale() throws Exception {
        String caseId = openCase(newComplaintId(), PATHUM_WAN, Disposition.FORWARDED_TO_UNIT);

        checkAt("2026-09-20T23:59:59");
        assertThat(of(missingReports, caseId)).isEmpty();
        checkAt("2026-09-21T00:00:00");
        checkAt("2026-09-22T00:00:00");
        List<JsonNode> missing = atLeast(1, missingReports, caseId);
        assertThat(missing).hasSize(1);
        assertThat(missing.get(0).path("reportMonth").asString()).isEqualTo("2026-09");
        assertThat(missing.get(0).path("dueDate").asString()).isEqualTo("2026-09-20");
        assertThat(missing.get(0).path("destination").path("code").asString()).isEqualTo("DISTRICT-1007");

        // Opened 2026-08-20 10:00 Bangkok; nothing since, so it is stale 45 days later.
        checkAt("2026-10-04T09:59:59");
        assertThat(of(staleCases, caseId)).isEmpty();
        checkAt("2026-10-04T10:00:00");
        checkAt("2026-10-05T10:00:00");
        assertThat(atLeast(1, staleCases, caseId)).hasSize(1);
        JsonNode snapshot = statusChanged.awaitValue(v -> caseId.equals(v.path("caseId").asString())
                && v.path("stale").asBoolean(), WAIT);
        assertThat(snapshot.path("state").asString()).isEqualTo("FORWARDED_TO_UNIT");
    }
}
