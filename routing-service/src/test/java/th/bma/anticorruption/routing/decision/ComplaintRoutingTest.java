package th.bma.anticorruption.routing.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.ComplaintReceived;
import th.bma.anticorruption.routing.Complaints;
import th.bma.anticorruption.routing.Decisions;
import th.bma.anticorruption.routing.TestFixtures;

/**
 * The initial decisions of a consumer's batch, on the domain alone: each complaint decided once, stored with a
 * handful of bulk writes and announced together; a complaint seen before keeps the decision made then, with its event
 * id; a file left open by a delivery that crashed before storing its decision is repaired.
 */
class ComplaintRoutingTest {

    private static final String VENDORS = "เจ้าหน้าที่เทศกิจเรียกเก็บเงินจากผู้ค้าหาบเร่แผงลอยหน้าตลาดทุกวัน ถ้าไม่จ่ายจะยึดของ";

    private final InMemoryDecisionStore store = new InMemoryDecisionStore();
    private final List<List<RoutingDecision>> announced = new ArrayList<>();
    private final ComplaintRouting routing = new ComplaintRouting(TestFixtures.routing(TestFixtures.defaultRuleBook()),
            store, announced::add, TestFixtures.CLOCK);

    @Test
    void aBatchOfNewComplaintsIsStoredWithTwoBulkWritesAndAnnouncedTogetherOnce() {
        List<ComplaintReceived> batch = List.of(vendors(), vendors(), vendors());

        List<RoutingDecision> kept = routing.keepInitial(batch.stream().map(routing::decideInitially).toList());

        assertThat(kept).extracting(RoutingDecision::complaintId)
                .containsExactlyElementsOf(batch.stream().map(ComplaintReceived::complaintId).toList());
        assertThat(announced).containsExactly(kept);
        assertThat(store.bulkWrites()).as("files opened, decisions inserted").isEqualTo(2);
        for (RoutingDecision decision : kept) {
            assertThat(store.history(decision.complaintId())).containsExactly(decision);
            assertThat(store.file(decision.complaintId())).get().satisfies(file -> {
                assertThat(file.currentSequence()).isEqualTo(1);
                assertThat(file.currentDestination()).isEqualTo(decision.event().destination());
            });
        }
    }

    @Test
    void aComplaintSeenBeforeKeepsTheDecisionMadeThenAndAnnouncesItAgainWithItsEventId() {
        ComplaintReceived first = vendors();
        RoutingDecision made = routing.keepInitial(List.of(routing.decideInitially(first))).get(0);
        ComplaintReceived again = new ComplaintReceived(UUID.randomUUID(), first.occurredAt(), first.complaintId(),
                ComplaintReceived.SCHEMA_VERSION, first.complaint(), null);
        ComplaintReceived other = vendors();

        List<RoutingDecision> kept = routing.keepInitial(List.of(routing.decideInitially(again),
                routing.decideInitially(other)));

        assertThat(kept.get(0)).isEqualTo(made);
        assertThat(kept.get(1).event().causationEventId()).isEqualTo(other.eventId());
        assertThat(announced.get(1)).extracting(decision -> decision.event().eventId())
                .containsExactly(made.event().eventId(), kept.get(1).event().eventId());
        assertThat(store.history(first.complaintId())).containsExactly(made);
    }

    @Test
    void twoRecordsOfOneComplaintInABatchGetTheFirstRecordsDecision() {
        ComplaintReceived first = vendors();
        ComplaintReceived second = new ComplaintReceived(UUID.randomUUID(), first.occurredAt(), first.complaintId(),
                ComplaintReceived.SCHEMA_VERSION, first.complaint(), null);

        List<RoutingDecision> kept = routing.keepInitial(List.of(routing.decideInitially(first),
                routing.decideInitially(second)));

        assertThat(kept).singleElement()
                .satisfies(decision -> assertThat(decision.event().causationEventId()).isEqualTo(first.eventId()));
        assertThat(store.history(first.complaintId())).containsExactlyElementsOf(kept);
    }

    @Test
    void aFileOpenedByADeliveryThatCrashedBeforeStoringItsDecisionGetsTheNewDecisionStoredAndCurrent() {
        ComplaintReceived received = vendors();
        RoutingDecision lost = RoutingDecision.of(Decisions.toBangRak(received.complaintId(),
                TestFixtures.CLOCK.instant(), received.complaint(), 0.1), List.of(), List.of());
        assertThat(store.openFiles(List.of(lost), TestFixtures.CLOCK.instant())).containsExactly(received.complaintId());

        RoutingDecision kept = routing.keepInitial(List.of(routing.decideInitially(received))).get(0);

        assertThat(kept.event().eventId()).isNotEqualTo(lost.event().eventId());
        assertThat(store.history(received.complaintId())).containsExactly(kept);
        assertThat(store.file(received.complaintId())).get()
                .satisfies(file -> assertThat(file.currentDestination().code()).isEqualTo("WG-3"));
        assertThat(announced).containsExactly(List.of(kept));
    }

    private static ComplaintReceived vendors() {
        return Complaints.hotline(VENDORS, "ปทุมวัน", null);
    }
}
