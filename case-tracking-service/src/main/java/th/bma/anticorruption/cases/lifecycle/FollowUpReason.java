package th.bma.anticorruption.cases.lifecycle;

/** Why a case is on the director's follow-up list. */
public enum FollowUpReason {
    /** The subcommittee deadline passed unmet. */
    DEADLINE_BREACHED,
    /** No activity for the configured time. */
    STALE,
    /** Two progress reports in a row that changed nothing (see {@link ProgressNote}). */
    NO_PROGRESS,
    /** An interim measure in force passed its review date without a review. */
    INTERIM_MEASURE_REVIEW_OVERDUE
}
