package th.bma.anticorruption.contracts;

/** The kinds of body a complaint can be routed to. */
public enum DestinationKind {
    UNIT,
    WORKING_GROUP,
    NACC,
    PACC,
    /** The ก.ก. office's preliminary check, then the secret fact-finding subcommittee. */
    INTERNAL_TRACK,
    /** Under verification: an intake officer decides. */
    TRIAGE
}
