package th.bma.anticorruption.contracts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A channel record that screening found not to be about corruption or misconduct: counted per month and
 * channel, never tracked. Key {@code screeningId} = channel + ":" + channelRecordId, so a re-pushed record counts once.
 *
 * @param category addition: the channel's own category label of the record (the 1555 operator's topic, such as
 *                 {@code ถนน}), normalised and short, never free text; null where the channel has none, where the
 *                 label was not a plain category, and in events published before it was added
 */
public record ComplaintScreenedOut(
        UUID eventId,
        Instant occurredAt,
        String screeningId,
        int schemaVersion,
        Channel channel,
        String channelRecordId,
        OffsetDateTime receivedAt,
        String reason,
        String category) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String aggregateId() {
        return screeningId;
    }
}
