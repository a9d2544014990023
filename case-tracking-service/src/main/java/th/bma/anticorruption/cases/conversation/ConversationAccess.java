package th.bma.anticorruption.cases.conversation;

import java.util.Optional;

import th.bma.anticorruption.cases.casework.CaseAccess;
import th.bma.anticorruption.cases.lifecycle.ComplaintCase;
import th.bma.anticorruption.support.security.Caller;
import th.bma.anticorruption.support.security.PlatformRoles;

/**
 * Who speaks with a case's complainant: the officers allowed to act on it, and nobody else. The director on any case;
 * the ก.ก. office's investigators on a case of the internal track (and, once it closed there, on its record); a unit
 * officer on a case their own unit or working group holds. The role they speak in is what the complainant sees; their
 * name never is. Whether the caller sees the case at all ({@link CaseAccess#canSee}) is checked first, so a scoped
 * officer meets a 404 for a case outside their scope.
 */
public final class ConversationAccess {

    private ConversationAccess() {
    }

    /** The role in which the caller speaks on this case, or empty if they may not. */
    public static Optional<String> speakingRole(Caller caller, ComplaintCase c) {
        if (caller.hasRole(PlatformRoles.DIRECTOR)) {
            return Optional.of(PlatformRoles.DIRECTOR);
        }
        boolean onInternalTrack = c.state().isInternalTrack()
                || c.state().isClosed() && c.internalTrackReachedAt() != null;
        if (caller.hasRole(PlatformRoles.INVESTIGATOR) && onInternalTrack) {
            return Optional.of(PlatformRoles.INVESTIGATOR);
        }
        String unit = CaseAccess.scopeOf(caller);
        if (caller.hasRole(PlatformRoles.UNIT_OFFICER) && unit != null && unit.equals(c.destination().code())) {
            return Optional.of(PlatformRoles.UNIT_OFFICER);
        }
        return Optional.empty();
    }
}
