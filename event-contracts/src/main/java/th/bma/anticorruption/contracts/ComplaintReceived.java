package th.bma.anticorruption.contracts;

import java.time.Instant;
import java.util.UUID;

/** Intake accepted a complaint in scope. Topic {@link Topics#COMPLAINTS_RECEIVED}, key complaintId. */
public record ComplaintReceived(
        UUID eventId,
        Instant occurredAt,
        String complaintId,
        int schemaVersion,
        ComplaintSummary complaint) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String aggregateId() {
        return complaintId;
    }
}
