package th.bma.anticorruption.contracts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A deadline passed unmet. Emitted exactly once per deadline, escalated to {@code escalatedTo} (the director). */
public record CaseDeadlineBreached(
        UUID eventId,
        Instant occurredAt,
        String caseId,
        int schemaVersion,
        String complaintId,
        String deadlineKind,
        OffsetDateTime dueAt,
        String escalatedTo,
        Destination destination) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String aggregateId() {
        return caseId;
    }
}
