package th.bma.anticorruption.cases.casework;

import th.bma.anticorruption.cases.lifecycle.CaseAction;
import th.bma.anticorruption.cases.lifecycle.CaseState;
import th.bma.anticorruption.cases.lifecycle.ComplaintCase;
import th.bma.anticorruption.support.security.Caller;
import th.bma.anticorruption.support.security.PlatformRoles;

/**
 * Who may see and act on which case. The director sees and does everything, and alone records follow-ups. Intake
 * officers, investigators and auditors read every case; investigators act on the internal track and on interim
 * measures. Unit officers see and act only on cases whose current destination is their own unit or working group,
 * and a unit officer whose token names no unit sees none ({@link Caller#confinement()}); any other case does not
 * exist for them.
 */
public final class CaseAccess {

    private CaseAccess() {
    }

    /** The directory code a caller is confined to, or null for callers who see every case. */
    public static String scopeOf(Caller caller) {
        return caller.confinement();
    }

    public static boolean canSee(Caller caller, ComplaintCase c) {
        return caller.reads(c.destination().code());
    }

    /** Whether the caller's role allows {@code action} on a case in its current state (visibility checked apart). */
    public static boolean mayPerform(Caller caller, CaseAction action, ComplaintCase c) {
        if (caller.hasRole(PlatformRoles.DIRECTOR)) {
            return true;
        }
        if (action == CaseAction.RECORD_FOLLOW_UP) {
            // The follow-up list is the director's: only the director says what was done about a case on it.
            return false;
        }
        CaseState state = c.state();
        if (caller.hasRole(PlatformRoles.INVESTIGATOR)) {
            // A measure outlives the track: the ก.ก. office reviews and lifts it wherever the case went since.
            if ((action == CaseAction.REVIEW_INTERIM_MEASURE || action == CaseAction.END_INTERIM_MEASURE)
                    && !c.interimMeasures().isEmpty()) {
                return true;
            }
            // The director appoints the subcommittee; the ก.ก. office's investigators do the rest of the track.
            if (state.isInternalTrack() && action != CaseAction.APPOINT_SUBCOMMITTEE) {
                return true;
            }
        }
        return caller.hasRole(PlatformRoles.UNIT_OFFICER) && scopeOf(caller) != null
                && (action == CaseAction.REPORT_PROGRESS || action == CaseAction.COMPLETE)
                && state.isForwarded();
    }
}
