package th.bma.anticorruption.routing.decision;

import java.util.Optional;

import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.LineOfWork;
import th.bma.anticorruption.contracts.ScreeningDoubt;

/** Decides where a complaint goes with the rules in force now. */
public interface RoutingPolicy {

    /** Decides a complaint screening was sure of. */
    default RoutingVerdict decide(ComplaintSummary complaint) {
        return decide(complaint, (ScreeningDoubt) null);
    }

    /**
     * Decides with the rules alone; {@code screeningDoubt} (null if none) says intake's screening was unsure the
     * complaint is about corruption at all, which the rules see ({@code when.screeningDoubted}).
     */
    RoutingVerdict decide(ComplaintSummary complaint, ScreeningDoubt screeningDoubt);

    /**
     * Decides with an officer's line of work instead of the classifier's (triage, a kept correction); an officer has
     * looked at the complaint, so no screening doubt stands.
     */
    RoutingVerdict decide(ComplaintSummary complaint, LineOfWork lineOfWork);

    /** The line of work the classifier finds in the complaint's own facts. */
    LineOfWork suggestedLineOfWork(ComplaintSummary complaint);

    /**
     * Why a body is the accused's own unit (or the district office of the accused's section), or a unit whose own
     * staff the complaint may accuse when whose staff are accused cannot be told, in English, when it is; empty when
     * the complaint may go there. {@code lineOfWork} is the line in force (it tells a 1555 call's section).
     */
    Optional<String> accusedsOwnUnit(ComplaintSummary complaint, LineOfWork lineOfWork, String destinationCode);
}
