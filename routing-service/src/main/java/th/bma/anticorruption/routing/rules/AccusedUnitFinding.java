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
    /**
     * The words do not tell whether staff are accused or a unit is asked to act: of the unit the complaint is addressed
     * to or written from, if any.
     */
    UNCLEAR,
    /** Staff are accused, but of no unit that can be told. */
    UNKNOWN,
    /**
     * No staff of a unit are accused: the complaint asks a unit to act against someone else (impostors included), or
     * accuses a political office holder, who belongs to no unit.
     */
    NONE;

    /** Whether the accused's unit is known, so the complaint must never go there. */
    public boolean unitKnown() {
        return this == NAMED || this == INFERRED;
    }

    /**
     * Whether it is known whose staff are accused, if anyone's: not so when the words leave it open or when staff are
     * accused of no unit that can be told. A unit of the place may then be the accused's own.
     */
    public boolean saysWhoIsAccused() {
        return this != UNCLEAR && this != UNKNOWN;
    }
}
