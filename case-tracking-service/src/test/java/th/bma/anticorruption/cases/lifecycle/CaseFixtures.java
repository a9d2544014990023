package th.bma.anticorruption.cases.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import th.bma.anticorruption.cases.deadline.CaseTimingPolicy;
import th.bma.anticorruption.cases.deadline.DayCounting;
import th.bma.anticorruption.cases.deadline.HolidayCalendar;
import th.bma.anticorruption.contracts.Channel;
import th.bma.anticorruption.contracts.Destination;
import th.bma.anticorruption.contracts.DestinationKind;
import th.bma.anticorruption.contracts.Disposition;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.OperationsCentreOrder;
import th.bma.anticorruption.contracts.RoutingKind;
import th.bma.anticorruption.support.time.BangkokTime;

/** Cases as routing would open them, for unit tests. */
final class CaseFixtures {

    static final Instant RECEIVED = OffsetDateTime.parse("2023-03-14T10:21:07+07:00").toInstant();
    static final Instant OPENED = OffsetDateTime.parse("2023-03-14T11:00:00+07:00").toInstant();
    static final CaseTimingPolicy POLICY = new CaseTimingPolicy(30, DayCounting.CALENDAR, HolidayCalendar.none(),
            List.of(10, 3), 20, 5, Duration.ofDays(45), BangkokTime.ZONE);

    static final Destination UNIT = new Destination(DestinationKind.UNIT, "DISTRICT-1007", "สำนักงานเขตปทุมวัน",
            "Pathum Wan District Office");
    static final Destination WORKING_GROUP = new Destination(DestinationKind.WORKING_GROUP, "WG-3", "คณะทำงานที่ 3",
            "Working group 3");
    static final Destination NACC = new Destination(DestinationKind.NACC, "NACC", "สำนักงาน ป.ป.ช.", "NACC");
    static final Destination PACC = new Destination(DestinationKind.PACC, "PACC", "สำนักงาน ป.ป.ท.", "PACC");
    static final Destination INTERNAL = new Destination(DestinationKind.INTERNAL_TRACK, "CSC-OFFICE", "สำนักงาน ก.ก.",
            "Office of the BMA Civil Service Commission");
    static final Destination TRIAGE = new Destination(DestinationKind.TRIAGE, "CENTRE", "ศตท.กทม.", "The centre");

    private CaseFixtures() {
    }

    /** A Bangkok wall-clock time, {@code yyyy-MM-ddTHH:mm:ss}. */
    static Instant bangkok(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+07:00").toInstant();
    }

    static ComplaintCase openedAt(Destination destination) {
        return ComplaintCase.open("CASE-1", "CMP-1", new ComplaintFacts(Channel.HOTLINE_1555, RECEIVED, "ปทุมวัน",
                LineOfWork.CITY_LAW_ENFORCEMENT, "hash", "masked", "เจ้าพนักงานเทศกิจ", "ชำนาญงาน"),
                decision(1, RoutingKind.INITIAL, destination), "event-1", OPENED, POLICY);
    }

    /** A decision by an officer who gave {@code lineOfWork}; the classifier had suggested city law enforcement. */
    static RoutingDecision officersDecision(long sequence, RoutingKind kind, Destination destination,
            LineOfWork lineOfWork) {
        return new RoutingDecision(sequence, kind, destination, null, "OFFICER-" + kind, 1, "เหตุผล", "reason", 1.0,
                "intake-officer", lineOfWork, LineOfWork.CITY_LAW_ENFORCEMENT);
    }

    static RoutingDecision decision(long sequence, RoutingKind kind, Destination destination) {
        return new RoutingDecision(sequence, kind, destination, null, "RULE-1", 1, "เหตุผล", "reason", 0.9,
                "routing-service", LineOfWork.CITY_LAW_ENFORCEMENT, LineOfWork.CITY_LAW_ENFORCEMENT);
    }

    /** A case brought to {@code state} along the procedure's own paths. */
    static ComplaintCase inState(CaseState state) {
        switch (state) {
            case UNDER_VERIFICATION:
                return openedAt(TRIAGE);
            case FORWARDED_TO_UNIT:
                return openedAt(UNIT);
            case FORWARDED_TO_WORKING_GROUP:
                return openedAt(WORKING_GROUP);
            case REFERRED_TO_NACC:
                return openedAt(NACC);
            case REFERRED_TO_PACC:
                return openedAt(PACC);
            case PRELIMINARY_REVIEW:
                return openedAt(INTERNAL);
            case PRESENTED_TO_DIRECTOR:
                return after(inState(CaseState.PRELIMINARY_REVIEW), CaseAction.FIND_CREDIBLE);
            case NOT_CREDIBLE:
                return after(inState(CaseState.PRELIMINARY_REVIEW), CaseAction.FIND_NOT_CREDIBLE);
            case ORDER_GIVEN:
                return after(inState(CaseState.GROUNDED), CaseAction.RECORD_ORDER);
            case SUBCOMMITTEE_APPOINTED:
                return after(inState(CaseState.PRELIMINARY_REVIEW), CaseAction.APPOINT_SUBCOMMITTEE);
            case GROUNDED:
                return after(inState(CaseState.SUBCOMMITTEE_APPOINTED), CaseAction.FIND_GROUNDED);
            case NOT_GROUNDED:
                return after(inState(CaseState.SUBCOMMITTEE_APPOINTED), CaseAction.FIND_NOT_GROUNDED);
            case CLOSED_AS_REFERRED:
                return after(inState(CaseState.REFERRED_TO_NACC), CaseAction.CLOSE_AS_REFERRED);
            case NOT_CORRUPTION:
                ComplaintCase dismissed = openedAt(TRIAGE);
                dismissed.applyRouting(officersDecision(2, RoutingKind.NOT_CORRUPTION, TRIAGE, null),
                        OPENED.plus(Duration.ofDays(1)), POLICY);
                return dismissed;
            case COMPLETED:
            default:
                return after(inState(CaseState.FORWARDED_TO_UNIT), CaseAction.COMPLETE);
        }
    }

    static ComplaintCase after(ComplaintCase c, CaseAction action) {
        c.perform(action, fullDetails(), "director", OPENED.plus(Duration.ofDays(1)), POLICY);
        return c;
    }

    static ActionDetails fullDetails() {
        return new ActionDetails(List.of("นายสมชาย ใจดี", "นางสาวสมหญิง รักงาน"), InterimMeasureKind.SUSPENSION,
                "ปลัดกรุงเทพมหานคร", OPENED.plus(Duration.ofDays(1)), "note", OperationsCentreOrder.DISCIPLINARY_INQUIRY,
                null, null);
    }

    static Disposition dispositionOf(ComplaintCase c) {
        return c.disposition();
    }
}
