package th.bma.anticorruption.routing.rules;

/** What a rule sends a complaint to. */
public enum TargetType {
    /** A fixed body of the directory, named by {@code destinationCode} (e.g. NACC, CSC-OFFICE, WG-2). */
    DIRECTORY_BODY,
    /**
     * The body responsible for the place or subject: the bureau named as organisation, else the district office; triage
     * when it cannot be told whether that body's staff are the accused (an UNCLEAR or UNKNOWN finding).
     */
    RESPONSIBLE_UNIT,
    /**
     * The unit of the place, without a guess from the line of work: the bureau named as organisation, else the district
     * office of the complaint's district or organisation; triage when there is none, or when it cannot be told whether
     * that unit's staff are the accused.
     */
    PLACE_UNIT,
    /** Under verification: the centre's triage queue. */
    TRIAGE
}
