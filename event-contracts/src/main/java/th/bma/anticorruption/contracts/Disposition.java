package th.bma.anticorruption.contracts;

/** What became of a complaint, as the monthly report counts it; a complaint counts under its current one. */
public enum Disposition {
    COMPLETED,
    FORWARDED_TO_UNIT,
    FORWARDED_TO_WORKING_GROUP,
    REFERRED_TO_NACC,
    REFERRED_TO_PACC,
    UNDER_VERIFICATION;

    /**
     * The disposition of an open complaint follows from the kind of body it went to. The internal track (the ก.ก.
     * office) is itself a BMA unit, and the monthly report has no column of its own for it: forwarded to a unit.
     */
    public static Disposition forDestination(DestinationKind kind) {
        switch (kind) {
            case WORKING_GROUP:
                return FORWARDED_TO_WORKING_GROUP;
            case NACC:
                return REFERRED_TO_NACC;
            case PACC:
                return REFERRED_TO_PACC;
            case TRIAGE:
                return UNDER_VERIFICATION;
            case UNIT:
            case INTERNAL_TRACK:
                return FORWARDED_TO_UNIT;
            default:
                throw new IllegalArgumentException("No disposition for " + kind);
        }
    }
}
