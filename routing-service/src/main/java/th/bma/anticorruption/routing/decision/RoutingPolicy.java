package th.bma.anticorruption.routing.decision;

import th.bma.anticorruption.contracts.ComplaintSummary;
import th.bma.anticorruption.contracts.LineOfWork;

/** Decides where a complaint goes with the rules in force now. */
public interface RoutingPolicy {

    RoutingVerdict decide(ComplaintSummary complaint);

    /** Decides with an officer's line of work instead of the classifier's (triage). */
    RoutingVerdict decide(ComplaintSummary complaint, LineOfWork lineOfWork);

    /** Whether a body is the accused's own unit (or the district office of the accused's section). */
    boolean isAccusedsOwnUnit(ComplaintSummary complaint, String destinationCode);
}
