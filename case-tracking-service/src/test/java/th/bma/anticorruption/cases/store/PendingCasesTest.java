package th.bma.anticorruption.cases.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;

import th.bma.anticorruption.cases.deadline.CaseTimingPolicy;
import th.bma.anticorruption.cases.deadline.DayCounting;
import th.bma.anticorruption.cases.deadline.HolidayCalendar;
import th.bma.anticorruption.cases.lifecycle.BenchmarkCases;
import th.bma.anticorruption.cases.lifecycle.ComplaintCase;
import th.bma.anticorruption.cases.lifecycle.PendingEvent;
import th.bma.anticorruption.support.outbox.PendingMarkers;
import th.bma.anticorruption.support.time.BangkokTime;
import th.bma.anticorruption.testkit.MutableClock;
import th.bma.anticorruption.testkit.InMemoryMongo;

/**
 * The markers of cases holding unacknowledged events, on the embedded MongoDB, at the moments between two writes
 * that a crash or another writer can hit: a marker written for a case write that has not landed yet survives the
 * sender's look at the case before it; a marker left by a case that was never stored is deleted by the relay, unless
 * it was written again.
 */
class PendingCasesTest {

    private static final Instant T0 = Instant.parse("2026-08-20T03:00:00Z");
    private static final CaseTimingPolicy POLICY = new CaseTimingPolicy(30, DayCounting.CALENDAR,
            HolidayCalendar.none(), List.of(10, 3), 20, 5, Duration.ofDays(45), BangkokTime.ZONE);

    @RegisterExtension
    final InMemoryMongo mongoServer = new InMemoryMongo();
    private final MongoClient client = mongoServer.client();
    private final MongoTemplate mongo = new MongoTemplate(client, "cases-pending");
    private final CaseStore cases = store();
    private final PendingMarkers pending = new PendingMarkers(mongo, CaseStore.PENDING_CASES,
            CaseStore.EARLIER_CASES_MARKED);

    @Test
    void aNewEventWhoseCaseWriteHasNotLandedKeepsTheMarkerTheSenderWouldClear() {
        ComplaintCase opened = withEvent(BenchmarkCases.internalTrack("C-1", T0.minus(Duration.ofDays(1)), T0,
                POLICY), T0);
        assertThat(cases.insert(opened)).isTrue();
        ComplaintCase writer = cases.findById("CASE-C-1").orElseThrow();
        withEvent(writer, T0.plusSeconds(5));
        // The writer's save, first half: the marker for the revision it is about to store.
        ComplaintCase aboutToStore = cases.findById("CASE-C-1").orElseThrow();
        withEvent(aboutToStore, T0.plusSeconds(5));
        aboutToStore.markStored();
        cases.markPending(List.of(aboutToStore));

        cases.forgetAllPublishedEvents(Map.of("CASE-C-1", List.of(opened.pendingEvents().get(0).eventId())));

        assertThat(cases.findById("CASE-C-1").orElseThrow().pendingEvents()).as("read empty by the sender").isEmpty();
        assertThat(cases.isMarkedPending("CASE-C-1")).isTrue();
        assertThat(cases.save(writer)).as("the writer's save, second half").isTrue();
        assertThat(cases.withEventsPendingSince(T0.plusSeconds(20), 10)).extracting(ComplaintCase::id)
                .containsExactly("CASE-C-1");
    }

    @Test
    void theRelayClearsAMarkerWhoseCaseWasReadEmptyAtItsRevisionOrLater() {
        ComplaintCase opened = withEvent(BenchmarkCases.internalTrack("C-2", T0.minus(Duration.ofDays(1)), T0,
                POLICY), T0);
        assertThat(cases.insert(opened)).isTrue();
        pending.clearAt(Map.of("CASE-C-2", opened.revision() - 1));
        assertThat(cases.isMarkedPending("CASE-C-2")).as("read at an older revision").isTrue();

        pending.clearAt(Map.of("CASE-C-2", opened.revision()));

        assertThat(cases.isMarkedPending("CASE-C-2")).isFalse();
    }

    @Test
    void aMarkerOfACaseNeverStoredIsDeletedUnlessWrittenAgain() {
        ComplaintCase lost = withEvent(BenchmarkCases.internalTrack("C-3", T0.minus(Duration.ofDays(1)), T0,
                POLICY), T0);
        cases.markPending(List.of(lost));
        ComplaintCase redelivered = withEvent(BenchmarkCases.internalTrack("C-4", T0.minus(Duration.ofDays(1)), T0,
                POLICY), T0);
        cases.markPending(List.of(redelivered));
        List<PendingMarkers.Marker> read = pending.before(T0.plusSeconds(30), 10);
        cases.markPending(List.of(redelivered));

        pending.clearUnchanged(read);

        assertThat(cases.isMarkedPending("CASE-C-3")).isFalse();
        assertThat(cases.isMarkedPending("CASE-C-4")).as("its case is about to be stored").isTrue();
        assertThat(cases.insert(redelivered)).isTrue();
        assertThat(cases.withEventsPendingSince(T0.plusSeconds(30), 10)).extracting(ComplaintCase::id)
                .containsExactly("CASE-C-4");
    }

    private static ComplaintCase withEvent(ComplaintCase c, Instant at) {
        c.recordEvent(new PendingEvent(UUID.randomUUID().toString(), "STATUS_CHANGED", "{}", at));
        return c;
    }

    private CaseStore store() {
        AlarmSlots slots = new AlarmSlots(mongo, new MutableClock(T0));
        slots.afterPropertiesSet();
        CaseStore store = new CaseStore(mongo, slots);
        store.afterPropertiesSet();
        return store;
    }
}
