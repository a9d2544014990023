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
    REDECISION,
    /**
     * An intake officer resolving triage found it is not a complaint of corruption or misconduct at all (a city
     * problem, a private dispute): its case closes where it is, with the centre, owing nothing; the statistics count
     * it with the records screening left out, never among the complaints. The decision's destination stays the
     * triage's and its disposition is {@link Disposition#COMPLETED}.
     */
    NOT_CORRUPTION
}
