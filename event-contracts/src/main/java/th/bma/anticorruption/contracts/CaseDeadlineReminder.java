package th.bma.anticorruption.contracts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A deadline is near: {@code daysLeft} days before {@code dueAt}. Emitted once per configured reminder. */
public record CaseDeadlineReminder(
        UUID eventId,
        Instant occurredAt,
        String caseId,
        int schemaVersion,
        String complaintId,
        String deadlineKind,
        OffsetDateTime dueAt,
        int daysLeft,
        Destination destination) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String aggregateId() {
        return caseId;
    }
}
