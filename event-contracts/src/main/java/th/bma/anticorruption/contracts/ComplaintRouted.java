package th.bma.anticorruption.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * Routing decided where a complaint goes. Topic {@link Topics#COMPLAINTS_ROUTED}, key complaintId.
 * {@code decisionSequence} grows with every decision on the same complaint (1 for the initial one), so a consumer
 * keeps the newest decision whatever order it sees them in. {@code lineOfWork} is the line in force after this decision
 * (an officer's when one gave it); {@code suggestedLineOfWork} is what routing's classifier made of the complaint's
 * own facts, the same on every decision, so a reader can show the officer's correction beside the suggestion (null on
 * events published before it was added).
 */
public record ComplaintRouted(
        UUID eventId,
        Instant occurredAt,
        String complaintId,
        int schemaVersion,
        UUID causationEventId,
        long decisionSequence,
        RoutingKind kind,
        ComplaintSummary complaint,
        LineOfWork lineOfWork,
        double confidence,
        Disposition disposition,
        Destination destination,
        RuleReference rule,
        String decidedBy,
        String note,
        LineOfWork suggestedLineOfWork) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String aggregateId() {
        return complaintId;
    }
}
