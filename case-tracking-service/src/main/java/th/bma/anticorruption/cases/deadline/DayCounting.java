package th.bma.anticorruption.cases.deadline;

/** How a deadline's days are counted. */
public enum DayCounting {
    /** Every day counts (the procedure's "within 30 days"). */
    CALENDAR,
    /** Only Monday to Friday outside the Thai public-holiday calendar count. */
    BUSINESS
}
