package th.bma.anticorruption.contracts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The channel reported a status change of a tracked complaint (a Traffy Fondue status-update webhook).
 * {@code statusType} is the channel's machine type (Traffy: start, inprogress, forward, follow, finish, irrelevant),
 * {@code statusLabel} its Thai label; {@code note} is masked. It lands on the case timeline, and the newest one by
 * {@code statusAt} is the case's channel status. {@code details} (null from older producers) adds whether the state
 * closes the ticket, whether it is an imported record's state, the reopen count and evidence links.
 */
public record ComplaintChannelStatusUpdated(
        UUID eventId,
        Instant occurredAt,
        String complaintId,
        int schemaVersion,
        Channel channel,
        String channelRecordId,
        OffsetDateTime statusAt,
        String statusType,
        String statusLabel,
        String organisation,
        String note,
        ChannelStatusDetails details) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String aggregateId() {
        return complaintId;
    }
}
