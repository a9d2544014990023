package th.bma.anticorruption.contracts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A case showed no progress for longer than the configured time. */
public record CaseMarkedStale(
        UUID eventId,
        Instant occurredAt,
        String caseId,
        int schemaVersion,
        String complaintId,
        OffsetDateTime lastProgressAt,
        Destination destination) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String aggregateId() {
        return caseId;
    }
}
