package th.bma.anticorruption.cases.lifecycle;

/** Whether a month's progress report owed on a case was filed, and when. */
public enum ProgressReportStatus {
    /** Not filed so far. */
    NOT_FILED,
    /** Filed by the month's due moment (the 20th, 23:59:59 Bangkok). */
    ON_TIME,
    /** Filed after the due moment. */
    LATE
}
