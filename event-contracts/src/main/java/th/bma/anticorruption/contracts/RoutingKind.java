package th.bma.anticorruption.contracts;

/** Why a routing decision was made. */
public enum RoutingKind {
    /** The first decision on a received complaint. */
    INITIAL,
    /** An intake officer resolved a complaint left under verification. */
    TRIAGE_RESOLVED,
    /** An officer sent the complaint elsewhere, with a reason. */
    REROUTE,
    /** A replay re-decided the complaint with today's rules; marked so nobody mistakes it for the original decision. */
    REDECISION
}
