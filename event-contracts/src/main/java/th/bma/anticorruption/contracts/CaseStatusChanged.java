package th.bma.anticorruption.contracts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A case was opened or changed (state, destination, disposition, deadline status or staleness). It carries the whole
 * snapshot a read model needs, with {@code caseVersion} growing by one per change, so a consumer keeps the highest
 * version it has seen and is exact under redelivery and reordering. {@code previousState} is null when the case opens.
 * {@code outcome} is set once a case of the internal track is closed (null for every other case and while open).
 * Topic {@link Topics#CASES_STATUS_CHANGED}, key caseId.
 */
public record CaseStatusChanged(
        UUID eventId,
        Instant occurredAt,
        String caseId,
        int schemaVersion,
        long caseVersion,
        String complaintId,
        Channel channel,
        OffsetDateTime receivedAt,
        String district,
        LineOfWork lineOfWork,
        String previousState,
        String state,
        Disposition disposition,
        Destination destination,
        CaseDeadline deadline,
        boolean stale,
        InternalTrackOutcome outcome) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String aggregateId() {
        return caseId;
    }
}
