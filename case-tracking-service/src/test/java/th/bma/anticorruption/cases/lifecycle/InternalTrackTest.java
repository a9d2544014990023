package th.bma.anticorruption.cases.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.DeadlineStatus;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.InternalTrackFinding;
import th.bma.anticorruption.contracts.OperationsCentreOrder;
import th.bma.anticorruption.contracts.RoutingKind;

/** The ก.ก. office's track: when its 30 days start, its steps to the end, its outcome, interim measures. */
class InternalTrackTest {

    private static final Instant DAY_60 = CaseFixtures.RECEIVED.plus(Duration.ofDays(60));

    private static ActionDetails members() {
        return new ActionDetails(List.of("นายสมชาย ใจดี"), null, null, null, null, null, null, null);
    }

    private static ActionDetails order(OperationsCentreOrder order, Instant orderedAt) {
        return new ActionDetails(List.of(), null, null, orderedAt, null, order, null, null);
    }

    private static ActionDetails measure(String measureId, String orderedBy, Instant at, Instant reviewBy) {
        return new ActionDetails(List.of(), InterimMeasureKind.SUSPENSION, orderedBy, at, null, null, measureId,
                reviewBy);
    }

    @Test
    void aComplaintReceived60DaysAgoThatReachesTheTrackTodayIsDueIn30DaysFromToday() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.TRIAGE);
        assertThat(c.deadline()).isNull();

        c.applyRouting(CaseFixtures.decision(2, RoutingKind.TRIAGE_RESOLVED, CaseFixtures.INTERNAL), DAY_60,
                CaseFixtures.POLICY);

        assertThat(c.receivedAt()).isEqualTo(CaseFixtures.RECEIVED);
        assertThat(c.internalTrackReachedAt()).isEqualTo(DAY_60);
        assertThat(c.deadline().startedAt()).isEqualTo(DAY_60);
        assertThat(c.deadline().dueAt()).isEqualTo(CaseFixtures.bangkok("2023-06-12T23:59:59")); // 13 May + 30 days
        assertThat(c.tick(DAY_60.plusSeconds(1), CaseFixtures.POLICY)).isEmpty();
        assertThat(c.deadline().status()).isEqualTo(DeadlineStatus.OPEN);
    }

    @Test
    void reroutedAwayWithTheClockRunningAndBackTheClockStartsAgainOnReturn() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.INTERNAL);
        Instant away = CaseFixtures.OPENED.plus(Duration.ofDays(20));
        Instant back = CaseFixtures.OPENED.plus(Duration.ofDays(50));

        c.applyRouting(CaseFixtures.decision(2, RoutingKind.REROUTE, CaseFixtures.UNIT), away, CaseFixtures.POLICY);
        assertThat(c.deadline()).as("no subcommittee is owed at a district office").isNull();
        c.applyRouting(CaseFixtures.decision(3, RoutingKind.REROUTE, CaseFixtures.INTERNAL), back,
                CaseFixtures.POLICY);

        assertThat(c.state()).isEqualTo(CaseState.PRELIMINARY_REVIEW);
        assertThat(c.deadline().startedAt()).isEqualTo(back);
        assertThat(c.deadline().dueAt()).isEqualTo(CaseFixtures.POLICY.subcommitteeDueAt(back));
        assertThat(c.deadline().status()).isEqualTo(DeadlineStatus.OPEN);
    }

    @Test
    void aBreachIsKeptWhenTheCaseComesBackAndAMetDeadlineStaysMet() {
        ComplaintCase breached = CaseFixtures.openedAt(CaseFixtures.INTERNAL);
        breached.tick(CaseFixtures.bangkok("2023-04-14T00:00:00"), CaseFixtures.POLICY);
        breached.applyRouting(CaseFixtures.decision(2, RoutingKind.REROUTE, CaseFixtures.UNIT),
                CaseFixtures.bangkok("2023-04-15T09:00:00"), CaseFixtures.POLICY);
        breached.applyRouting(CaseFixtures.decision(3, RoutingKind.REROUTE, CaseFixtures.INTERNAL),
                CaseFixtures.bangkok("2023-04-16T09:00:00"), CaseFixtures.POLICY);
        assertThat(breached.deadline().status()).isEqualTo(DeadlineStatus.BREACHED);
        assertThat(breached.deadline().startedAt()).isEqualTo(CaseFixtures.OPENED);

        ComplaintCase met = CaseFixtures.openedAt(CaseFixtures.INTERNAL);
        met.perform(CaseAction.APPOINT_SUBCOMMITTEE, members(), "director", CaseFixtures.bangkok("2023-03-20T10:00:00"),
                CaseFixtures.POLICY);
        met.applyRouting(CaseFixtures.decision(2, RoutingKind.REROUTE, CaseFixtures.NACC),
                CaseFixtures.bangkok("2023-03-21T10:00:00"), CaseFixtures.POLICY);
        met.applyRouting(CaseFixtures.decision(3, RoutingKind.REROUTE, CaseFixtures.INTERNAL),
                CaseFixtures.bangkok("2023-05-21T10:00:00"), CaseFixtures.POLICY);
        assertThat(met.deadline().status()).isEqualTo(DeadlineStatus.MET);
        assertThat(met.internalTrackReachedAt()).isEqualTo(CaseFixtures.bangkok("2023-05-21T10:00:00"));
    }

    @Test
    void aDecisionNamingTheInternalTrackAgainKeepsTheStepsTakenThere() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.INTERNAL);
        c.perform(CaseAction.APPOINT_SUBCOMMITTEE, members(), "director", CaseFixtures.bangkok("2023-03-20T10:00:00"),
                CaseFixtures.POLICY);

        c.applyRouting(CaseFixtures.decision(2, RoutingKind.REDECISION, CaseFixtures.INTERNAL),
                CaseFixtures.bangkok("2023-03-22T10:00:00"), CaseFixtures.POLICY);

        assertThat(c.state()).isEqualTo(CaseState.SUBCOMMITTEE_APPOINTED);
        assertThat(c.deadline().status()).isEqualTo(DeadlineStatus.MET);
        assertThat(c.internalTrackReachedAt()).isEqualTo(CaseFixtures.OPENED);
    }

    @Test
    void theTrackRunsToItsEndEachStepDatedAndAttributedAndTheOutcomeIsKept() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.INTERNAL);
        Instant checked = CaseFixtures.bangkok("2023-03-16T10:00:00");
        Instant appointed = CaseFixtures.bangkok("2023-03-20T10:00:00");
        Instant grounded = CaseFixtures.bangkok("2023-05-02T10:00:00");
        Instant meeting = CaseFixtures.bangkok("2023-05-10T14:00:00");
        Instant recorded = CaseFixtures.bangkok("2023-05-11T09:00:00");
        Instant closed = CaseFixtures.bangkok("2023-08-01T09:00:00");

        c.perform(CaseAction.FIND_CREDIBLE, ActionDetails.none(), "investigator", checked, CaseFixtures.POLICY);
        assertThat(c.state()).isEqualTo(CaseState.PRESENTED_TO_DIRECTOR);
        assertThat(c.deadline().status()).as("the subcommittee is still owed").isEqualTo(DeadlineStatus.OPEN);
        c.perform(CaseAction.APPOINT_SUBCOMMITTEE, members(), "director", appointed, CaseFixtures.POLICY);
        c.perform(CaseAction.FIND_GROUNDED, ActionDetails.none(), "investigator", grounded, CaseFixtures.POLICY);
        assertThatThrownBy(() -> c.perform(CaseAction.RECORD_ORDER, order(null, meeting), "investigator", recorded,
                CaseFixtures.POLICY)).isInstanceOfSatisfying(MissingActionDetailException.class,
                        e -> assertThat(e.field()).isEqualTo("order"));
        c.perform(CaseAction.RECORD_ORDER, order(OperationsCentreOrder.DISCIPLINARY_INQUIRY, meeting), "investigator",
                recorded, CaseFixtures.POLICY);
        assertThat(c.state()).isEqualTo(CaseState.ORDER_GIVEN);
        assertThat(c.outcome()).as("set at closure only").isNull();
        c.perform(CaseAction.COMPLETE, ActionDetails.note("ลงโทษภาคทัณฑ์"), "director", closed, CaseFixtures.POLICY);

        assertThat(c.preliminaryCheck()).isEqualTo(new PreliminaryCheck(true, checked, "investigator"));
        assertThat(c.finding()).isEqualTo(new Finding(true, grounded, "investigator"));
        assertThat(c.orderGiven()).isEqualTo(new OrderGiven(OperationsCentreOrder.DISCIPLINARY_INQUIRY, meeting,
                "investigator", recorded));
        assertThat(c.outcome()).isEqualTo(new TrackOutcome(InternalTrackFinding.GROUNDED,
                OperationsCentreOrder.DISCIPLINARY_INQUIRY, closed));
        assertThat(c.disposition()).isEqualTo(Disposition.COMPLETED);
        assertThat(c.timeline()).extracting(TimelineEntry::event, TimelineEntry::at, TimelineEntry::by)
                .containsSubsequence(
                        tuple("FOUND_CREDIBLE_PRESENTED_TO_DIRECTOR", checked, "investigator"),
                        tuple("SUBCOMMITTEE_APPOINTED", appointed, "director"),
                        tuple("FOUND_GROUNDED_SENT_FOR_ORDERS", grounded, "investigator"),
                        tuple("OPERATIONS_CENTRE_ORDER_RECORDED", recorded, "investigator"),
                        tuple("COMPLETED", closed, "director"));
    }

    @Test
    void anOrderCannotBeDatedInTheFuture() {
        ComplaintCase c = CaseFixtures.inState(CaseState.GROUNDED);
        Instant now = CaseFixtures.OPENED.plus(Duration.ofDays(2));

        assertThatThrownBy(() -> c.perform(CaseAction.RECORD_ORDER, order(OperationsCentreOrder.NO_ACTION,
                now.plusSeconds(60)), "director", now, CaseFixtures.POLICY))
                .isInstanceOfSatisfying(ActionDetailRejectedException.class, e -> {
                    assertThat(e.field()).isEqualTo("orderedAt");
                    assertThat(e.rule()).isEqualTo("not-in-the-future");
                });
        assertThat(c.state()).isEqualTo(CaseState.GROUNDED);
    }

    @Test
    void aComplaintNotCredibleIsClosedWithItsReasonAndOwesNoSubcommittee() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.INTERNAL);
        Instant checked = CaseFixtures.bangkok("2023-03-16T10:00:00");

        assertThatThrownBy(() -> c.perform(CaseAction.FIND_NOT_CREDIBLE, ActionDetails.none(), "investigator",
                checked, CaseFixtures.POLICY)).isInstanceOfSatisfying(MissingActionDetailException.class,
                        e -> assertThat(e.field()).isEqualTo("note"));
        c.perform(CaseAction.FIND_NOT_CREDIBLE, ActionDetails.note("ไม่มีพยานหลักฐานหรือข้อมูลเพียงพอ"),
                "investigator", checked, CaseFixtures.POLICY);

        assertThat(c.state()).isEqualTo(CaseState.NOT_CREDIBLE);
        assertThat(c.state().isClosed()).isTrue();
        assertThat(c.disposition()).isEqualTo(Disposition.COMPLETED);
        assertThat(c.deadline()).isNull();
        assertThat(c.outcome()).isEqualTo(new TrackOutcome(InternalTrackFinding.NOT_CREDIBLE, null, checked));
        assertThat(c.timeline()).last().extracting(TimelineEntry::detail)
                .isEqualTo("ไม่มีพยานหลักฐานหรือข้อมูลเพียงพอ");
    }

    @Test
    void aGroundedCaseCompletedWithoutAnOrderKeepsItsFindingAndNoOrder() {
        ComplaintCase c = CaseFixtures.inState(CaseState.GROUNDED);

        c.perform(CaseAction.COMPLETE, ActionDetails.none(), "director", CaseFixtures.OPENED.plus(Duration.ofDays(3)),
                CaseFixtures.POLICY);

        assertThat(c.outcome().finding()).isEqualTo(InternalTrackFinding.GROUNDED);
        assertThat(c.outcome().order()).isNull();
    }

    @Test
    void caseOffTheTrackHasNoOutcome() {
        ComplaintCase c = CaseFixtures.inState(CaseState.COMPLETED);

        assertThat(c.outcome()).isNull();
        assertThat(c.internalTrackReachedAt()).isNull();
    }

    @Test
    void anInterimMeasureIsReviewedAndLiftedEvenAfterTheCaseClosed() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.INTERNAL);
        Instant ordered = CaseFixtures.bangkok("2023-03-17T09:00:00");
        c.perform(CaseAction.RECORD_INTERIM_MEASURE, measure(null, "ปลัดกรุงเทพมหานคร", ordered,
                CaseFixtures.bangkok("2023-06-17T00:00:00")), "investigator", CaseFixtures.bangkok("2023-03-17T10:00:00"), CaseFixtures.POLICY);
        assertThat(c.interimMeasures()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("M-1");
            assertThat(m.inForce()).isTrue();
        });

        c.perform(CaseAction.REVIEW_INTERIM_MEASURE, measure("M-1", "ปลัดกรุงเทพมหานคร", null,
                CaseFixtures.bangkok("2023-09-17T00:00:00")), "investigator", CaseFixtures.bangkok("2023-06-10T10:00:00"), CaseFixtures.POLICY);
        c.perform(CaseAction.FIND_NOT_GROUNDED, ActionDetails.none(), "investigator", CaseFixtures.bangkok("2023-07-01T10:00:00"),
                CaseFixtures.POLICY);
        assertThat(c.nextAlarmAt()).as("the measure's review is still watched")
                .isEqualTo(CaseFixtures.bangkok("2023-09-17T00:00:01"));

        Instant lifted = CaseFixtures.bangkok("2023-07-03T09:00:00");
        c.perform(CaseAction.END_INTERIM_MEASURE, measure("M-1", "ปลัดกรุงเทพมหานคร", lifted, null), "investigator",
                CaseFixtures.bangkok("2023-07-03T10:00:00"), CaseFixtures.POLICY);

        InterimMeasure m = c.interimMeasures().get(0);
        assertThat(m.reviews()).singleElement().satisfies(r -> {
            assertThat(r.reviewedAt()).isEqualTo(CaseFixtures.bangkok("2023-06-10T10:00:00"));
            assertThat(r.nextReviewBy()).isEqualTo(CaseFixtures.bangkok("2023-09-17T00:00:00"));
        });
        assertThat(m.end()).isEqualTo(new InterimMeasure.MeasureEnd(lifted, "ปลัดกรุงเทพมหานคร", "investigator",
                CaseFixtures.bangkok("2023-07-03T10:00:00")));
        assertThat(c.nextAlarmAt()).isNull();
        assertThatThrownBy(() -> c.perform(CaseAction.END_INTERIM_MEASURE, measure("M-1", "ปลัด", lifted, null),
                "investigator", CaseFixtures.bangkok("2023-07-04T10:00:00"), CaseFixtures.POLICY))
                .isInstanceOfSatisfying(ActionDetailRejectedException.class,
                        e -> assertThat(e.rule()).isEqualTo("in-force"));
        assertThatThrownBy(() -> c.perform(CaseAction.REVIEW_INTERIM_MEASURE, measure("M-9", null, null, null),
                "investigator", CaseFixtures.bangkok("2023-07-04T10:00:00"), CaseFixtures.POLICY))
                .isInstanceOfSatisfying(ActionDetailRejectedException.class,
                        e -> assertThat(e.rule()).isEqualTo("known"));
    }

    @Test
    void aMeasureCannotEndBeforeItStarted() {
        ComplaintCase c = CaseFixtures.openedAt(CaseFixtures.INTERNAL);
        c.perform(CaseAction.RECORD_INTERIM_MEASURE, measure(null, "ปลัดกรุงเทพมหานคร",
                CaseFixtures.bangkok("2023-03-17T09:00:00"), null), "investigator", CaseFixtures.bangkok("2023-03-17T10:00:00"),
                CaseFixtures.POLICY);

        assertThatThrownBy(() -> c.perform(CaseAction.END_INTERIM_MEASURE, measure("M-1", "ปลัดกรุงเทพมหานคร",
                CaseFixtures.bangkok("2023-03-16T09:00:00"), null), "investigator", CaseFixtures.bangkok("2023-03-18T10:00:00"),
                CaseFixtures.POLICY)).isInstanceOfSatisfying(ActionDetailRejectedException.class,
                        e -> assertThat(e.rule()).isEqualTo("after-start"));
        assertThat(c.interimMeasures().get(0).inForce()).isTrue();
    }
}
