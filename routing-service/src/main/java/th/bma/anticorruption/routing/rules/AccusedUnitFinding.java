package th.bma.anticorruption.routing.rules;

/**
 * What routing could tell about the unit whose staff a complaint accuses, which rules may look at
 * ({@code when.accusedUnit}).
 */
public enum AccusedUnitFinding {
    /** The channel named the accused's unit (a 1555 record's or a letter's accused person). */
    NAMED,
    /** The text accuses staff, and their unit follows from the organisation, a unit named in the text or the place. */
    INFERRED,
    /** A unit is addressed, but the words do not tell whether its staff are accused or it is asked to act. */
    UNCLEAR,
    /** Staff are accused, but of no unit that can be told. */
    UNKNOWN,
    /** No staff are accused: the complaint asks a unit to act against someone else. */
    NONE;

    /** Whether the accused's unit is known, so the complaint must never go there. */
    public boolean unitKnown() {
        return this == NAMED || this == INFERRED;
    }
}
