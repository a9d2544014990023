package th.bma.anticorruption.statistics.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.CaseStatusChanged;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.Destination;
import th.bma.anticorruption.contracts.DestinationKind;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;

class InternalTrackClosureTest {

    private static final Destination INTERNAL_TRACK = new Destination(DestinationKind.INTERNAL_TRACK, "CSC-OFFICE",
            "สำนักงาน ก.ก.", "Office of the BMA Civil Service Commission");
    private static final Destination DISTRICT = new Destination(DestinationKind.UNIT, "DISTRICT-1007",
            "สำนักงานเขตปทุมวัน", "Pathum Wan District Office");

    @Test
    void dismissedInThePreliminaryReviewIsNotCredibleAndAfterTheSubcommitteeNotGrounded() {
        assertThat(InternalTrackClosure.outcomeOf(snapshot(INTERNAL_TRACK, "PRELIMINARY_REVIEW", "NOT_GROUNDED")))
                .contains(ClosureOutcome.NOT_CREDIBLE);
        assertThat(InternalTrackClosure.outcomeOf(snapshot(INTERNAL_TRACK, "SUBCOMMITTEE_APPOINTED", "NOT_GROUNDED")))
                .contains(ClosureOutcome.NOT_GROUNDED);
        assertThat(InternalTrackClosure.outcomeOf(snapshot(INTERNAL_TRACK, "PRELIMINARY_REVIEW", "NOT_CREDIBLE")))
                .contains(ClosureOutcome.NOT_CREDIBLE);
        assertThat(InternalTrackClosure.outcomeOf(snapshot(INTERNAL_TRACK, "GROUNDED", "COMPLETED")))
                .contains(ClosureOutcome.OUTCOME_NOT_RECORDED);
    }

    @Test
    void openInternalTrackCasesAndCasesClosedElsewhereHaveNoOutcome() {
        assertThat(InternalTrackClosure.outcomeOf(snapshot(INTERNAL_TRACK, "PRELIMINARY_REVIEW",
                "SUBCOMMITTEE_APPOINTED"))).isEmpty();
        assertThat(InternalTrackClosure.outcomeOf(snapshot(INTERNAL_TRACK, "SUBCOMMITTEE_APPOINTED", "GROUNDED")))
                .isEmpty();
        // Rerouted from the internal track to a district office, then completed there.
        assertThat(InternalTrackClosure.outcomeOf(snapshot(DISTRICT, "FORWARDED_TO_UNIT", "COMPLETED"))).isEmpty();
        assertThat(InternalTrackClosure.outcomeOf(snapshot(null, null, "COMPLETED"))).isEmpty();
    }

    private static CaseStatusChanged snapshot(Destination destination, String previousState, String state) {
        return new CaseStatusChanged(UUID.randomUUID(), Instant.parse("2023-05-02T03:00:00Z"), "CASE-1",
                CaseStatusChanged.SCHEMA_VERSION, 4, "CMP-1", Channel.HOTLINE_1555,
                OffsetDateTime.parse("2023-04-03T10:00:00+07:00"), "ปทุมวัน", LineOfWork.OTHER, previousState, state,
                Disposition.COMPLETED, destination, null, false, null);
    }
}
