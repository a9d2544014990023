package th.bma.anticorruption.cases.lifecycle;

import java.util.Arrays;
import java.util.Optional;

/** What an officer can do to a case; {@link #pathName()} is its segment in {@code /api/cases/{id}/actions/{action}}. */
public enum CaseAction {
    /** Appoint the secret fact-finding subcommittee (members required). */
    APPOINT_SUBCOMMITTEE("appoint-subcommittee"),
    /** The subcommittee found the complaint grounded: it goes to ศปท.กทม. for orders. */
    FIND_GROUNDED("find-grounded"),
    /** Not grounded (after the preliminary review or the subcommittee): closed. */
    FIND_NOT_GROUNDED("find-not-grounded"),
    /** Transfer to other duty or suspension of the accused, ordered by the Permanent Secretary. */
    RECORD_INTERIM_MEASURE("record-interim-measure"),
    /** The external body has the case; the centre closes its part. */
    CLOSE_AS_REFERRED("close-as-referred"),
    /** The matter is dealt with. */
    COMPLETE("complete"),
    /** The holding unit reports its monthly progress. */
    REPORT_PROGRESS("report-progress");

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
