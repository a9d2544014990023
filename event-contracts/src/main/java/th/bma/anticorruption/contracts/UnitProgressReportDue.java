package th.bma.anticorruption.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A reminder to the unit or working group holding a forwarded corruption case ({@code destination}): its progress
 * report for {@code reportMonth} is due by {@code dueDate} (the 20th) and has not been filed, {@code daysLeft} days
 * before. Emitted at most once per case and month, and never once the due date has passed. Topic
 * {@link Topics#CASES_PROGRESS_REPORT_DUE}, key caseId.
 */
public record UnitProgressReportDue(
        UUID eventId,
        Instant occurredAt,
        String caseId,
        int schemaVersion,
        String complaintId,
        String reportMonth,
        LocalDate dueDate,
        int daysLeft,
        Destination destination) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String aggregateId() {
        return caseId;
    }
}
