package th.bma.anticorruption.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * Intake accepted a complaint in scope. Topic {@link Topics#COMPLAINTS_RECEIVED}, key complaintId.
 * {@code screeningDoubt} is set when screening took the complaint in only with a doubt - a rule whose effect is to
 * doubt, or the second opinion where no rule took it in - (routing then sends it to triage); null when a rule took it
 * straight through, the channel is not screened, or on events published before it was added.
 */
public record ComplaintReceived(
        UUID eventId,
        Instant occurredAt,
        String complaintId,
        int schemaVersion,
        ComplaintSummary complaint,
        ScreeningDoubt screeningDoubt) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String aggregateId() {
        return complaintId;
    }
}
