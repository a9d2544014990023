package th.bma.anticorruption.contracts;

import java.util.List;

/**
 * Every Kafka topic of the platform, in one place. The version is part of the name: an incompatible change gets a
 * new topic, never a new meaning on an old one. Every consumed topic has a dead-letter twin, {@link #deadLetter}.
 */
public final class Topics {

    public static final String COMPLAINTS_RECEIVED = "complaints.received.v1";
    public static final String COMPLAINTS_SCREENED_OUT = "complaints.screened-out.v1";
    /** Per-batch counts of records a bulk import screened out ({@link ScreenedOutTallied}), key {@code channel:month}. */
    public static final String COMPLAINTS_SCREENED_OUT_TALLIED = "complaints.screened-out-tallied.v1";
    public static final String COMPLAINTS_CHANNEL_STATUS_UPDATED = "complaints.channel-status-updated.v1";
    public static final String COMPLAINTS_ROUTED = "complaints.routed.v1";
    public static final String CASES_STATUS_CHANGED = "cases.status-changed.v1";
    public static final String CASES_DEADLINE_REMINDERS = "cases.deadline-reminders.v1";
    public static final String CASES_DEADLINE_BREACHED = "cases.deadline-breached.v1";
    public static final String CASES_STALE = "cases.stale.v1";
    public static final String CASES_PROGRESS_REPORT_MISSING = "cases.progress-report-missing.v1";
    /** Every reveal of sealed particulars ({@link SealedParticularsRevealed}), for the auditors; key complaintId. */
    public static final String AUDIT_PARTICULARS_REVEALED = "audit.particulars-revealed.v1";
    /** Reminders before the 20th to units that have not yet reported ({@link UnitProgressReportDue}). */
    public static final String CASES_PROGRESS_REPORT_DUE = "cases.progress-report-due.v1";
    /** Compacted, key {@code yyyy-MM}, value {@link MonthlyStatistics}; part of the external contract. */
    public static final String STATISTICS_MONTHLY = "statistics.monthly.v1";

    /** Each topic with the type of its values. */
    public static final List<TopicSpec> ALL = List.of(
            new TopicSpec(COMPLAINTS_RECEIVED, ComplaintReceived.class, "complaintId"),
            new TopicSpec(COMPLAINTS_SCREENED_OUT, ComplaintScreenedOut.class, "channel:channelRecordId"),
            new TopicSpec(COMPLAINTS_SCREENED_OUT_TALLIED, ScreenedOutTallied.class, "channel:month"),
            new TopicSpec(COMPLAINTS_CHANNEL_STATUS_UPDATED, ComplaintChannelStatusUpdated.class, "complaintId"),
            new TopicSpec(COMPLAINTS_ROUTED, ComplaintRouted.class, "complaintId"),
            new TopicSpec(CASES_STATUS_CHANGED, CaseStatusChanged.class, "caseId"),
            new TopicSpec(CASES_DEADLINE_REMINDERS, CaseDeadlineReminder.class, "caseId"),
            new TopicSpec(CASES_DEADLINE_BREACHED, CaseDeadlineBreached.class, "caseId"),
            new TopicSpec(CASES_STALE, CaseMarkedStale.class, "caseId"),
            new TopicSpec(CASES_PROGRESS_REPORT_MISSING, UnitProgressReportMissing.class, "caseId"),
            new TopicSpec(AUDIT_PARTICULARS_REVEALED, SealedParticularsRevealed.class, "complaintId"),
            new TopicSpec(CASES_PROGRESS_REPORT_DUE, UnitProgressReportDue.class, "caseId"),
            new TopicSpec(STATISTICS_MONTHLY, MonthlyStatistics.class, "yyyy-MM"));

    private Topics() {
    }

    /** The dead-letter topic of a consumed topic: where a poison message goes after its retries. */
    public static String deadLetter(String topic) {
        return topic + ".dlt";
    }

    /** A topic, the type of its values and what its key is. */
    public record TopicSpec(String name, Class<?> valueType, String key) {
    }
}
