package th.bma.anticorruption.cases.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The cases as the outbox's store, on the embedded MongoDB: new cases are stored with their events, a complaint's
 * second case is refused; marking pulls exactly the sent events from each case; the relay finds each case holding an
 * old pending event as one batch, with the event id, JSON and trace it was recorded with.
 */
class CaseEventStoreTest {

    private static final Instant T0 = Instant.parse("2026-08-20T03:00:00Z");
    private static final CaseTimingPolicy POLICY = new CaseTimingPolicy(30, DayCounting.CALENDAR,
            HolidayCalendar.none(), List.of(10, 3), 20, 5, Duration.ofDays(45), BangkokTime.ZONE);
    private static final String TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = client(server.bind());
    private final CaseEvents events = new CaseEvents(JsonMapper.builder().build());
    private final CaseStore cases = cases(new MongoTemplate(client, "case-events"));
    private final CaseEventStore store = new CaseEventStore(cases, events);

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

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

    /** A newly opened case with its first snapshot recorded at {@code at}. */
    private ComplaintCase announced(String complaintId, Instant at) {
        ComplaintCase c = BenchmarkCases.internalTrack(complaintId, at.minus(Duration.ofDays(1)), at, POLICY);
        events.statusChanged(c, at);
        return c;
    }

    private static MongoClient client(InetSocketAddress address) {
        return MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    }

    private static CaseStore cases(MongoTemplate mongo) {
        AlarmSlots slots = new AlarmSlots(mongo, new MutableClock(T0));
        slots.afterPropertiesSet();
        CaseStore cases = new CaseStore(mongo, slots);
        cases.afterPropertiesSet();
        return cases;
    }
}
