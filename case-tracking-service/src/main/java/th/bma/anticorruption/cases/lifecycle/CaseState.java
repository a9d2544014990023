package th.bma.anticorruption.cases.lifecycle;

import java.util.EnumSet;
import java.util.Set;

import th.bma.anticorruption.contracts.DestinationKind;

/**
 * Where a case stands in the centre's procedure. Each routing destination has an opening state; the internal track
 * then goes PRELIMINARY_REVIEW → PRESENTED_TO_DIRECTOR (credible) or NOT_CREDIBLE (closed) → SUBCOMMITTEE_APPOINTED
 * → GROUNDED or NOT_GROUNDED (closed) → ORDER_GIVEN → COMPLETED.
 */
public enum CaseState {
    /** อยู่ระหว่างตรวจสอบข้อมูล: an intake officer decides where it goes. */
    UNDER_VERIFICATION,
    /** ส่งต่อให้หน่วยงานดำเนินการ: a district office or bureau handles it and reports progress monthly. */
    FORWARDED_TO_UNIT,
    /** ส่งต่อให้คณะทำงานดำเนินการ: one of the three working groups handles it. */
    FORWARDED_TO_WORKING_GROUP,
    /** ส่งเรื่องให้สำนักงาน ป.ป.ช. */
    REFERRED_TO_NACC,
    /** ส่งเรื่องให้สำนักงาน ป.ป.ท. */
    REFERRED_TO_PACC,
    /** The ก.ก. office checks the facts before a secret fact-finding subcommittee is appointed. */
    PRELIMINARY_REVIEW,
    /** The preliminary check found it credible: put to the director of ศตท.กทม., the complainant's name kept secret. */
    PRESENTED_TO_DIRECTOR,
    /** The preliminary check found no credible information or evidence: closed with the reason. */
    NOT_CREDIBLE,
    /** คณะอนุกรรมการสืบข้อเท็จจริงทางลับ appointed, with its members. */
    SUBCOMMITTEE_APPOINTED,
    /** มีมูล: sent to ศปท.กทม. (the Governor chairs) for orders. */
    GROUNDED,
    /** ศปท.กทม. gave its order (a disciplinary inquiry, a criminal referral, an administrative measure or none). */
    ORDER_GIVEN,
    /** ไม่มีมูล: closed. */
    NOT_GROUNDED,
    /** The external body has the case; the centre's part is done. */
    CLOSED_AS_REFERRED,
    /** ดำเนินการเสร็จสิ้น. */
    COMPLETED,
    /**
     * ไม่ใช่เรื่องร้องเรียนการทุจริต: an intake officer resolving triage found it is no complaint of corruption at all;
     * closed, owing nothing, and not counted among the month's complaints.
     */
    NOT_CORRUPTION;

    private static final Set<CaseState> CLOSED = EnumSet.of(NOT_CREDIBLE, NOT_GROUNDED, CLOSED_AS_REFERRED, COMPLETED,
            NOT_CORRUPTION);
    private static final Set<CaseState> INTERNAL_TRACK = EnumSet.of(PRELIMINARY_REVIEW, PRESENTED_TO_DIRECTOR,
            SUBCOMMITTEE_APPOINTED, GROUNDED, ORDER_GIVEN);
    private static final Set<CaseState> FORWARDED = EnumSet.of(FORWARDED_TO_UNIT, FORWARDED_TO_WORKING_GROUP);

    public boolean isClosed() {
        return CLOSED.contains(this);
    }

    /** An open state of the internal track (the ก.ก. office). */
    public boolean isInternalTrack() {
        return INTERNAL_TRACK.contains(this);
    }

    /** Forwarded to a unit or working group: the holder reports progress by the 20th of every month. */
    public boolean isForwarded() {
        return FORWARDED.contains(this);
    }

    /** The state a case enters when routing sends it to a destination of this kind. */
    public static CaseState openingStateFor(DestinationKind kind) {
        switch (kind) {
            case UNIT:
                return FORWARDED_TO_UNIT;
            case WORKING_GROUP:
                return FORWARDED_TO_WORKING_GROUP;
            case NACC:
                return REFERRED_TO_NACC;
            case PACC:
                return REFERRED_TO_PACC;
            case INTERNAL_TRACK:
                return PRELIMINARY_REVIEW;
            case TRIAGE:
            default:
                return UNDER_VERIFICATION;
        }
    }
}
