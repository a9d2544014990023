package th.bma.anticorruption.routing.rules;

/** What a rule sends a complaint to. */
public enum TargetType {
    /** A fixed body of the directory, named by {@code destinationCode} (e.g. NACC, CSC-OFFICE, WG-2). */
    DIRECTORY_BODY,
    /** The body responsible for the place or subject: the bureau named as organisation, else the district office. */
    RESPONSIBLE_UNIT,
    /** Under verification: the centre's triage queue. */
    TRIAGE
}
