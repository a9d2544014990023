package th.bma.anticorruption.contracts;

/** What became of a complaint, as the monthly report counts it; a complaint counts under its current one. */
public enum Disposition {
    COMPLETED,
    FORWARDED_TO_UNIT,
    FORWARDED_TO_WORKING_GROUP,
    REFERRED_TO_NACC,
    REFERRED_TO_PACC,
    UNDER_VERIFICATION
}
