package th.bma.anticorruption.statistics.monthly;

import th.bma.anticorruption.contracts.CaseStatusChanged;

/**
 * An intake officer's finding in triage that a complaint is not about corruption at all (a city problem, a private
 * dispute): case tracking closes its case in state {@value #STATE}. Such a complaint is none of the month's
 * complaints; it counts where the records screening left out count, per channel and under {@value #CATEGORY}, apart
 * from the channels' own category labels.
 */
public final class NotCorruptionFinding {

    /** The case state of a complaint found not to be about corruption. */
    public static final String STATE = "NOT_CORRUPTION";
    /** The {@code screenedOutByCategory} label of such complaints: the officers' finding, not a channel's label. */
    public static final String CATEGORY = "OFFICER-NOT-CORRUPTION";

    private NotCorruptionFinding() {
    }

    /** Whether the snapshot shows a complaint an officer found not to be about corruption. */
    public static boolean shownBy(CaseStatusChanged snapshot) {
        return STATE.equals(snapshot.state());
    }
}
