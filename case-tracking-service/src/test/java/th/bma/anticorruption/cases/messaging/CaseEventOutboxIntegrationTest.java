package th.bma.anticorruption.cases.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.bma.anticorruption.cases.CaseTrackingIntegrationTestSupport;
import th.bma.anticorruption.cases.FailingSends;
import th.bma.anticorruption.cases.casework.CaseEventStore;
import th.bma.anticorruption.cases.deadline.DeadlineWatch;
import th.bma.anticorruption.cases.lifecycle.PendingEvent;
import th.bma.anticorruption.cases.store.CaseStore;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.RoutingKind;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.support.observability.TraceParent;
import th.bma.anticorruption.support.outbox.Outbox;
import th.bma.anticorruption.support.outbox.OutboxRelay;
import th.bma.anticorruption.testkit.TestInfrastructure;
import th.bma.anticorruption.testkit.TopicReader;
import tools.jackson.databind.JsonNode;

/**
 * Case events whose send fails after the case was stored stay on the case and are sent again by the platform's outbox
 * relay, with the same event id, onto the real topics; a relay built afresh (as after a restart) finds them in MongoDB
 * alone.
 */
class CaseEventOutboxIntegrationTest extends CaseTrackingIntegrationTestSupport {

    private static final Duration GRACE = Duration.ofSeconds(10);
    private static final String DECISION_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static TopicReader reminders;

    @Autowired
    DeadlineWatch watch;

    @Autowired
    CaseStore store;

    @Autowired
    CaseEventStore caseEvents;

    @Autowired
    OutboxRelay relay;

    @Autowired
    FailingSends sends;

    @BeforeAll
    static void openReader() {
        reminders = new TopicReader(TestInfrastructure.kafkaBootstrapServers(), Topics.CASES_DEADLINE_REMINDERS);
    }

    @AfterAll
    static void closeReader() {
        reminders.close();
    }

    @Test
    void aReminderTheBrokerRefusedIsSentLaterExactlyOnceEvenByARestartedRelay() throws Exception {
        String complaintId = newComplaintId();
        clock.set(START);
        publish(Topics.COMPLAINTS_ROUTED, routed(complaintId, 1, RoutingKind.INITIAL, INTERNAL,
                Disposition.FORWARDED_TO_UNIT, null));
        String caseId = caseIdOf(complaintId);
        statusChanged.awaitValue(v -> caseId.equals(v.path("caseId").asString()), WAIT);

        sends.failNext(caseId, 3);
        clock.set(bangkok("2026-09-09T08:00:00"));
        watch.check();
        assertThat(sends.failuresLeft(caseId)).as("the watch tried once").isEqualTo(2);
        List<PendingEvent> pending = store.findById(caseId).orElseThrow().pendingEvents();
        assertThat(pending).as("the reminder is stored with the case although its send failed")
                .extracting(PendingEvent::kind).containsExactly("DEADLINE_REMINDER");
        String eventId = pending.get(0).eventId();
        assertThat(store.isMarkedPending(caseId)).as("marked for the relay with the write that stored it").isTrue();

        relay.pass();
        assertThat(sends.failuresLeft(caseId)).as("too young: its writer may still be sending it").isEqualTo(2);
        clock.set(bangkok("2026-09-09T08:01:00"));
        relay.pass();
        assertThat(sends.failuresLeft(caseId)).as("the relay tried again").isEqualTo(1);
        assertThat(store.findById(caseId).orElseThrow().pendingEvents()).hasSize(1);
        assertThat(reminderRecords(caseId)).isEmpty();

        // A relay built afresh, as after a restart, knows only what MongoDB holds.
        OutboxRelay restarted = new OutboxRelay(List.of(new Outbox<>("cases", caseEvents, sends, clock)),
                new OutboxRelay.Schedule(Duration.ofHours(1), GRACE, 100));
        restarted.pass();
        assertThat(sends.failuresLeft(caseId)).isZero();
        assertThat(store.findById(caseId).orElseThrow().pendingEvents()).hasSize(1);
        restarted.pass();
        assertThat(store.findById(caseId).orElseThrow().pendingEvents()).isEmpty();
        assertThat(store.isMarkedPending(caseId)).isFalse();
        restarted.pass();

        await().atMost(WAIT).until(() -> !reminderRecords(caseId).isEmpty());
        List<ConsumerRecord<String, byte[]>> sent = reminderRecords(caseId);
        assertThat(sent).hasSize(1);
        JsonNode reminder = JSON.readTree(sent.get(0).value());
        assertThat(reminder.path("eventId").asString()).isEqualTo(eventId);
        assertThat(reminder.path("occurredAt").asString()).isEqualTo("2026-09-09T01:00:00Z");
        assertThat(reminder.path("daysLeft").asInt()).isEqualTo(10);
        assertThat(reminder.path("dueAt").asString()).isEqualTo("2026-09-19T23:59:59+07:00");
        assertThat(reminder.path("destination").path("code").asString()).isEqualTo(INTERNAL.code());
    }

    @Test
    void aCaseOpenedWhileTheBrokerRefusedItsSnapshotIsAnnouncedByTheRelayInTheTraceOfTheDecision() throws Exception {
        String complaintId = newComplaintId();
        String caseId = caseIdOf(complaintId);
        clock.set(START);
        sends.failNext(caseId, 1);
        publish(Topics.COMPLAINTS_ROUTED, routed(complaintId, 1, RoutingKind.INITIAL, WG_3,
                Disposition.FORWARDED_TO_WORKING_GROUP, null), "00-" + DECISION_TRACE + "-00f067aa0ba902b7-01");
        await().atMost(WAIT).until(() -> store.findById(caseId).isPresent());
        awaitConsumed(Topics.COMPLAINTS_ROUTED);
        List<PendingEvent> pending = store.findById(caseId).orElseThrow().pendingEvents();
        assertThat(pending).extracting(PendingEvent::kind).containsExactly("STATUS_CHANGED");

        clock.set(START.plus(Duration.ofMinutes(1)));
        relay.pass();

        JsonNode snapshot = statusChanged.awaitValue(v -> caseId.equals(v.path("caseId").asString()), WAIT);
        assertThat(snapshot.path("eventId").asString()).isEqualTo(pending.get(0).eventId());
        assertThat(snapshot.path("caseVersion").asLong()).isEqualTo(1);
        assertThat(snapshot.path("state").asString()).isEqualTo("FORWARDED_TO_WORKING_GROUP");
        assertThat(snapshot.path("receivedAt").asString()).isEqualTo("2026-08-20T10:21:07+07:00");
        assertThat(store.findById(caseId).orElseThrow().pendingEvents()).isEmpty();
        ConsumerRecord<String, byte[]> relayed = statusChanged.records().stream()
                .filter(r -> pending.get(0).eventId().equals(JSON.readTree(r.value()).path("eventId").asString()))
                .findFirst().orElseThrow();
        assertThat(TraceParent.traceIdOf(new String(relayed.headers().lastHeader(TraceParent.HEADER).value(),
                StandardCharsets.UTF_8))).as("the relay, a minute later on its own thread, continues the decision's trace")
                .isEqualTo(DECISION_TRACE);
    }

    private static List<ConsumerRecord<String, byte[]>> reminderRecords(String caseId) {
        return reminders.records().stream().filter(r -> caseId.equals(r.key())).toList();
    }
}
