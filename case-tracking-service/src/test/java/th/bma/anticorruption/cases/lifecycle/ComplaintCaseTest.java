package th.bma.anticorruption.cases.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.DeadlineStatus;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.RoutingKind;

class ComplaintCaseTest {

    private static final Instant DAY_2 = CaseFixtures.OPENED.plus(Duration.ofDays(1));

    @Test
    void aCaseForwardedToAUnitReportsProgressAndIsCompleted() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.UNIT);
        assertThat(c.disposition()).isEqualTo(Disposition.FORWARDED_TO_UNIT);
        assertThat(c.deadline()).isNull();
        assertThat(c.caseVersion()).isEqualTo(1);

        c.perform(CaseAction.REPORT_PROGRESS, ActionDetails.note("ตรวจสอบแล้ว"), "pathumwan-officer", DAY_2,
                CaseFixtures.POLICY);
        assertThat(c.lastProgressAt()).isEqualTo(DAY_2);
        assertThat(c.caseVersion()).as("progress changes nothing in the snapshot").isEqualTo(1);

        c.perform(CaseAction.COMPLETE, ActionDetails.none(), "pathumwan-officer", DAY_2, CaseFixtures.POLICY);
        assertThat(c.state()).isEqualTo(CaseState.COMPLETED);
        assertThat(c.disposition()).isEqualTo(Disposition.COMPLETED);
        assertThat(c.caseVersion()).isEqualTo(2);
        assertThat(c.previousState()).isEqualTo(CaseState.FORWARDED_TO_UNIT);
        assertThat(c.nextAlarmAt()).as("a closed case has no alarms").isNull();
        assertThat(c.timeline()).extracting(TimelineEntry::event)
                .containsExactly("CASE_OPENED", "PROGRESS_REPORTED", "COMPLETED");
    }

    @Test
    void aCaseReferredToTheNaccIsClosedAsReferredAndKeepsItsReferralDisposition() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.NACC);
        assertThat(c.disposition()).isEqualTo(Disposition.REFERRED_TO_NACC);

        c.perform(CaseAction.CLOSE_AS_REFERRED, ActionDetails.none(), "director", DAY_2, CaseFixtures.POLICY);

        assertThat(c.state()).isEqualTo(CaseState.CLOSED_AS_REFERRED);
        assertThat(c.state().isClosed()).isTrue();
        assertThat(c.disposition()).isEqualTo(Disposition.REFERRED_TO_NACC);
    }

    @Test
    void theInternalTrackGoesFromPreliminaryReviewToASubcommitteeToGroundedAndOrders() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.INTERNAL);
        assertThat(c.state()).isEqualTo(CaseState.PRELIMINARY_REVIEW);
        assertThat(c.deadline().status()).isEqualTo(DeadlineStatus.OPEN);
        assertThat(c.deadline().dueAt()).isEqualTo(OffsetDateTime.parse("2023-04-13T23:59:59+07:00").toInstant());

        c.perform(CaseAction.APPOINT_SUBCOMMITTEE, new ActionDetails(List.of("นายสมชาย ใจดี", " "), null, null, null,
                null, null, null, null), "director", DAY_2, CaseFixtures.POLICY);
        assertThat(c.state()).isEqualTo(CaseState.SUBCOMMITTEE_APPOINTED);
        assertThat(c.subcommittee().members()).containsExactly("นายสมชาย ใจดี");
        assertThat(c.subcommittee().appointedBy()).isEqualTo("director");
        assertThat(c.deadline().status()).isEqualTo(DeadlineStatus.MET);
        assertThat(c.deadline().metAt()).isEqualTo(DAY_2);

        Instant ordered = DAY_2.plus(Duration.ofHours(3));
        c.perform(CaseAction.RECORD_INTERIM_MEASURE, new ActionDetails(null,
                InterimMeasureKind.TRANSFER_TO_OTHER_DUTY, "ปลัดกรุงเทพมหานคร", ordered, null, null, null, null),
                "investigator",
                DAY_2.plus(Duration.ofHours(5)), CaseFixtures.POLICY);
        assertThat(c.interimMeasures()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(InterimMeasureKind.TRANSFER_TO_OTHER_DUTY);
            assertThat(m.orderedBy()).isEqualTo("ปลัดกรุงเทพมหานคร");
            assertThat(m.orderedAt()).isEqualTo(ordered);
            assertThat(m.recordedBy()).isEqualTo("investigator");
        });
        assertThat(c.state()).isEqualTo(CaseState.SUBCOMMITTEE_APPOINTED);

        c.perform(CaseAction.FIND_GROUNDED, ActionDetails.none(), "investigator", DAY_2, CaseFixtures.POLICY);
        assertThat(c.state()).isEqualTo(CaseState.GROUNDED);
        assertThat(c.state().isClosed()).isFalse();

        c.perform(CaseAction.COMPLETE, ActionDetails.none(), "director", DAY_2, CaseFixtures.POLICY);
        assertThat(c.disposition()).isEqualTo(Disposition.COMPLETED);
    }

    @Test
    void aComplaintDismissedInThePreliminaryReviewOwesNoSubcommitteeAnyMore() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.INTERNAL);

        c.perform(CaseAction.FIND_NOT_GROUNDED, ActionDetails.none(), "investigator", DAY_2, CaseFixtures.POLICY);

        assertThat(c.state()).isEqualTo(CaseState.NOT_GROUNDED);
        assertThat(c.disposition()).isEqualTo(Disposition.COMPLETED);
        assertThat(c.deadline()).isNull();
        assertThat(c.nextAlarmAt()).isNull();
    }

    @Test
    void anActionLackingWhatItNeedsIsRefusedWithoutChangingTheCase() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.INTERNAL);

        assertThatThrownBy(() -> c.perform(CaseAction.APPOINT_SUBCOMMITTEE, ActionDetails.none(), "director", DAY_2,
                CaseFixtures.POLICY)).isInstanceOfSatisfying(MissingActionDetailException.class,
                        e -> assertThat(e.field()).isEqualTo("members"));
        assertThatThrownBy(() -> c.perform(CaseAction.RECORD_INTERIM_MEASURE, new ActionDetails(null,
                InterimMeasureKind.SUSPENSION, null, DAY_2, null, null, null, null), "director", DAY_2,
                CaseFixtures.POLICY))
                .isInstanceOfSatisfying(MissingActionDetailException.class,
                        e -> assertThat(e.field()).isEqualTo("orderedBy"));
        assertThat(c.state()).isEqualTo(CaseState.PRELIMINARY_REVIEW);
        assertThat(c.interimMeasures()).isEmpty();
    }

    @Test
    void onlyANewerRoutingDecisionMovesTheCase() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.TRIAGE);
        assertThat(c.disposition()).isEqualTo(Disposition.UNDER_VERIFICATION);

        assertThat(c.applyRouting(CaseFixtures.decision(3, RoutingKind.TRIAGE_RESOLVED, CaseFixtures.INTERNAL), DAY_2,
                CaseFixtures.POLICY)).isTrue();
        assertThat(c.applyRouting(CaseFixtures.decision(2, RoutingKind.REROUTE, CaseFixtures.UNIT), DAY_2,
                CaseFixtures.POLICY)).isFalse();
        assertThat(c.applyRouting(CaseFixtures.decision(3, RoutingKind.TRIAGE_RESOLVED, CaseFixtures.INTERNAL), DAY_2,
                CaseFixtures.POLICY)).isFalse();

        assertThat(c.state()).isEqualTo(CaseState.PRELIMINARY_REVIEW);
        assertThat(c.caseVersion()).isEqualTo(2);
        assertThat(c.deadline().status()).isEqualTo(DeadlineStatus.OPEN);

        c.applyRouting(CaseFixtures.decision(4, RoutingKind.REROUTE, CaseFixtures.WORKING_GROUP), DAY_2,
                CaseFixtures.POLICY);
        assertThat(c.state()).isEqualTo(CaseState.FORWARDED_TO_WORKING_GROUP);
        assertThat(c.deadline()).as("no subcommittee is owed off the internal track").isNull();
    }

    @Test
    void aComplaintAnIntakeOfficerFindsNotAboutCorruptionIsClosedWhereItStandsOwingNothing() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.TRIAGE);
        assertThat(c.nextAlarmAt()).as("an open case goes stale some day").isNotNull();

        assertThat(c.applyRouting(CaseFixtures.officersDecision(2, RoutingKind.NOT_CORRUPTION, CaseFixtures.TRIAGE,
                null), DAY_2, CaseFixtures.POLICY)).isTrue();

        assertThat(c.state()).isEqualTo(CaseState.NOT_CORRUPTION);
        assertThat(c.state().isClosed()).isTrue();
        assertThat(c.previousState()).isEqualTo(CaseState.UNDER_VERIFICATION);
        assertThat(c.disposition()).isEqualTo(Disposition.COMPLETED);
        assertThat(c.caseVersion()).isEqualTo(2);
        assertThat(c.deadline()).isNull();
        assertThat(c.nextAlarmAt()).as("no deadline, progress report nor staleness is owed").isNull();
        assertThat(c.lineOfWork()).as("an officer gave no line of work").isEqualTo(LineOfWork.CITY_LAW_ENFORCEMENT);
        assertThat(c.timeline()).last().satisfies(entry -> {
            assertThat(entry.event()).isEqualTo("CLOSED_NOT_CORRUPTION");
            assertThat(entry.by()).isEqualTo("intake-officer");
            assertThat(entry.at()).isEqualTo(DAY_2);
        });
        assertThat(c.tick(DAY_2.plus(Duration.ofDays(400)), CaseFixtures.POLICY)).isEmpty();
        assertThat(c.state()).isEqualTo(CaseState.NOT_CORRUPTION);
        assertThat(c.caseVersion()).isEqualTo(2);

        c.applyRouting(CaseFixtures.decision(3, RoutingKind.REROUTE, CaseFixtures.UNIT), DAY_2, CaseFixtures.POLICY);
        assertThat(c.state()).as("closed: a later decision is only recorded").isEqualTo(CaseState.NOT_CORRUPTION);
        assertThat(c.timeline()).last().extracting(TimelineEntry::event).isEqualTo("ROUTING_RECORDED_ON_CLOSED_CASE");
    }

    @Test
    void aCaseFirstHeardOfThroughTheFindingThatItIsNoCorruptionComplaintOpensClosed() {
        ComplaintCase c = ComplaintCase.open("CASE-2", "CMP-2", new ComplaintFacts(
                Channel.TRAFFY_FONDUE, CaseFixtures.RECEIVED, "บางกะปิ",
                LineOfWork.OTHER, "hash", "masked", null, null),
                CaseFixtures.officersDecision(2, RoutingKind.NOT_CORRUPTION, CaseFixtures.TRIAGE, null), "event-2",
                CaseFixtures.OPENED, CaseFixtures.POLICY);

        assertThat(c.state()).isEqualTo(CaseState.NOT_CORRUPTION);
        assertThat(c.disposition()).isEqualTo(Disposition.COMPLETED);
        assertThat(c.caseVersion()).isEqualTo(1);
        assertThat(c.nextAlarmAt()).isNull();
        assertThat(c.applyRouting(CaseFixtures.decision(1, RoutingKind.INITIAL, CaseFixtures.TRIAGE), DAY_2,
                CaseFixtures.POLICY)).as("the initial decision arriving late changes nothing").isFalse();
        assertThat(c.state()).isEqualTo(CaseState.NOT_CORRUPTION);
    }

    @Test
    void aClosedCaseOnlyRecordsALaterDecision() {
        ComplaintCase c = CaseFixtures.inState(CaseState.COMPLETED);
        long version = c.caseVersion();

        c.applyRouting(CaseFixtures.decision(2, RoutingKind.REDECISION, CaseFixtures.WORKING_GROUP), DAY_2,
                CaseFixtures.POLICY);

        assertThat(c.state()).isEqualTo(CaseState.COMPLETED);
        assertThat(c.caseVersion()).isEqualTo(version);
        assertThat(c.timeline()).extracting(TimelineEntry::event).contains("ROUTING_RECORDED_ON_CLOSED_CASE");
    }

    @Test
    void anOfficersLineOfWorkBecomesTheCasesWithTheClassifiersSuggestionKeptBesideIt() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.TRIAGE);
        assertThat(c.lineOfWork()).isEqualTo(LineOfWork.CITY_LAW_ENFORCEMENT);

        assertThat(c.applyRouting(CaseFixtures.officersDecision(2, RoutingKind.TRIAGE_RESOLVED, CaseFixtures.UNIT,
                LineOfWork.REVENUE), DAY_2, CaseFixtures.POLICY)).isTrue();

        assertThat(c.lineOfWork()).isEqualTo(LineOfWork.REVENUE);
        assertThat(c.suggestedLineOfWork()).isEqualTo(LineOfWork.CITY_LAW_ENFORCEMENT);
        assertThat(c.caseVersion()).isEqualTo(2);
        assertThat(c.timeline()).extracting(TimelineEntry::event, TimelineEntry::detail)
                .contains(tuple("LINE_OF_WORK_CHANGED", "CITY_LAW_ENFORCEMENT → REVENUE"));

        assertThat(c.applyRouting(CaseFixtures.officersDecision(3, RoutingKind.REROUTE, CaseFixtures.UNIT,
                LineOfWork.ENVIRONMENT), DAY_2, CaseFixtures.POLICY)).isTrue();
        assertThat(c.destination()).isEqualTo(CaseFixtures.UNIT);
        assertThat(c.lineOfWork()).isEqualTo(LineOfWork.ENVIRONMENT);
        assertThat(c.caseVersion()).as("a new line of work alone is a new snapshot for the statistics").isEqualTo(3);
    }

    @Test
    void aLineOfWorkCorrectedOnAClosedCaseCountsWhileItsDestinationStays() {
        ComplaintCase c = CaseFixtures.inState(CaseState.COMPLETED);
        long version = c.caseVersion();

        c.applyRouting(CaseFixtures.officersDecision(2, RoutingKind.REROUTE, CaseFixtures.WORKING_GROUP,
                LineOfWork.PUBLIC_WORKS), DAY_2, CaseFixtures.POLICY);

        assertThat(c.state()).isEqualTo(CaseState.COMPLETED);
        assertThat(c.destination()).isEqualTo(CaseFixtures.UNIT);
        assertThat(c.lineOfWork()).isEqualTo(LineOfWork.PUBLIC_WORKS);
        assertThat(c.caseVersion()).isEqualTo(version + 1);
    }

    @Test
    void aChannelStatusLandsOnTheTimelineOncePerEvent() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.UNIT);

        assertThat(c.recordChannelStatus("e-1", DAY_2, "CHANNEL_STATUS_FINISH", "เสร็จสิ้น")).isTrue();
        assertThat(c.recordChannelStatus("e-1", DAY_2, "CHANNEL_STATUS_FINISH", "เสร็จสิ้น")).isFalse();

        assertThat(c.timeline()).extracting(TimelineEntry::event).containsExactly("CASE_OPENED",
                "CHANNEL_STATUS_FINISH");
    }
}
