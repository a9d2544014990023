package th.bma.anticorruption.cases.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;

import io.opentelemetry.context.Scope;
import th.bma.anticorruption.cases.deadline.CaseTimingPolicy;
import th.bma.anticorruption.cases.deadline.DayCounting;
import th.bma.anticorruption.cases.deadline.HolidayCalendar;
import th.bma.anticorruption.cases.lifecycle.BenchmarkCases;
import th.bma.anticorruption.cases.lifecycle.ComplaintCase;
import th.bma.anticorruption.cases.lifecycle.PendingEvent;
import th.bma.anticorruption.cases.store.AlarmSlots;
import th.bma.anticorruption.cases.store.CaseStore;
import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.support.observability.TraceParent;
import th.bma.anticorruption.support.outbox.OutboxBatch;
import th.bma.anticorruption.support.outbox.OutboxEvent;
import th.bma.anticorruption.support.outbox.OutboxStore;
import th.bma.anticorruption.support.time.BangkokTime;
import th.bma.anticorruption.testkit.MutableClock;
import th.bma.anticorruption.testkit.InMemoryMongo;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cases as the outbox's store, on the embedded MongoDB: new cases are stored with their events, a complaint's
 * second case is refused; marking pulls exactly the sent events from each case; the relay finds each case holding an
 * old pending event as one batch, with the event id, JSON and trace it was recorded with, through the case's marker:
 * a case whose events were all acknowledged loses its marker and is not sent again, a case that recorded a new event
 * while an older one was being sent keeps it, and cases stored before markers existed are found once.
 */
class CaseEventStoreTest {

    private static final Instant T0 = Instant.parse("2026-08-20T03:00:00Z");
    private static final CaseTimingPolicy POLICY = new CaseTimingPolicy(30, DayCounting.CALENDAR,
            HolidayCalendar.none(), List.of(10, 3), 20, 5, Duration.ofDays(45), BangkokTime.ZONE);
    private static final String TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @RegisterExtension
    final InMemoryMongo mongoServer = new InMemoryMongo();
    private final MongoClient client = mongoServer.client();
    private final CaseEvents events = new CaseEvents(JsonMapper.builder().build());
    private final CaseStore cases = cases(new MongoTemplate(client, "case-events"));
    private final CaseEventStore store = new CaseEventStore(cases, events);

    @Test
    void storesNewCasesWithTheirEventsAndRefusesAComplaintsSecondCase() {
        ComplaintCase first = announced("C-1", T0);
        assertThat(cases.insert(first)).isTrue();

        OutboxStore.Stored stored = store.store(List.of(announced("C-2", T0), announced("C-1", T0),
                announced("C-3", T0)));

        assertThat(stored.duplicates()).containsExactly(1);
        assertThat(stored.batch().events()).extracting(OutboxEvent::key).containsExactly("CASE-C-2", "CASE-C-3");
        assertThat(cases.findById("CASE-C-3").orElseThrow().pendingEvents()).extracting(PendingEvent::eventId)
                .containsExactly(stored.batch().events().get(1).eventId().toString());
        assertThat(cases.findById("CASE-C-1").orElseThrow().pendingEvents()).extracting(PendingEvent::eventId)
                .as("the stored case keeps its own events").containsExactly(first.pendingEvents().get(0).eventId());
    }

    @Test
    void markingSentPullsOnlyTheSentEventsOfEachCaseInOneGo() {
        ComplaintCase twice = announced("C-4", T0);
        events.statusChanged(twice, T0.plusSeconds(5));
        OutboxStore.Stored stored = store.store(List.of(twice, announced("C-5", T0)));
        OutboxEvent firstOfTwice = stored.batch().events().get(0);

        store.markSent(List.of(new OutboxBatch("CASE-C-4", List.of(firstOfTwice)),
                new OutboxBatch("CASE-C-5", store.batchOf(cases.findById("CASE-C-5").orElseThrow()).events())));

        assertThat(cases.findById("CASE-C-4").orElseThrow().pendingEvents()).extracting(PendingEvent::eventId)
                .containsExactly(twice.pendingEvents().get(1).eventId());
        assertThat(cases.findById("CASE-C-5").orElseThrow().pendingEvents()).isEmpty();
        store.markSent(List.of(stored.batch()));
        assertThat(cases.findById("CASE-C-4").orElseThrow().pendingEvents()).as("marking again is harmless").isEmpty();
    }

    @Test
    void theRelayFindsEachCaseWithAnOldPendingEventAsOneBatchAsItWasRecorded() {
        ComplaintCase old;
        try (Scope decision = TraceParent.resume(TRACE)) {
            old = announced("C-6", T0);
        }
        store.store(List.of(announced("C-7", T0.plus(Duration.ofMinutes(1))), old));

        List<OutboxBatch> unmarked = store.unmarkedBefore(T0.plusSeconds(30), 10);

        assertThat(unmarked).extracting(OutboxBatch::id).containsExactly("CASE-C-6");
        OutboxEvent event = unmarked.get(0).events().get(0);
        PendingEvent recorded = old.pendingEvents().get(0);
        assertThat(event.topic()).isEqualTo(Topics.CASES_STATUS_CHANGED);
        assertThat(event.key()).isEqualTo("CASE-C-6");
        assertThat(event.eventId()).isEqualTo(UUID.fromString(recorded.eventId()));
        assertThat(event.type()).isEqualTo("CaseStatusChanged");
        assertThat(event.json()).isEqualTo(recorded.payload());
        assertThat(TraceParent.traceIdOf(event.traceparent())).isEqualTo(TraceParent.traceIdOf(TRACE));
        assertThat(store.unmarkedBefore(T0.plus(Duration.ofMinutes(2)), 1)).extracting(OutboxBatch::id)
                .as("the oldest first").containsExactly("CASE-C-6");
    }

    @Test
    void aChangeWhoseEventWasNeverSentIsRelayedWithItsOriginalEventId() {
        store.markSent(List.of(store.store(List.of(announced("C-8", T0))).batch()));
        assertThat(cases.isMarkedPending("CASE-C-8")).as("opened and announced").isFalse();
        ComplaintCase changed = cases.findById("CASE-C-8").orElseThrow();
        events.statusChanged(changed, T0.plusSeconds(60));
        assertThat(cases.save(changed)).isTrue();
        // the process stops here: the change is stored, its event was never sent

        assertThat(store.unmarkedBefore(T0.plusSeconds(50), 10)).as("within the grace period").isEmpty();
        List<OutboxBatch> relayed = store.unmarkedBefore(T0.plusSeconds(90), 10);

        assertThat(relayed).extracting(OutboxBatch::id).containsExactly("CASE-C-8");
        assertThat(relayed.get(0).events()).extracting(event -> event.eventId().toString())
                .containsExactly(changed.pendingEvents().get(0).eventId());
        store.markSent(relayed);
        assertThat(cases.isMarkedPending("CASE-C-8")).isFalse();
        assertThat(store.unmarkedBefore(T0.plus(Duration.ofHours(1)), 10)).isEmpty();
    }

    @Test
    void aCaseWhoseEventsWereAllAcknowledgedIsNotRelayed() {
        OutboxStore.Stored stored = store.store(List.of(announced("C-9", T0), announced("C-10", T0)));
        assertThat(cases.isMarkedPending("CASE-C-9")).as("marked with its insert").isTrue();

        store.markSent(List.of(stored.batch()));

        assertThat(cases.isMarkedPending("CASE-C-9")).isFalse();
        assertThat(cases.isMarkedPending("CASE-C-10")).isFalse();
        assertThat(store.unmarkedBefore(T0.plus(Duration.ofHours(1)), 10)).isEmpty();
    }

    @Test
    void aCaseThatRecordedANewEventWhileAnOlderWasBeingSentKeepsItsMarker() {
        OutboxStore.Stored inFlight = store.store(List.of(announced("C-11", T0)));
        ComplaintCase changed = cases.findById("CASE-C-11").orElseThrow();
        events.statusChanged(changed, T0.plusSeconds(5));
        assertThat(cases.save(changed)).isTrue();

        store.markSent(List.of(inFlight.batch()));

        assertThat(cases.isMarkedPending("CASE-C-11")).isTrue();
        assertThat(store.unmarkedBefore(T0.plusSeconds(4), 10)).as("the newer event is within its grace period")
                .isEmpty();
        List<OutboxBatch> relayed = store.unmarkedBefore(T0.plusSeconds(20), 10);
        assertThat(relayed).extracting(OutboxBatch::id).containsExactly("CASE-C-11");
        assertThat(relayed.get(0).events()).extracting(event -> event.eventId().toString())
                .containsExactly(changed.pendingEvents().get(1).eventId());
    }

    @Test
    void aCaseStoredBackWithAnAcknowledgedEventIsMarkedAgainAndSentOnceMore() {
        OutboxStore.Stored sent = store.store(List.of(announced("C-12", T0)));
        ComplaintCase olderCopy = cases.findById("CASE-C-12").orElseThrow();
        store.markSent(List.of(sent.batch()));
        assertThat(cases.isMarkedPending("CASE-C-12")).isFalse();

        olderCopy.alarmTaken();
        assertThat(cases.save(olderCopy)).as("the pull left the revision as it was").isTrue();

        assertThat(store.unmarkedBefore(T0.plusSeconds(30), 10)).extracting(OutboxBatch::id)
                .containsExactly("CASE-C-12");
    }

    @Test
    void casesStoredBeforeMarkersExistedAreFoundOnce() {
        MongoTemplate mongo = new MongoTemplate(client, "before-markers");
        mongo.insert(announced("C-13", T0), CaseStore.CASES);
        CaseEventStore upgraded = new CaseEventStore(cases(mongo), events);

        assertThat(upgraded.unmarkedBefore(T0.plusSeconds(30), 10)).extracting(OutboxBatch::id)
                .containsExactly("CASE-C-13");
        mongo.insert(announced("C-14", T0), CaseStore.CASES);
        assertThat(new CaseEventStore(cases(mongo), events).unmarkedBefore(T0.plusSeconds(30), 10))
                .extracting(OutboxBatch::id).as("the older cases were looked for once, by the first relay")
                .containsExactly("CASE-C-13");
    }

    /** A newly opened case with its first snapshot recorded at {@code at}. */
    private ComplaintCase announced(String complaintId, Instant at) {
        ComplaintCase c = BenchmarkCases.internalTrack(complaintId, at.minus(Duration.ofDays(1)), at, POLICY);
        events.statusChanged(c, at);
        return c;
    }

    private static CaseStore cases(MongoTemplate mongo) {
        AlarmSlots slots = new AlarmSlots(mongo, new MutableClock(T0));
        slots.afterPropertiesSet();
        CaseStore cases = new CaseStore(mongo, slots);
        cases.afterPropertiesSet();
        return cases;
    }
}
