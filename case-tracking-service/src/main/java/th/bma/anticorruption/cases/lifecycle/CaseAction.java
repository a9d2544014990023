package th.bma.anticorruption.cases.lifecycle;

import java.util.Arrays;
import java.util.Optional;

/** What an officer can do to a case; {@link #pathName()} is its segment in {@code /api/cases/{id}/actions/{action}}. */
public enum CaseAction {
    /** The preliminary check found credible information or evidence: the case is put to the director of ศตท.กทม. */
    FIND_CREDIBLE("find-credible"),
    /** The preliminary check found nothing credible: closed, the note giving the reason (required). */
    FIND_NOT_CREDIBLE("find-not-credible"),
    /** Appoint the secret fact-finding subcommittee (members required). */
    APPOINT_SUBCOMMITTEE("appoint-subcommittee"),
    /** The subcommittee found the complaint grounded: it goes to ศปท.กทม. for orders. */
    FIND_GROUNDED("find-grounded"),
    /** Not grounded (after the preliminary review or the subcommittee): closed. */
    FIND_NOT_GROUNDED("find-not-grounded"),
    /** The order ศปท.กทม. gave on a grounded case ({@code order} required, {@code orderedAt} the meeting's date). */
    RECORD_ORDER("record-order"),
    /** Transfer to other duty or suspension of the accused, ordered by the Permanent Secretary. */
    RECORD_INTERIM_MEASURE("record-interim-measure"),
    /** A review of an interim measure in force ({@code measureId}), with the date of the next review if any. */
    REVIEW_INTERIM_MEASURE("review-interim-measure"),
    /** An interim measure lifted ({@code measureId}, who ordered it and when). */
    END_INTERIM_MEASURE("end-interim-measure"),
    /** The external body has the case; the centre closes its part. */
    CLOSE_AS_REFERRED("close-as-referred"),
    /** The matter is dealt with. */
    COMPLETE("complete"),
    /** The holding unit reports its monthly progress. */
    REPORT_PROGRESS("report-progress"),
    /** The director records what was done about a case on the follow-up list (note required); it leaves the list. */
    RECORD_FOLLOW_UP("record-follow-up");

    private final String pathName;

    CaseAction(String pathName) {
        this.pathName = pathName;
    }

    public String pathName() {
        return pathName;
    }

    public static Optional<CaseAction> fromPathName(String name) {
        return Arrays.stream(values()).filter(a -> a.pathName.equals(name)).findFirst();
    }
}
